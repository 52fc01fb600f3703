import { JsonCursor } from '../json/json-cursor.js';
import type { FormatId, InputFile } from '../model/types.js';

export interface FormatDetection {
  /** Undefined when the file is none of the formats Trustwright reads. */
  readonly format: FormatId | undefined;
  /** How it was recognised, or why it was not (for messages). */
  readonly reason: string;
}

/** Top-level JSON keys that decide the format, first one seen wins. */
const JSON_KEYS: Readonly<Record<string, FormatId>> = {
  RoleDetailList: 'aws-iam-authorization-details',
  UserDetailList: 'aws-iam-authorization-details',
  GroupDetailList: 'aws-iam-authorization-details',
  Policies: 'aws-iam-authorization-details',
  Role: 'aws-iam-get-role',
  Roles: 'aws-iam-list-roles',
  format_version: 'terraform-json',
  terraform_version: 'terraform-json',
  planned_values: 'terraform-json',
  resource_changes: 'terraform-json',
  AWSTemplateFormatVersion: 'cloudformation-json',
  Resources: 'cloudformation-json',
  Transform: 'cloudformation-json',
  policy: 'trust-file',
  scenarios: 'trust-file',
  Statement: 'trust-file',
  Version: 'trust-file',
};

const HCL_BLOCK = /^[ \t]*(resource|data|module|variable|locals|output|provider|terraform)[ \t]+("|\{)/m;
const CFN_YAML = /^(AWSTemplateFormatVersion|Resources|Transform)[ \t]*:/m;

/**
 * Recognises a file by its name and, for JSON, by its first decisive top-level key (read
 * without parsing the rest, so a 100 MB export is recognised at once).
 */
export function detectFormat(file: InputFile): FormatDetection {
  const name = file.name.toLowerCase();
  if (name.endsWith('.tf.json'))
    return {
      format: undefined,
      reason:
        'Terraform JSON configuration syntax (.tf.json) is not read yet; use the .tf files or terraform show -json',
    };
  if (name.endsWith('.tf')) return { format: 'terraform', reason: 'a .tf file' };
  if (name.endsWith('.trust.json')) return { format: 'trust-file', reason: 'a .trust.json file' };
  const start = firstSignificant(file.text);
  if (file.text.charCodeAt(start) === 123 /* { */) return detectJson(file.text, start);
  if (name.endsWith('.yaml') || name.endsWith('.yml') || CFN_YAML.test(file.text.slice(0, 100_000)))
    return { format: 'cloudformation-yaml', reason: 'YAML' };
  if (HCL_BLOCK.test(file.text.slice(0, 100_000))) return { format: 'terraform', reason: 'HCL blocks' };
  if (start >= file.text.length) return { format: undefined, reason: 'the file is empty' };
  return {
    format: undefined,
    reason:
      'it is neither a Terraform file, a CloudFormation template (JSON or YAML), terraform show -json output, AWS CLI output (get-role, list-roles, get-account-authorization-details) nor a trust file',
  };
}

function detectJson(text: string, start: number): FormatDetection {
  const cursor = new JsonCursor(text, start);
  try {
    // Key by key, so that a file cut right after its first key is still recognised.
    cursor.expect('{');
    for (let keys = 0; keys < 64 && cursor.peek() === 34; keys++) {
      const key = cursor.string().value;
      const format = JSON_KEYS[key];
      if (format !== undefined) return { format, reason: `its top-level "${key}"` };
      cursor.expect(':');
      cursor.skip();
      if (!cursor.eat(',')) break;
    }
  } catch {
    // A document cut before any decisive key: nothing to go on.
  }
  return {
    format: undefined,
    reason:
      'it is JSON, but not a CloudFormation template, terraform show -json output, AWS CLI output or a trust file (no top-level key such as Resources, RoleDetailList, Role or policy)',
  };
}

function firstSignificant(text: string): number {
  let i = 0;
  // A byte-order mark is not content.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}
