/** Names the exports need, each from the role name: a Terraform label, a logical id, a role name. */
export interface ExportOptions {
  /** The IAM role name (`RoleName`, `name`, `--role-name`). Default `trust-role`. */
  readonly roleName?: string;
}

export function roleNameOf(options: ExportOptions): string {
  const name = options.roleName?.trim();
  return name === undefined || name === '' ? 'trust-role' : name;
}

/** A Terraform resource label: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function terraformLabel(name: string): string {
  const label = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(label) ? label : `role_${label}`;
}

/** A CloudFormation logical id (and CDK construct id): letters and digits only. */
export function logicalId(name: string): string {
  const id = name
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
  return id === '' ? 'TrustRole' : /^[A-Za-z]/.test(id) ? id : `Role${id}`;
}
