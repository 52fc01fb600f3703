import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

// Start fetching the editor and plain-words chunks now, in parallel with the first render; the
// page works without them.
void import('./editor/monaco-policy-editor');
void import('./describe/who-panel');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
