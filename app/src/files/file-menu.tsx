import { useEffect, useRef, useState } from 'react';
import { useWorkspace } from '../state/workspace-store';
import { EXAMPLES } from './examples';
import { downloadTrustFile, openFile, openText } from './file-actions';

/** Open, Download and Examples. */
export function FileMenu({ readOnly }: { readonly readOnly: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="file-menu">
      <button type="button" onClick={() => input.current?.click()} disabled={readOnly}>
        Open
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Open a trust file or policy"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) void openFile(file);
        }}
      />
      <button type="button" onClick={() => void downloadTrustFile()}>
        Download
      </button>
      {!readOnly && <ExamplesMenu />}
    </div>
  );
}

function ExamplesMenu() {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Examples
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label="Examples"
          className="menu-list"
          onKeyDown={(e) => {
            const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'Escape') close();
            else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
            else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
            else return;
            e.preventDefault();
          }}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {EXAMPLES.map((example) => (
            <button
              key={example.id}
              type="button"
              role="menuitem"
              onClick={async () => {
                close();
                try {
                  await openText(await example.load(), `the example "${example.title}"`);
                } catch {
                  // A tab left open across a redeploy asks for a file that is gone.
                  useWorkspace
                    .getState()
                    .notify(
                      'error',
                      `The example "${example.title}" could not be loaded; reload the page. Nothing was changed.`,
                    );
                }
              }}
            >
              {example.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
