import type { FieldMeta } from '../../types/wizard.js';
import type { OrgWideInput } from './schema.js';

export const orgWideFields: readonly FieldMeta<keyof OrgWideInput>[] = [
  {
    name: 'orgId',
    label: 'Organization id',
    help: 'The AWS Organizations id (o-...). Every IAM user and role session in any account of this organization can assume the role, if its own identity policy allows it.',
    kind: 'text',
    placeholder: 'o-k3x9q2m7vd',
  },
  {
    name: 'orgPaths',
    label: 'Limit to OU paths',
    help: 'Optional. Organization paths (o-.../r-.../ou-.../), one per row; end a path with * to include the OUs below it. Checked with ForAnyValue:StringLike on aws:PrincipalOrgPaths.',
    kind: 'list',
    placeholder: 'o-k3x9q2m7vd/r-7h2c/ou-7h2c-4gq8ztbp/*',
  },
];
