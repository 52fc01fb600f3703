// Must stay the first import: it configures zod before any module-level schema use.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

// Start fetching the editor chunk now, in parallel with the first render; the page works without it.
void import('./editor/monaco-policy-editor');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
