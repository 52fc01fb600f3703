import Editor, { type OnMount } from '@monaco-editor/react';
import type { Finding } from '@trustwright/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useEditorBridge } from './editor-bridge';
import { findingsToMarkers } from './markers';
import { monaco, POLICY_MODEL_PATH } from './monaco-setup';

export interface MonacoPolicyEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly findings: readonly Finding[];
  readonly dark: boolean;
  readonly readOnly: boolean;
  /** The id of the text that explains the editor's keys (Tab, Ctrl+M, Ctrl+Space). */
  readonly describedBy?: string;
  /**
   * Asked once Monaco has mounted: the caret offset in the plain textarea if it has the focus
   * (Monaco then takes both), else undefined.
   */
  readonly takeFocus?: () => number | undefined;
}

type CodeEditor = Parameters<OnMount>[0];

const EDITOR_READY = 'trustwright:editor-ready';

/** The Monaco editor for the policy text (this module is the lazy chunk that pulls in Monaco). */
export default function MonacoPolicyEditor({
  value,
  onChange,
  findings,
  dark,
  readOnly,
  describedBy,
  takeFocus,
}: MonacoPolicyEditorProps) {
  const editorRef = useRef<CodeEditor | undefined>(undefined);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | undefined>(undefined);
  const highlight = useEditorBridge((s) => s.highlight);
  const setReady = useEditorBridge((s) => s.setReady);
  const ready = useEditorBridge((s) => s.ready);
  const caret = useRef<number | undefined>(undefined);

  useEffect(() => () => setReady(false), [setReady]);

  // Once this editor is shown in the textarea's place: the mark scripts/measure-app.mjs reads,
  // and the textarea's focus and caret (it cannot take them while hidden).
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!ready || editor === undefined || !model) return;
    if (performance.getEntriesByName(EDITOR_READY).length === 0) performance.mark(EDITOR_READY);
    if (caret.current === undefined) return;
    editor.setPosition(model.getPositionAt(caret.current));
    editor.focus();
    caret.current = undefined;
  }, [ready]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model)
      monaco.editor.setModelMarkers(
        model,
        'trustwright',
        findingsToMarkers(model, findings, monaco.MarkerSeverity),
      );
  }, [findings]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (editor === undefined || !model || highlight === undefined) return;
    const start = model.getPositionAt(highlight.span.start);
    const end = model.getPositionAt(highlight.span.end);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range);
    decorations.current?.clear();
    decorations.current = editor.createDecorationsCollection([
      { range, options: { className: 'tw-highlight', isWholeLine: false, inlineClassName: 'tw-highlight' } },
    ]);
  }, [highlight]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    const model = editor.getModel();
    if (model)
      monaco.editor.setModelMarkers(
        model,
        'trustwright',
        findingsToMarkers(model, findings, monaco.MarkerSeverity),
      );
    // Monaco has no option for a description: its textbox gets the page's hint on its keys.
    if (describedBy !== undefined)
      editor.getDomNode()?.querySelector('[role="textbox"]')?.setAttribute('aria-describedby', describedBy);
    caret.current = takeFocus?.();
    setReady(true);
  };

  return (
    <Editor
      path={POLICY_MODEL_PATH}
      defaultLanguage="json"
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onChange={(text) => onChange(text ?? '')}
      onMount={onMount}
      // The plain textarea stays in front until this editor is up (policy-editor.tsx).
      loading={null}
      options={{
        ariaLabel: 'Trust policy',
        readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: 'on',
        fixedOverflowWidgets: true,
        renderValidationDecorations: 'on',
      }}
    />
  );
}
