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
      `The file is not valid JSON: ${error?.message ?? 'it cannot be read'}`,
      error?.span,
    );
    return;
  }
  yield* templateRoles(parsed.root, text, ctx, parameters, undefined);
}

/** A CloudFormation template in YAML, short-form tags (`!Sub`, `!Ref`, `!GetAtt`, ...) included. */
export function* readCloudFormationYaml(
  text: string,
  ctx: FileContext,
  parameters?: Parameters,
): Generator<ImportedRole> {
  const read = readYamlTemplate(text, ctx);
  if (read !== undefined) yield* templateRoles(read.root, text, ctx, parameters, read.errors);
}
