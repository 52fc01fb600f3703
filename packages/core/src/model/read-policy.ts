import type { Finding } from '../diagnostics/finding.js';
import { fromValue } from '../json/from-value.js';
import { describeKind, type JsonNode } from '../json/json-node.js';
import { parseJson } from '../json/parse-json.js';

/** A policy read from text or from a JavaScript value, before any checks. */
export interface PolicySource {
  /** The policy's JSON tree; undefined when the text is not JSON at all. */
  readonly root: JsonNode | undefined;
  /**
   * The policy's own text: what the size and character checks measure. When the policy came
   * as a value, its compact JSON.stringify form.
   */
  readonly text: string;
  /** Syntax problems: invalid JSON, or JSON that is not an object. */
  readonly findings: readonly Finding[];
}

/** Reads a policy given as JSON text or as a parsed value. Never throws. */
export function readPolicy(policy: unknown): PolicySource {
  if (typeof policy === 'string') {
    const parsed = parseJson(policy);
    const findings: Finding[] = parsed.errors.map((e) => ({
      code: 'json-syntax',
      severity: 'error',
      category: 'syntax',
      message: e.message,
      path: [],
      target: 'value',
      span: e.span,
    }));
    const root = findings.length === 0 ? parsed.root : undefined;
    return { root, text: policy, findings: root === undefined ? findings : notAnObject(root) };
  }
  const root = fromValue(policy);
  let text = '';
  try {
    text = JSON.stringify(policy) ?? '';
  } catch {
    // Cyclic or bigint values: fromValue already turned them into null.
  }
  return { root, text, findings: notAnObject(root) };
}

/** Reads a policy that sits inside a larger document (a trust file), keeping its spans. */
export function policyFromNode(root: JsonNode, documentText: string | undefined): PolicySource {
  const text =
    documentText !== undefined && root.span !== undefined
      ? documentText.slice(root.span.start, root.span.end)
      : '';
  return { root, text, findings: notAnObject(root) };
}

function notAnObject(root: JsonNode): Finding[] {
  if (root.kind === 'object') return [];
  return [
    {
      code: 'policy-not-object',
      severity: 'error',
      category: 'syntax',
      message: `A policy is a JSON object with Version and Statement; this is ${describeKind(root)}.`,
      path: [],
      target: 'value',
      ...(root.span === undefined ? {} : { span: root.span }),
    },
  ];
}
