import type { Requirement } from '../evaluate/trace.js';
import { type ExplanationLine, explain } from '../explain/explain.js';
import { statementLabel } from '../model/policy.js';
import type { AccessEvaluation, AccessSide, SideVerdict } from './evaluate-access.js';

const SIDE_LABELS: Record<AccessSide, string> = {
  'trust-policy': 'the trust policy',
  'identity-policy': "the caller's identity-based policies",
  scp: "the SCPs of the caller's account",
  'permissions-boundary': "the caller's permissions boundary",
};

/** Requirements of the trust evaluation that an evaluated side answers (and so are left out). */
const ANSWERS: Partial<Record<AccessSide, Requirement['kind']>> = {
  'identity-policy': 'identity-policy',
  scp: 'scp',
  'permissions-boundary': 'permissions-boundary',
};

/**
 * The combined verdict as explanation lines: which side decided first, then the trust policy's
 * own explanation, then one line per side of the caller (and per policy that decided it).
 */
export function explainAccess(a: AccessEvaluation): ExplanationLine[] {
  const answered = new Set(
    a.sides
      .filter((s) => s.status !== 'not-given' && s.status !== 'refused')
      .map((s) => ANSWERS[s.side])
      .filter((k) => k !== undefined),
  );
  // explain() writes one requirement line per requirement, in order.
  let requirement = 0;
  const trustLines = explain(a.trust).filter((l) => {
    if (l.kind !== 'requirement') return true;
    const r = a.trust.requirements[requirement++];
    return r === undefined || !answered.has(r.kind);
  });
  const [trustVerdict, ...rest] = trustLines;
  const lines: ExplanationLine[] = [verdictLine(a)];
  if (trustVerdict !== undefined) lines.push({ ...trustVerdict, text: `Trust policy: ${trustVerdict.text}` });
  lines.push(
    ...rest.filter((l) => l.kind !== 'requirement' && l.kind !== 'request-value' && l.kind !== 'problem'),
  );
  for (const s of a.sides) if (s.side !== 'trust-policy') lines.push(...sideLines(s));
  lines.push(
    ...rest.filter((l) => l.kind === 'requirement' || l.kind === 'request-value' || l.kind === 'problem'),
  );
  for (const f of a.findings)
    lines.push({ kind: 'problem', text: `Error: ${f.message}`, path: f.path, source: 'policy', depth: 0 });
  return lines;
}

function verdictLine(a: AccessEvaluation): ExplanationLine {
  const words =
    a.decision === 'allow'
      ? 'Allow, on both sides: every policy AWS checks here allows the call'
      : `${a.decision === 'explicit-deny' ? 'Explicit deny' : 'Implicit deny'}, decided by ${a.decidedBy === 'all' ? 'every side' : SIDE_LABELS[a.decidedBy]}`;
  const partial = a.complete ? '' : ' (a caller policy could not be evaluated, see below)';
  return {
    kind: 'verdict',
    text: `With the caller's policies: ${words}${partial}.`,
    path: undefined,
    source: 'policy',
    depth: 0,
  };
}

function sideLines(s: SideVerdict): ExplanationLine[] {
  const head = SIDE_LABELS[s.side];
  // Verdict reasons already name their side.
  const named = s.status === 'allow' || s.status === 'explicit-deny' || s.status === 'implicit-deny';
  const lines: ExplanationLine[] = [
    {
      kind: 'requirement',
      text: named ? s.reason : `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${s.reason}`,
      path: undefined,
      source: 'policy',
      depth: 0,
    },
  ];
  for (const p of s.policies)
    for (const { action, evaluation } of p.actions) {
      const labels = evaluation.decisive.map((r) => statementLabel(r)).join(', ');
      const which =
        s.side === 'permissions-boundary'
          ? 'the boundary'
          : `${s.side === 'scp' ? 'SCP' : 'identity policy'} ${p.index + 1}`;
      const text =
        evaluation.decision === 'implicit-deny'
          ? `${which}: no statement allows ${action}.`
          : `${which}: ${labels} ${evaluation.decision === 'allow' ? 'allows' : 'denies'} ${action}.`;
      lines.push({ kind: 'requirement', text, path: undefined, source: 'policy', depth: 1 });
    }
  return lines;
}
