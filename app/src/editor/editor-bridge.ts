import type { Span } from '@trustwright/core';
import { create } from 'zustand';

/**
 * Requests from the rest of the page to the editor ("show this span"). A sequence number makes
 * a second click on the same line highlight again.
 */
interface EditorBridge {
  readonly highlight: { readonly span: Span; readonly seq: number } | undefined;
  readonly ready: boolean;
  reveal(span: Span): void;
  setReady(ready: boolean): void;
}

let seq = 0;
export const useEditorBridge = create<EditorBridge>()((set) => ({
  highlight: undefined,
  ready: false,
  reveal: (span) => set({ highlight: { span, seq: ++seq } }),
  setReady: (ready) => set({ ready }),
}));
