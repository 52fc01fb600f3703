import type { JsonNode, Span } from '@trustwright/core';
import { decodeJsonString } from '../json/decoded-text.js';
import { getMemberOf, stringMember } from '../json/nodes.js';
import { type FileContext, roleFromText, roleFromTree, roleWithoutPolicy } from '../model/role-builder.js';
import type { ImportedRole } from '../model/types.js';
import { intrinsicOf, type Parameters, resolveIntrinsics } from './intrinsics.js';

/** Resource types whose trust policy is `Properties.AssumeRolePolicyDocument`. */
const ROLE_TYPES: ReadonlySet<string> = new Set(['AWS::IAM::Role']);

/**
 * Every `AWS::IAM::Role` of a template (JSON, YAML read into the same tree, or a CDK
 * `cdk.out/*.template.json`), in template order, addressed by logical id.
 */
export function* templateRoles(
  root: JsonNode,
  source: string,
  ctx: FileContext,
  parameters: Parameters = {},
  /**
   * YAML templates: where the parser had to recover (a role there is not reviewed). Also says
   * the template is YAML, whose JSON-string policies are scalars rather than JSON literals.
   */
  yamlErrors: readonly number[] | undefined = undefined,
): Generator<ImportedRole> {
  const yaml = yamlErrors !== undefined;
  const resources = root.kind === 'object' ? getMemberOf(root, 'Resources') : undefined;
  if (resources?.kind !== 'object') {
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has no "Resources" section, so it defines no role.`,
      root.span,
    );
    return;
  }
  let roles = 0;
  for (const member of resources.members) {
    const resource = member.value;
    const type = stringMember(resource, 'Type');
    if (type === undefined || !ROLE_TYPES.has(type) || resource.kind !== 'object') continue;
    roles++;
    const span = spanOf(resource, member.keySpan);
    const properties = getMemberOf(resource, 'Properties');
    const roleName = properties === undefined ? undefined : stringMember(properties, 'RoleName');
    const draft = { address: member.key, name: roleName, span };
    const document =
      properties?.kind === 'object' ? getMemberOf(properties, 'AssumeRolePolicyDocument') : undefined;
    if (yamlErrors?.some((at) => at >= span.start && at <= span.end)) {
      yield roleWithoutPolicy(
        ctx,
        draft,
        'policy-invalid',
        `${member.key} (AWS::IAM::Role) does not parse as YAML, so its trust policy is not reviewed.`,
        span,
      );
      continue;
    }
    if (document === undefined) {
      yield roleWithoutPolicy(
        ctx,
        draft,
        'policy-invalid',
        `${member.key} (AWS::IAM::Role) has no Properties.AssumeRolePolicyDocument, which CloudFormation requires.`,
        member.keySpan ?? span,
      );
      continue;
    }
    const whole = intrinsicOf(document);
    if (whole !== undefined) {
      yield roleWithoutPolicy(
        ctx,
        draft,
        'policy-unresolved',
        `The trust policy of ${member.key} is the intrinsic function ${whole.name}, whose value only CloudFormation knows at deployment; it cannot be reviewed here.`,
        document.span ?? span,
      );
      continue;
    }
    if (document.kind === 'string' && document.span !== undefined) {
      const decoded = yaml ? undefined : decodeJsonString(source, document.span);
      if (decoded !== undefined) {
        yield roleFromText(ctx, draft, decoded, 'json-string');
        continue;
      }
      // A YAML scalar: its text maps to the scalar as a whole.
      const table = new Int32Array(document.value.length + 1).fill(document.span.start);
      yield roleFromText(ctx, draft, { text: document.value, table }, 'json-string');
      continue;
    }
    const { tree, unresolved } = resolveIntrinsics(document, source, parameters);
    yield roleFromTree(ctx, draft, tree, { tree, offset: 0 }, yaml ? 'yaml' : 'object', unresolved);
  }
  if (roles === 0)
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file defines no AWS::IAM::Role, so it has no trust policy.`,
      member0(resources),
    );
}

function spanOf(resource: JsonNode, keySpan: Span | undefined): Span {
  const value = resource.span ?? keySpan ?? { start: 0, end: 0 };
  return keySpan === undefined ? value : { start: keySpan.start, end: Math.max(value.end, keySpan.end) };
}

function member0(resources: JsonNode): Span | undefined {
  return resources.kind === 'object' ? (resources.members[0]?.keySpan ?? resources.span) : resources.span;
}
