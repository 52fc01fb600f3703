import type { JsonNode } from '@trustwright/core';
import { reportStop } from '../aws-cli/import-aws-cli.js';
import { JsonCursor } from '../json/json-cursor.js';
import { getMemberOf, stringMember } from '../json/nodes.js';
import { type FileContext, roleFromJsonString, roleWithoutPolicy } from '../model/role-builder.js';
import type { ImportedRole } from '../model/types.js';

/**
 * `terraform show -json` of a plan (`planned_values`: the roles as they will be) or of a state
 * (`values`), modules included. Streamed like account exports; each resource is read on its own.
 */
export function* readTerraformJson(text: string, ctx: FileContext): Generator<ImportedRole> {
  const cursor = new JsonCursor(text);
  let count = 0;
  let sawValues = false;
  try {
    for (const { key } of cursor.members()) {
      if (key === 'planned_values' || key === 'values') {
        sawValues = true;
        for (const { key: inner } of cursor.members()) {
          if (inner === 'root_module') {
            for (const role of moduleRoles(cursor, ctx)) {
              count++;
              yield role;
            }
          } else cursor.skip();
        }
      } else cursor.skip();
    }
  } catch (error) {
    reportStop(ctx, error, text, `after ${count} role${count === 1 ? '' : 's'}`);
    return;
  }
  if (!sawValues)
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has neither "planned_values" nor "values": it is not the output of terraform show -json.`,
    );
  else if (count === 0)
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has no aws_iam_role resource, so it holds no trust policy.`,
    );
}

function* moduleRoles(cursor: JsonCursor, ctx: FileContext): Generator<ImportedRole> {
  for (const { key } of cursor.members()) {
    if (key === 'resources') {
      for (const _ of cursor.items()) {
        const { node, offset } = cursor.value();
        if (stringMember(node, 'type') === 'aws_iam_role' && stringMember(node, 'mode') !== 'data')
          yield resourceRole(node, offset, cursor.text, ctx);
      }
    } else if (key === 'child_modules') {
      for (const _ of cursor.items()) yield* moduleRoles(cursor, ctx);
    } else cursor.skip();
  }
}

function resourceRole(resource: JsonNode, offset: number, text: string, ctx: FileContext): ImportedRole {
  const values = resource.kind === 'object' ? getMemberOf(resource, 'values') : undefined;
  const address = stringMember(resource, 'address') ?? 'aws_iam_role';
  const start = offset + (resource.span?.start ?? 0);
  const span = { start, end: offset + (resource.span?.end ?? 0) };
  const draft = { address, name: stringMember(values, 'name'), arn: stringMember(values, 'arn'), span };
  const policy = values?.kind === 'object' ? getMemberOf(values, 'assume_role_policy') : undefined;
  if (policy?.kind !== 'string' || policy.span === undefined)
    return roleWithoutPolicy(
      ctx,
      draft,
      'policy-unresolved',
      `The trust policy of ${address} is known only after apply (the plan leaves assume_role_policy unknown).`,
      { start, end: start + 1 },
    );
  const literal = { start: offset + policy.span.start, end: offset + policy.span.end };
  return roleFromJsonString(ctx, draft, text, literal);
}
