import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { AnalysisProvider } from './analysis/analysis-context';
import { EditorPanel } from './editor/editor-panel';
import { FileMenu } from './files/file-menu';
import { useFileDrop } from './files/use-file-drop';
import { FindingsPanel } from './findings/findings-panel';
import { ErrorBoundary } from './layout/error-boundary';
import { useFirstUsablePaintMark } from './layout/first-usable-paint';
import { Notices } from './layout/notices';
import { useLoaded } from './layout/use-loaded';
import { ViewNav } from './layout/view-nav';
import { useView } from './layout/view-store';
import { openIncomingLink } from './share/incoming-link';
import { IncomingLinkOffer } from './share/incoming-link-offer';
import { ReviewBanner } from './share/review-banner';
import { flushAutosave, useWorkspace } from './state/workspace-store';
import { applyTheme, useTheme } from './theme/theme';
import { ThemeSwitch } from './theme/theme-switch';
import { WhatIfPanel } from './whatif/whatif-panel';

// Loaded on first use: the codec and its compressor are not needed to start the page.
const WizardsPanel = lazy(() => import('./wizards/wizards-panel').then((m) => ({ default: m.WizardsPanel })));
const SharePanel = lazy(() => import('./share/share-panel').then((m) => ({ default: m.SharePanel })));
// Below the findings, so it may arrive a moment after the first paint. Keeps the plain-words
// vocabulary out of the first download. Loaded as state, not through Suspense (see use-loaded.ts).
const loadWhoPanel = () => import('./describe/who-panel');
// The other views load when first shown: their parsers and tables are not needed to start.
const AccountView = lazy(() => import('./account/account-view').then((m) => ({ default: m.AccountView })));
const ReviewView = lazy(() => import('./review/review-view').then((m) => ({ default: m.ReviewView })));

function LoadedWhoPanel() {
  const loaded = useLoaded(loadWhoPanel);
  if (loaded.state === 'failed')
    return (
      <p className="notice error" role="alert">
        <span>The “Who can assume this role” panel could not be loaded; reload the page.</span>
      </p>
    );
  return loaded.state === 'loaded' ? <loaded.value.WhoPanel /> : null;
}

export function App() {
  useFirstUsablePaintMark();
  const dark = useTheme((s) => s.dark);
  useEffect(() => applyTheme(dark), [dark]);
  useEffect(() => {
    window.addEventListener('pagehide', flushAutosave);
    return () => window.removeEventListener('pagehide', flushAutosave);
  }, []);
  useFileDrop();
  useEffect(() => {
    void openIncomingLink(location.hash);
    const onHashChange = () => void openIncomingLink(location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const [sharing, setSharing] = useState(false);
  const [wizards, setWizards] = useState(false);
  const wizardsToggle = useRef<HTMLButtonElement>(null);
  const shareToggle = useRef<HTMLButtonElement>(null);
  // A panel closed from inside (Close, Escape, applying a wizard) gives the focus back to its button.
  const closeWizards = () => {
    setWizards(false);
    wizardsToggle.current?.focus();
  };
  const closeShare = () => {
    setSharing(false);
    shareToggle.current?.focus();
  };
  const readOnly = useWorkspace((s) => s.readOnly);
  const view = useView((s) => s.view);

  return (
    <AnalysisProvider>
      <div className="app">
        <header className="topbar">
          <h1>Trustwright</h1>
          <p className="tagline">
            Write, test and review IAM role trust policies. Nothing leaves this browser.
          </p>
          <nav aria-label="File">
            <FileMenu readOnly={readOnly} />
            {!readOnly && (
              <button
                ref={wizardsToggle}
                type="button"
                aria-expanded={wizards}
                onClick={() => setWizards(!wizards)}
              >
                Wizards
              </button>
            )}
            <button
              ref={shareToggle}
              type="button"
              aria-expanded={sharing}
              onClick={() => setSharing(!sharing)}
            >
              Share
            </button>
          </nav>
          <ViewNav />
          <ThemeSwitch />
        </header>
        <ReviewBanner />
        <IncomingLinkOffer />
        <Notices />
        {wizards && !readOnly && (
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ErrorBoundary area="wizards panel">
              <WizardsPanel onClose={closeWizards} />
            </ErrorBoundary>
          </Suspense>
        )}
        {sharing && (
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ErrorBoundary area="share panel">
              <SharePanel onClose={closeShare} />
            </ErrorBoundary>
          </Suspense>
        )}
        {view === 'policy' && (
          <main className="workbench">
            <div className="column">
              <ErrorBoundary area="editor">
                <EditorPanel readOnly={readOnly} />
              </ErrorBoundary>
              <ErrorBoundary area="findings panel">
                <FindingsPanel readOnly={readOnly} />
              </ErrorBoundary>
              <ErrorBoundary area="plain-words panel">
                <LoadedWhoPanel />
              </ErrorBoundary>
            </div>
            <div className="column">
              <ErrorBoundary area="what-if panel">
                <WhatIfPanel readOnly={readOnly} />
              </ErrorBoundary>
            </div>
          </main>
        )}
        {view === 'account' && (
          <main className="view">
            <Suspense fallback={<p className="hint">Loading…</p>}>
              <ErrorBoundary area="account view">
                <AccountView />
              </ErrorBoundary>
            </Suspense>
          </main>
        )}
        {view === 'review' && (
          <main className="view">
            <Suspense fallback={<p className="hint">Loading…</p>}>
              <ErrorBoundary area="review view">
                <ReviewView />
              </ErrorBoundary>
            </Suspense>
          </main>
        )}
      </div>
    </AnalysisProvider>
  );
}
