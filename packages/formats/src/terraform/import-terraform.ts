import type { SyntaxNode } from '@lezer/common';
import { nodeAt } from '@trustwright/core';
import { Locator } from '../model/location.js';
import {
  type FileContext,
  fileContext,
  type RoleDraft,
  roleFromText,
  roleFromTree,
  roleWithoutPolicy,
} from '../model/role-builder.js';
import type { ImportedRole, InputFile } from '../model/types.js';
import { attribute, type HclBlock, type HclFile, hasErrorIn, parseHcl, snippet } from './hcl.js';
import { HclValues, unwrap } from './hcl-value.js';
import { decodeTemplate, pathAt } from './heredoc.js';
import { policyDocument } from './policy-document.js';
import { repath } from './repath.js';

/** One parsed .tf file of a module, with its context for problems. */
interface ModuleFile {
  readonly input: InputFile;
  readonly hcl: HclFile;
  readonly ctx: FileContext;
}

interface ModuleIndex {
  readonly documents: Map<string, { file: ModuleFile; block: HclBlock }>;
  readonly locals: Map<string, { file: ModuleFile; expression: SyntaxNode }>;
}

/**
 * The roles of one Terraform module: every `resource "aws_iam_role"` in the given .tf files,
 * whose `assume_role_policy` is a heredoc, `jsonencode({...})`, a JSON string, a
 * `data.aws_iam_policy_document.NAME.json` reference (the data block may sit in any of the
 * files) or a `local.NAME` that is one of these. Yields per file, in file order.
 */
export function* readTerraformModule(
  files: readonly InputFile[],
  contexts: ReadonlyMap<string, FileContext>,
): Generator<ImportedRole> {
  const module: ModuleFile[] = files.map((input) => {
    const ctx = contexts.get(input.name) ?? fileContext(input.name, 'terraform', new Locator(input.text));
    const hcl = parseHcl(input.text);
    reportSyntaxErrors(hcl, ctx);
    return { input, hcl, ctx };
  });
  const index: ModuleIndex = { documents: new Map(), locals: new Map() };
  for (const file of module) {
    for (const block of file.hcl.blocks) {
      if (
        block.type === 'data' &&
        block.labels[0] === 'aws_iam_policy_document' &&
        block.labels[1] !== undefined
      )
        index.documents.set(block.labels[1], { file, block });
      if (block.type === 'locals' && block.body !== undefined)
        for (const a of block.body.getChildren('Attribute')) {
          const id = a.getChild('Identifier');
          const expression = a.getChild('Expression');
          if (id !== null && expression !== null)
            index.locals.set(file.input.text.slice(id.from, id.to), { file, expression });
        }
    }
  }
  for (const file of module) yield* fileRoles(file, index);
}

function reportSyntaxErrors(hcl: HclFile, ctx: FileContext): void {
  for (const at of hcl.errors.slice(0, 5)) {
    const line = hcl.text.slice(at, at + 40).split('\n')[0] ?? '';
    ctx.problems.add(
      'syntax-error',
      'error',
      at >= hcl.text.length
        ? `The file is not valid HCL: it ends inside a block or expression (a "}" or "]" is missing).`
        : `The file is not valid HCL here: ${line.trim() === '' ? 'unexpected end of line' : `unexpected ${JSON.stringify(line.trim())}`}.`,
      { start: at, end: Math.min(hcl.text.length, at + Math.max(1, line.length)) },
    );
  }
  if (hcl.errors.length > 5)
    ctx.problems.add('syntax-error', 'error', `${hcl.errors.length - 5} more HCL syntax errors.`);
}

function* fileRoles(file: ModuleFile, index: ModuleIndex): Generator<ImportedRole> {
  const { ctx, hcl } = file;
  const text = hcl.text;
  let roles = 0;
  for (const block of hcl.blocks) {
    if (block.type !== 'resource' || block.labels[0] !== 'aws_iam_role') continue;
    roles++;
    const address = `aws_iam_role.${block.labels[1] ?? ''}`;
    const nameAttr = attribute(block.body, text, 'name');
    const nameValue =
      nameAttr?.expression === undefined ? undefined : new HclValues(text).value(nameAttr.expression, []);
    const draft: RoleDraft = {
      address,
      name: nameValue?.kind === 'string' && !nameValue.value.includes('${') ? nameValue.value : undefined,
      span: { start: block.node.from, end: block.node.to },
    };
    const policy = attribute(block.body, text, 'assume_role_policy');
    if (policy?.expression === undefined) {
      yield roleWithoutPolicy(
        ctx,
        draft,
        'policy-invalid',
        `${address} has no assume_role_policy, which the resource requires.`,
        {
          start: block.node.from,
          end: block.node.to,
        },
      );
      continue;
    }
    if (hasErrorIn(hcl, policy.node)) {
      yield roleWithoutPolicy(
        ctx,
        draft,
        'policy-invalid',
        `The assume_role_policy of ${address} does not parse as HCL, so it is not reviewed.`,
        { start: policy.node.from, end: policy.node.to },
      );
      continue;
    }
    yield policyRole(file, index, draft, policy.expression, 0);
  }
  if (roles === 0) {
    const documents = hcl.blocks.filter(
      (b) => b.type === 'data' && b.labels[0] === 'aws_iam_policy_document',
    ).length;
    ctx.problems.add(
      'no-trust-policy',
      'info',
      `The file has no resource "aws_iam_role", so it holds no trust policy${documents > 0 ? ` (its ${documents} aws_iam_policy_document data source${documents === 1 ? ' is' : 's are'} read where a role in the same directory refers to ${documents === 1 ? 'it' : 'them'})` : ''}.`,
    );
  }
}

