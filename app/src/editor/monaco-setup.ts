// Loaded only inside the lazy editor chunk: importing Monaco from an eager module would put
// all of it into the first download.
import { loader } from '@monaco-editor/react';
import { trustPolicySchema } from '@trustwright/core';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
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

export { monaco };
