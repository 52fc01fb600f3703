import { useEffect } from 'react';
import { AnalysisProvider } from './analysis/analysis-context';
import { EditorPanel } from './editor/editor-panel';
import { FileMenu } from './files/file-menu';
import { useFileDrop } from './files/use-file-drop';
import { FindingsPanel } from './findings/findings-panel';
import { Notices } from './layout/notices';
import { flushAutosave, useWorkspace } from './state/workspace-store';
import { applyTheme, useTheme } from './theme/theme';
import { ThemeSwitch } from './theme/theme-switch';
import { WhatIfPanel } from './whatif/whatif-panel';

export function App() {
  const dark = useTheme((s) => s.dark);
  useEffect(() => applyTheme(dark), [dark]);
  useEffect(() => {
    window.addEventListener('pagehide', flushAutosave);
    return () => window.removeEventListener('pagehide', flushAutosave);
  }, []);
  useFileDrop();
  const readOnly = useWorkspace((s) => s.readOnly);

  return (
    <AnalysisProvider>
      <div className="app">
        <header className="topbar">
          <h1>Trustwright</h1>
          <p className="tagline">
            Write, test and review IAM role trust policies. Nothing leaves this browser.
          </p>
          <nav aria-label="File">
            <FileMenu />
          </nav>
          <ThemeSwitch />
        </header>
        <Notices />
        <main className="workbench">
          <div className="column">
            <EditorPanel readOnly={readOnly} />
            <FindingsPanel />
          </div>
          <div className="column">
            <WhatIfPanel readOnly={readOnly} />
          </div>
        </main>
      </div>
    </AnalysisProvider>
  );
}
