import { type ExportOptions, logicalId, roleNameOf } from './names.js';
import type { ExportResult, PolicyObject } from './result.js';

const DEFAULT_ACTION: Readonly<Record<string, string>> = {
  Service: 'sts:AssumeRole',
  AWS: 'sts:AssumeRole',
};
const FEDERATED_ACTIONS = new Set([
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRole',
]);

/**
 * CDK v2 TypeScript for the body of a Stack constructor. `new iam.Role({ assumedBy })` when
 * one principal class renders exactly this policy (one Allow statement, no Sid, one principal,
 * its assume action, optional conditions); otherwise a `CfnRole` with
 * `iam.PolicyDocument.fromJson`, which keeps every statement.
 */
export function toCdkTypeScript(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  const name = roleNameOf(options);
  const id = logicalId(name);
  const principal = assumedBy(policy);
  const header = "import * as iam from 'aws-cdk-lib/aws-iam';\n\n// In your Stack's constructor:\n";
  if (principal !== undefined)
    return {
      ok: true,
      exact: true,
      note: 'new iam.Role with assumedBy',
      text: `${header}const role = new iam.Role(this, ${ts(id)}, {\n  roleName: ${ts(name)},\n  assumedBy: ${principal},\n});\n`,
    };
  const json = JSON.stringify(policy, null, 2).replaceAll('\n', '\n  ');
  return {
    ok: true,
    exact: true,
    note: 'iam.CfnRole with iam.PolicyDocument.fromJson (no principal class renders this policy exactly)',
    text: `${header}const role = new iam.CfnRole(this, ${ts(id)}, {\n  roleName: ${ts(name)},\n  assumeRolePolicyDocument: iam.PolicyDocument.fromJson(${json}),\n});\n`,
  };
}

/** The principal expression, or undefined when no principal class writes this policy exactly. */
function assumedBy(policy: PolicyObject): string | undefined {
  if (Object.keys(policy).some((k) => k !== 'Version' && k !== 'Statement')) return undefined;
  if (policy.Version !== '2012-10-17') return undefined;
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  const [s] = statements;
  if (statements.length !== 1 || typeof s !== 'object' || s === null || Array.isArray(s)) return undefined;
  const st = s as Record<string, unknown>;
  if (Object.keys(st).some((k) => !['Effect', 'Principal', 'Action', 'Condition'].includes(k)))
    return undefined;
  if (st.Effect !== 'Allow') return undefined;
  const action = Array.isArray(st.Action) && st.Action.length === 1 ? st.Action[0] : st.Action;
  if (typeof action !== 'string') return undefined;
  const p = st.Principal;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return undefined;
  const entries = Object.entries(p);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) return undefined;
  const [key, raw] = entry;
  const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
  if (typeof value !== 'string') return undefined;
  const condition = st.Condition;
  if (
    condition !== undefined &&
    (typeof condition !== 'object' || condition === null || Array.isArray(condition))
  )
    return undefined;
  const conditions =
    condition === undefined ? undefined : JSON.stringify(condition, null, 2).replaceAll('\n', '\n  ');
  const withConditions = (expr: string) =>
    conditions === undefined ? expr : `${expr}.withConditions(${conditions})`;
  if (key === 'Federated') {
    if (!FEDERATED_ACTIONS.has(action)) return undefined;
    return `new iam.FederatedPrincipal(${ts(value)}, ${conditions ?? '{}'}, ${ts(action)})`;
  }
  if (DEFAULT_ACTION[key] !== action) return undefined;
  if (key === 'Service' && /^[a-z0-9.-]+\.amazonaws\.com$/.test(value))
    return withConditions(`new iam.ServicePrincipal(${ts(value)})`);
  if (key === 'AWS' && value === '*') return withConditions('new iam.AnyPrincipal()');
  if (key === 'AWS' && value.startsWith('arn:')) return withConditions(`new iam.ArnPrincipal(${ts(value)})`);
  return undefined;
}

function ts(text: string): string {
  return JSON.stringify(text);
}
