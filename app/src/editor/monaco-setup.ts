// Loaded only inside the lazy editor chunk: importing Monaco from an eager module would put
// all of it into the first download.
import { loader } from '@monaco-editor/react';
import { trustPolicySchema } from '@trustwright/core';
import * as monaco from 'monaco-editor/editor';
// Only the editor features a JSON policy editor needs: every extra one costs start-up time.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// Ctrl+M (⌃⇧M on a Mac): Tab moves the focus instead of indenting. Without it the page's hint
// is false and Tab cannot leave the editor: a keyboard trap (WCAG 2.1.2).
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

export const POLICY_MODEL_PATH = 'trust-policy.json';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  // Our linter owns diagnostics (one message per problem, with AWS's wording and fixes); the
  // schema is only for completions and hovers.
  validate: false,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [
    {
      uri: 'inmemory://trustwright/trust-policy.schema.json',
      fileMatch: [POLICY_MODEL_PATH],
      schema: trustPolicySchema(),
    },
  ],
});

// Without this, @monaco-editor/react fetches Monaco from a CDN.
loader.config({ monaco });

// Marks for scripts/measure-app.mjs: when Monaco's code has run, and when the editor is up.
performance.mark('trustwright:monaco-evaluated');

export { monaco };
