import type { Finding } from '@trustwright/core';
import { lazy, Suspense, useEffect } from 'react';
import type { MonacoPolicyEditorProps } from './monaco-policy-editor';

const loadMonaco = () => import('./monaco-policy-editor');
const MonacoPolicyEditor = lazy(loadMonaco);

/** Starts downloading Monaco once the page is idle, so it is usually there before it is needed. */
export function usePreloadEditor(): void {
  useEffect(() => {
    const start = () => void loadMonaco();
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: 300 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(start, 50);
    return () => window.clearTimeout(handle);
  }, []);
}

/**
 * The policy editor: a plain textarea until Monaco has loaded, so the page is usable at once
 * and a failed Monaco load still leaves a working editor.
 */
export function PolicyEditor(props: MonacoPolicyEditorProps & { readonly findings: readonly Finding[] }) {
  usePreloadEditor();
  return (
    <Suspense fallback={<PlainPolicyEditor {...props} />}>
      <MonacoPolicyEditor {...props} />
    </Suspense>
  );
}

function PlainPolicyEditor({ value, onChange, readOnly }: MonacoPolicyEditorProps) {
  return (
    <textarea
      className="plain-editor"
      aria-label="Trust policy"
      spellCheck={false}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
