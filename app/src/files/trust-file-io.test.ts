import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadName, trustFileText, workspaceFromText } from './trust-file-io';

const examples = join(import.meta.dirname, '../../../examples');

describe('trust files in the app', () => {
  it('opens an example and saves it back to the same text', () => {
    const text = readFileSync(join(examples, 'third-party-auditor.trust.json'), 'utf8');
    const opened = workspaceFromText(text, 'auditor.trust.json');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.workspace.scenarios).toHaveLength(5);
    expect(opened.workspace.selectedId).toBe(opened.workspace.scenarios[0]?.id);
    const saved = trustFileText(opened.workspace);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(JSON.parse(saved.text)).toEqual(JSON.parse(text));
    const again = workspaceFromText(saved.text, 'again');
    expect(again.ok && again.workspace.policyText).toBe(opened.workspace.policyText);
  });

  it('refuses a broken file, naming the line and column', () => {
    const result = workspaceFromText('{\n  "policy": {\n    "Version": "2012-10-17",\n  }\n}', 'broken.json');
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^broken\.json:3:28: .*Nothing was changed\.$/),
    });
  });

  it('refuses a file that breaks the trust-file format', () => {
    const result = workspaceFromText('{"policy": {}, "scenarios": [{"name": 3}]}', 'odd.json');
    expect(result.ok).toBe(false);
  });

  it('opens a scenario with a malformed ARN (the error shows at the field instead)', () => {
    const result = workspaceFromText(
      '{"policy": {"Statement": []}, "scenarios": [{"name": "x", "request": {"principal": {"AWS": "arn:aws:iam::1:user/x"}}}]}',
      'x.json',
    );
    expect(result.ok).toBe(true);
  });

  it('opens a bare policy', () => {
    const result = workspaceFromText('{"Version":"2012-10-17","Statement":[]}', 'p.json');
    expect(result.ok && result.workspace).toMatchObject({
      policyText: '{"Version":"2012-10-17","Statement":[]}',
      role: '',
      scenarios: [],
    });
  });

  it('opens JSON that is not an object as a policy AWS rejects, and will not save it as a trust file', () => {
    // Like any rejected policy it opens, so the findings show the error at its place (the CLI's
    // lint reports it the same way); a trust file cannot hold it, so Download says why.
    const result = workspaceFromText('[{"Effect": "Allow"}]', 'list.json');
    if (!result.ok) throw new Error(result.message);
    expect(result.workspace.policyText).toBe('[{"Effect": "Allow"}]');
    const saved = trustFileText(result.workspace);
    expect(saved.ok || saved.error.message).toMatch(/^The policy is an array, not a JSON object/);
  });

  it('names downloads after the role', () => {
    expect(downloadName('arn:aws:iam::444455556666:role/ops/Deploy')).toBe('Deploy.trust.json');
    expect(downloadName('')).toBe('trust-policy.trust.json');
  });
});
