import { Document } from 'yaml';
import { type ExportOptions, logicalId, roleNameOf } from './names.js';
import type { ExportResult, PolicyObject } from './result.js';

/** One template with a role per entry; logical ids made unique (`Ci`, `Ci2`, ...). */
export function template(roles: readonly { policy: PolicyObject; options: ExportOptions }[]) {
  const resources: Record<string, unknown> = {};
  for (const { policy, options } of roles) {
    const name = roleNameOf(options);
    const base = logicalId(name);
    let id = base;
    for (let n = 2; id in resources; n++) id = `${base}${n}`;
    resources[id] = {
      Type: 'AWS::IAM::Role',
      Properties: { RoleName: name, AssumeRolePolicyDocument: policy },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

export function templateJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function templateYaml(value: unknown): string {
  return new Document(value).toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
}

export function toCloudFormationJson(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  return { ok: true, text: templateJson(template([{ policy, options }])), exact: true };
}

/**
 * Every string double-quoted: YAML 1.1 readers (and so some CloudFormation tooling) would take
 * a plain `yes`, `0123` or `2012-10-17` for a boolean, a number or a date.
 */
export function toCloudFormationYaml(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  return { ok: true, text: templateYaml(template([{ policy, options }])), exact: true };
}
