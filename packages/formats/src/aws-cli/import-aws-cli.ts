import { CursorStop, JsonCursor } from '../json/json-cursor.js';
import type { RoleReader } from '../model/importer.js';
import {
  type FileContext,
  type RoleDraft,
  roleFromJsonString,
  roleFromTree,
  roleWithoutPolicy,
} from '../model/role-builder.js';
import type { ImportedRole } from '../model/types.js';

/**
 * `aws iam get-account-authorization-details`: every `RoleDetailList[]` entry. Streamed, so a
 * 100 MB export is never held as a tree, and an export that was cut short still gives every
 * role before the cut. The users, groups and managed policies are skipped unread.
 */
export const readAuthorizationDetails: RoleReader = (text, ctx) =>
  readRoleLists(text, ctx, 'RoleDetailList', 'no-roles-in-authorization-details');

/** `aws iam list-roles`: `Roles[]`, each with its URL-encoded `AssumeRolePolicyDocument`. */
export const readListRoles: RoleReader = (text, ctx) => readRoleLists(text, ctx, 'Roles', 'no-roles-in-list');

/** `aws iam get-role`: `{ "Role": { ... } }`. */
export function* readGetRole(text: string, ctx: FileContext): Generator<ImportedRole> {
  const cursor = new JsonCursor(text);
  let found = false;
  try {
    for (const { key } of cursor.members()) {
      if (key === 'Role') {
        found = true;
        yield readRoleEntry(cursor, ctx, 'Role');
      } else cursor.skip();
    }
  } catch (error) {
    reportStop(ctx, error, text, found ? 'after the role' : 'before the role was complete');
  }
  if (!found && ctx.problems.list.length === 0)
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has no "Role" object, so it holds no trust policy.`,
    );
}

function* readRoleLists(
  text: string,
  ctx: FileContext,
  listKey: 'RoleDetailList' | 'Roles',
  _reason: string,
): Generator<ImportedRole> {
  const cursor = new JsonCursor(text);
  let count = 0;
  let sawList = false;
  let inRole: { index: number; start: number } | undefined;
  try {
    for (const { key } of cursor.members()) {
      if (key === listKey) {
        sawList = true;
        for (const index of cursor.items()) {
          cursor.peek();
          inRole = { index, start: cursor.pos };
          yield readRoleEntry(cursor, ctx, `${listKey}[${index}]`);
          inRole = undefined;
          count++;
        }
      } else if (key === 'IsTruncated') {
        const span = cursor.skip();
        if (text.slice(span.start, span.end) === 'true')
          ctx.problems.add(
            'paginated-export',
            'warning',
            `The file is one page of a paginated answer ("IsTruncated": true): roles on the other pages are not in it. Run the AWS CLI without --max-items, or pass every page.`,
            span,
          );
      } else cursor.skip();
    }
  } catch (error) {
    const context =
      inRole === undefined
        ? `after ${count} complete role${count === 1 ? '' : 's'}`
        : `inside ${listKey}[${inRole.index}] (which starts at line ${ctx.locator.at({ start: inRole.start, end: inRole.start }).line}), after ${count} complete role${count === 1 ? '' : 's'}`;
    reportStop(ctx, error, text, context);
    return;
  }
  if (!sawList)
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has no "${listKey}" list, so it holds no trust policy.`,
    );
  else if (count === 0)
    ctx.problems.add('no-trust-policy', 'info', `The file lists no roles ("${listKey}" is empty).`);
}

/** One role object: its name, ARN and trust policy (an object, JSON text or URL-encoded JSON text). */
function readRoleEntry(cursor: JsonCursor, ctx: FileContext, address: string): ImportedRole {
  cursor.peek();
  const start = cursor.pos;
  let name: string | undefined;
  let arn: string | undefined;
  let policy:
    | { kind: 'object'; node: ReturnType<JsonCursor['value']> }
    | { kind: 'string'; span: { start: number; end: number } }
    | undefined;
  let policyKeyAt = start;
  for (const { key, keySpan } of cursor.members()) {
    if (key === 'RoleName' && cursor.peek() === 34) name = cursor.string().value;
    else if (key === 'Arn' && cursor.peek() === 34) arn = cursor.string().value;
    else if (key === 'AssumeRolePolicyDocument') {
      policyKeyAt = keySpan.start;
      if (cursor.peek() === 34) policy = { kind: 'string', span: cursor.string().span };
      else if (cursor.peek() === 123) policy = { kind: 'object', node: cursor.value() };
      else cursor.skip();
    } else cursor.skip();
  }
  const draft: RoleDraft = { address, name, arn, span: { start, end: cursor.pos } };
  if (policy === undefined)
    return roleWithoutPolicy(
      ctx,
      draft,
      'policy-invalid',
      `${address}${name === undefined ? '' : ` (${name})`} has no AssumeRolePolicyDocument object or string.`,
      { start: policyKeyAt, end: policyKeyAt + 1 },
    );
  if (policy.kind === 'object')
    return roleFromTree(
      ctx,
      draft,
      policy.node.node,
      { tree: policy.node.node, offset: policy.node.offset },
      'object',
    );
  return roleFromJsonString(ctx, draft, cursor.text, policy.span);
}

/** Reports where a streamed JSON file stopped being readable, and why. */
export function reportStop(ctx: FileContext, error: unknown, text: string, context: string): void {
  if (!(error instanceof CursorStop)) throw error;
  const at = Math.min(error.offset, text.length);
  if (error.cut)
    ctx.problems.add(
      'truncated',
      'error',
      `The file is cut short: it ends ${context}. The roles before the cut were read; the file may have been truncated while it was written or copied.`,
      { start: at, end: at },
    );
  else
    ctx.problems.add(
      'syntax-error',
      'error',
      `The file is not valid JSON here (${error.message}), ${context}.`,
      { start: at, end: at + 1 },
    );
}
