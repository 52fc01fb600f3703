import type { ExportOptions } from './names.js';
import type { ExportResult, PolicyObject } from './result.js';
import { toAwsCliCreateRole, toAwsCliUpdateAssumeRolePolicy } from './to-aws-cli.js';
import { toCdkTypeScript } from './to-cdk.js';
import {
  template,
  templateJson,
  templateYaml,
  toCloudFormationJson,
  toCloudFormationYaml,
} from './to-cloudformation.js';
import { toTerraformJsonencode, toTerraformPolicyDocument } from './to-terraform.js';

export const EXPORT_FORMATS = [
  'terraform',
  'terraform-policy-document',
  'cloudformation-yaml',
  'cloudformation-json',
  'cdk-typescript',
  'aws-cli',
  'aws-cli-update',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Readonly<
  Record<ExportFormat, (policy: PolicyObject, options: ExportOptions) => ExportResult>
> = {
  terraform: toTerraformJsonencode,
  'terraform-policy-document': toTerraformPolicyDocument,
  'cloudformation-yaml': toCloudFormationYaml,
  'cloudformation-json': toCloudFormationJson,
  'cdk-typescript': toCdkTypeScript,
  'aws-cli': toAwsCliCreateRole,
  'aws-cli-update': toAwsCliUpdateAssumeRolePolicy,
};

/**
 * A trust policy (a JSON object, or JSON text) as source in another format. Never throws: a
 * policy that is not a JSON object, or that the format cannot write exactly, gives
 * `{ ok: false, reason }`.
 */
export function exportPolicy(
  policy: unknown,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportResult {
  let value = policy;
  if (typeof policy === 'string') {
    try {
      value = JSON.parse(policy);
    } catch {
      return { ok: false, reason: 'The policy is not valid JSON.' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'A trust policy is a JSON object with Version and Statement.' };
  const writer = WRITERS[format];
  if (writer === undefined) return { ok: false, reason: `Unknown export format "${String(format)}".` };
  return writer(value as PolicyObject, options);
}

/** A role to export: its policy (object or JSON text), its name, and a label for headers. */
export interface ExportRole {
  readonly policy: unknown;
  readonly roleName?: string;
  /** Shown in the comment above the role when several are exported (a file and address). */
  readonly label?: string;
}

export interface RolesExport {
  readonly text: string;
  /** Roles that could not be written, by index, with the reason. */
  readonly failures: readonly { readonly index: number; readonly reason: string }[];
}

const COMMENT: Readonly<Record<ExportFormat, string | undefined>> = {
  terraform: '#',
  'terraform-policy-document': '#',
  'cloudformation-yaml': undefined,
  'cloudformation-json': undefined,
  'cdk-typescript': '//',
  'aws-cli': '#',
  'aws-cli-update': '#',
};

/**
 * Several roles in one output: CloudFormation gets one template with a resource per role; the
 * other formats get each role under a comment naming it.
 */
export function exportRoles(roles: readonly ExportRole[], format: ExportFormat): RolesExport {
  const failures: { index: number; reason: string }[] = [];
  const options = (r: ExportRole) => (r.roleName === undefined ? {} : { roleName: r.roleName });
  if (format === 'cloudformation-json' || format === 'cloudformation-yaml') {
    const ok: { policy: PolicyObject; options: ExportOptions }[] = [];
    roles.forEach((r, index) => {
      const checked = exportPolicy(r.policy, format, options(r));
      if (!checked.ok) failures.push({ index, reason: checked.reason });
      else ok.push({ policy: asObject(r.policy), options: options(r) });
    });
    const value = template(ok);
    return { text: format === 'cloudformation-json' ? templateJson(value) : templateYaml(value), failures };
  }
  const parts: string[] = [];
  roles.forEach((r, index) => {
    const result = exportPolicy(r.policy, format, options(r));
    if (!result.ok) {
      failures.push({ index, reason: result.reason });
      return;
    }
    const comment = COMMENT[format];
    const header =
      roles.length > 1 && comment !== undefined && r.label !== undefined ? `${comment} ${r.label}\n` : '';
    parts.push(`${header}${result.text}`);
  });
  return { text: parts.join('\n'), failures };
}

function asObject(policy: unknown): PolicyObject {
  return (typeof policy === 'string' ? JSON.parse(policy) : policy) as PolicyObject;
}
