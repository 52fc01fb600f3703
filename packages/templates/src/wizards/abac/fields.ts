import type { FieldMeta } from '../../types/wizard.js';
import type { AbacInput } from './schema.js';

export const abacFields: readonly FieldMeta<keyof AbacInput>[] = [
  {
    name: 'account',
    label: 'Account of the callers',
    help: 'The account whose users and roles may assume this role when they carry the tag.',
    kind: 'text',
    placeholder: '444455556666',
  },
  {
    name: 'tagKey',
    label: 'Tag key',
    help: 'Checked as aws:PrincipalTag/KEY: a tag on the calling user or role, or a session tag of the caller.',
    kind: 'text',
    placeholder: 'team',
  },
  {
    name: 'tagValues',
    label: 'Tag values',
    help: 'One value per row; any of them is enough.',
    kind: 'list',
    placeholder: 'payments',
  },
];
