import Editor, { type OnMount } from '@monaco-editor/react';
import type { Finding } from '@trustwright/core';
import { useEffect, useRef } from 'react';
import { useEditorBridge } from './editor-bridge';
import { findingsToMarkers } from './markers';
import { monaco, POLICY_MODEL_PATH } from './monaco-setup';

export interface MonacoPolicyEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly findings: readonly Finding[];
  readonly dark: boolean;
  readonly readOnly: boolean;
}

type CodeEditor = Parameters<OnMount>[0];

/** The Monaco editor for the policy text (this module is the lazy chunk that pulls in Monaco). */
export default function MonacoPolicyEditor({
  value,
  onChange,
  findings,
  dark,
  readOnly,
}: MonacoPolicyEditorProps) {
  const editorRef = useRef<CodeEditor | undefined>(undefined);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | undefined>(undefined);
  const highlight = useEditorBridge((s) => s.highlight);
  const setReady = useEditorBridge((s) => s.setReady);

  useEffect(() => () => setReady(false), [setReady]);

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
    setReady(true);
    performance.mark('trustwright:editor-ready');
  };

  return (
    <Editor
      path={POLICY_MODEL_PATH}
      defaultLanguage="json"
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onChange={(text) => onChange(text ?? '')}
      onMount={onMount}
      loading={<p className="editor-loading">Loading the editor…</p>}
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