/** The policy an `assume_role_policy` expression stands for, following local and data references. */
function policyRole(
  file: ModuleFile,
  index: ModuleIndex,
  draft: RoleDraft,
  expression: SyntaxNode,
  depth: number,
): ImportedRole {
  const { ctx } = file;
  const text = file.input.text;
  const node = unwrap(expression);
  const unresolvable = (why: string) =>
    roleWithoutPolicy(
      ctx,
      draft,
      'policy-unresolved',
      `The trust policy of ${draft.address} is ${snippet(text, expression)}: ${why}`,
      {
        start: expression.from,
        end: expression.to,
      },
    );
  if (node.name === 'FunctionCall') {
    const fn = node.getChild('FunctionName');
    const fnName = fn === null ? '' : text.slice(fn.from, fn.to);
    const args = node.getChild('FunctionArguments')?.getChildren('Expression') ?? [];
    const arg = args[0];
    if (fnName === 'jsonencode' && args.length === 1 && arg !== undefined) {
      const values = new HclValues(text);
      const tree = values.value(arg, []);
      if (tree.kind !== 'object')
        return unresolvable('jsonencode of a value Terraform computes, which Trustwright does not evaluate.');
      const unresolved = repath(tree, values.unresolved);
      const fileOverride = file.ctx.file === ctx.file ? {} : { file: file.ctx.file };
      return roleFromTree(ctx, draft, tree, { tree, offset: 0, ...fileOverride }, 'jsonencode', unresolved);
    }
    return unresolvable(
      `the function ${fnName}() computes it when Terraform runs, which Trustwright does not evaluate.`,
    );
  }
  if (node.name === 'HeredocTemplate' || node.name === 'QuotedTemplate' || node.name === 'StringLit') {
    const { decoded, interpolations } = decodeTemplate(node, text);
    const role = roleFromText(
      ctx,
      draft,
      decoded,
      node.name === 'HeredocTemplate' ? 'heredoc' : 'json-string',
    );
    if (role.sourceMap === undefined || interpolations.length === 0) return role;
    const tree = role.sourceMap.tree;
    const unresolved = interpolations.map((i) => {
      const path = pathAt(tree, i.decodedStart);
      const node = nodeAt(tree, path);
      return {
        path,
        kind: 'terraform',
        expression: i.expression,
        // The whole value that stands in the policy, of which the interpolation is a part.
        placeholder: node?.kind === 'string' ? node.value : i.placeholder,
        span: { start: i.from, end: i.to },
      };
    });
    return roleFromText(ctx, draft, decoded, role.encoding ?? 'heredoc', unresolved);
  }
  const reference = referenceOf(expression, text);
  if (reference?.[0] === 'data' && reference[1] === 'aws_iam_policy_document' && reference[2] !== undefined) {
    const found = index.documents.get(reference[2]);
    if (found === undefined)
      return unresolvable(
        `no data "aws_iam_policy_document" "${reference[2]}" is in the .tf files given from this directory.`,
      );
    const values = new HclValues(found.file.input.text);
    const { tree, unsupported } = policyDocument(found.block, found.file.input.text, values);
    const unresolved = repath(tree, values.unresolved);
    const other = found.file.ctx.file !== ctx.file;
    const role = roleFromTree(
      ctx,
      draft,
      tree,
      { tree, offset: 0, ...(other ? { file: found.file.ctx.file } : {}) },
      'policy-document',
      other ? [] : unresolved,
    );
    // Problems in another file are that file's own; they are located there.
    const target = other ? found.file.ctx : undefined;
    for (const u of unsupported)
      (target ?? ctx).problems.add('unsupported-construct', 'warning', u.message, u.span, draft.address);
    if (other)
      for (const u of unresolved)
        found.file.ctx.problems.add(
          'unresolved-value',
          'warning',
          `${u.expression} in data.aws_iam_policy_document.${reference[2]} (used by ${draft.address}) only Terraform can resolve; Trustwright keeps it as ${JSON.stringify(u.placeholder)}.`,
          u.span,
          draft.address,
        );
    return { ...role, unresolved };
  }
  if (reference?.[0] === 'local' && reference[1] !== undefined && depth < 4) {
    const local = index.locals.get(reference[1]);
    if (local === undefined)
      return unresolvable(
        `no local "${reference[1]}" is defined in the .tf files given from this directory.`,
      );
    if (local.file !== file)
      return unresolvable(
        `local.${reference[1]} is defined in ${local.file.ctx.file}; pass a reference that sits in the same file.`,
      );
    return policyRole(file, index, draft, local.expression, depth + 1);
  }
  return unresolvable('its value is known only when Terraform runs, which Trustwright does not evaluate.');
}

/** `data.aws_iam_policy_document.x.json` as ["data", "aws_iam_policy_document", "x", "json"]. */
function referenceOf(expression: SyntaxNode, text: string): string[] | undefined {
  const head = expression.firstChild;
  if (head === null || head.name !== 'VariableExpr') return undefined;
  const parts = [text.slice(head.from, head.to)];
  for (let n = head.nextSibling; n !== null; n = n.nextSibling) {
    if (n.name !== 'GetAttr') return undefined;
    const id = n.getChild('Identifier');
    if (id === null) return undefined;
    parts.push(text.slice(id.from, id.to));
  }
  return parts;
}
