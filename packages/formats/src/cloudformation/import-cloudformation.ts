import { parseJson } from '@trustwright/core';
import type { FileContext } from '../model/role-builder.js';
import type { ImportedRole } from '../model/types.js';
import type { Parameters } from './intrinsics.js';
import { templateRoles } from './template-roles.js';
import { readYamlTemplate } from './yaml-template.js';

/** A CloudFormation template in JSON (also what CDK synthesizes into `cdk.out/*.template.json`). */
export function* readCloudFormationJson(
  text: string,
  ctx: FileContext,
  parameters?: Parameters,
): Generator<ImportedRole> {
  const parsed = parseJson(text);
  if (parsed.root === undefined) {
    const error = parsed.errors[0];
    ctx.problems.add(
      'syntax-error',
      'error',
      `${ctx.file} is not valid JSON: ${error?.message ?? 'it cannot be read'}`,
      error?.span,
    );
    return;
  }
  yield* templateRoles(parsed.root, text, ctx, parameters);
}

/** A CloudFormation template in YAML, short-form tags (`!Sub`, `!Ref`, `!GetAtt`, ...) included. */
export function* readCloudFormationYaml(
  text: string,
  ctx: FileContext,
  parameters?: Parameters,
): Generator<ImportedRole> {
  const root = readYamlTemplate(text, ctx);
  if (root !== undefined) yield* templateRoles(root, text, ctx, parameters, true);
}
