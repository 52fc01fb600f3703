import type { JsonPath, JsonValue, Severity, Span, Suppression } from '@trustwright/core';
import type { PolicySourceMap } from './source-map.js';

/** The formats Trustwright reads. */
export const FORMATS = [
  'terraform',
  'terraform-json',
  'cloudformation-yaml',
  'cloudformation-json',
  'aws-iam-get-role',
  'aws-iam-list-roles',
  'aws-iam-authorization-details',
  'trust-file',
] as const;
export type FormatId = (typeof FORMATS)[number];

/** A file handed to an importer: a name for messages (a path, or what the user dropped) and its text. */
export interface InputFile {
  readonly name: string;
  readonly text: string;
}

/** A place in a file: UTF-16 offsets and the 1-based line and column of the start and end (end exclusive). */
export interface SourceLocation {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Something wrong with an input that is not a lint finding about a policy: a file that does
 * not parse, an export cut short, a policy that is an intrinsic function, a file with no role.
 * `error` means the input could not be read completely (the CLI exits 2 after reporting it).
 */
export interface ImportProblem {
  /** Stable kebab-case id. */
  readonly code: ImportProblemCode;
  readonly severity: Severity;
  readonly file: string;
  readonly message: string;
  readonly location?: SourceLocation;
  /** The role the problem belongs to (its address), when it belongs to one. */
  readonly address?: string;
}

export const IMPORT_PROBLEM_CODES = [
  'unknown-format',
  'file-too-large',
  'syntax-error',
  'truncated',
  'paginated-export',
  'no-trust-policy',
  'policy-unresolved',
  'policy-invalid',
  'unresolved-value',
  'unsupported-construct',
  'internal-error',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/**
 * A value in a policy that only the deployment tool can compute (`Fn::Sub`, `Ref`, a Terraform
 * interpolation). It stays in the policy as text in the `${...}` form both tools use, so it is
 * visible in the editor, and a policy value of that form matches no real caller.
 */
export interface UnresolvedValue {
  /** Path inside the imported policy. */
  readonly path: JsonPath;
  /** `Fn::Sub`, `Ref`, `Fn::GetAtt`, `Fn::Join`, ..., or `terraform` for an HCL expression. */
  readonly kind: string;
  /** The expression as written in the source (trimmed to 200 characters). */
  readonly expression: string;
  /** What stands in the policy instead. */
  readonly placeholder: string;
  readonly span: Span;
}

/** How the policy was written in its source. */
export type PolicyEncoding =
  | 'object'
  | 'json-string'
  | 'url-encoded'
  | 'heredoc'
  | 'jsonencode'
  | 'policy-document'
  | 'yaml';

/** One role found in a file, with its trust policy and where everything came from. */
export interface ImportedRole {
  readonly file: string;
  readonly format: FormatId;
  /**
   * Where the role sits in its source: a Terraform address (`aws_iam_role.ci`,
   * `module.app.aws_iam_role.task[0]`), a CloudFormation logical id, `RoleDetailList[12]`.
   */
  readonly address: string;
  /** The role name, when the source says it. */
  readonly name: string | undefined;
  /** The role ARN, when the source says it (account exports, state files, trust files). */
  readonly arn: string | undefined;
  /** The whole resource / role entry. */
  readonly location: SourceLocation;
  /** The trust policy as plain JSON; undefined when it cannot be read (see problems). */
  readonly policy: JsonValue | undefined;
  readonly encoding: PolicyEncoding | undefined;
  /** Maps a JSON path inside `policy` to a range of the source file (see `locate`). */
  readonly sourceMap: PolicySourceMap | undefined;
  readonly unresolved: readonly UnresolvedValue[];
  /** Problems with this role's import (the policy is an intrinsic, a value is unresolved, ...). */
  readonly problems: readonly ImportProblem[];
  /** What-if scenarios (trust files only), as the trust-file contract writes them. */
  readonly scenarios: readonly ImportedScenario[];
  /** Accepted findings with their reasons (trust files' top-level `suppressions`). */
  readonly suppressions: readonly Suppression[];
}

export interface ImportedScenario {
  readonly name: string;
  readonly request: unknown;
  readonly expect?: 'allow' | 'explicit-deny' | 'implicit-deny';
}

/** What one file gave: its roles, in source order, and the file's own problems. */
export interface ImportResult {
  readonly file: string;
  readonly format: FormatId | undefined;
  readonly roles: readonly ImportedRole[];
  readonly problems: readonly ImportProblem[];
}
