import type { FieldMeta } from '../../types/wizard.js';
import type { RoleChainingInput } from './schema.js';

export const roleChainingFields: readonly FieldMeta<keyof RoleChainingInput>[] = [
  {
    name: 'method',
    label: 'How to pin the source role',
    help: 'Both let only sessions of one role assume this one.',
    kind: 'select',
    options: [
      {
        value: 'principal-arn',
        label: 'By ARN (aws:PrincipalArn)',
        help: "Trusts the role's account and pins the role with ArnEquals aws:PrincipalArn. Survives the source role being deleted and re-created; the caller also needs an identity policy allowing sts:AssumeRole on this role.",
      },
      {
        value: 'role-id',
        label: 'By role id (aws:userid)',
        help: 'Names the role in Principal and pins its unique id and session names with StringLike aws:userid (AROA...:SESSION). Breaks if the role is re-created: that is the point.',
      },
    ],
  },
  {
    name: 'roleArn',
    label: 'Source role ARN',
    help: 'The role whose sessions may assume this one, with its path.',
    kind: 'text',
    placeholder: 'arn:aws:iam::444455556666:role/ci/deployer',
  },
  {
    name: 'roleId',
    label: 'Source role id',
    help: "The role's unique id (aws iam get-role --role-name NAME --query Role.RoleId). It cannot be derived from the ARN.",
    kind: 'text',
    placeholder: 'AROAEXAMPLEDEPLOYER1',
    visibleWhen: { field: 'method', equals: ['role-id'] },
  },
  {
    name: 'sessionPattern',
    label: 'Session names',
    help: 'Which session names of that role may call: * for any, or a pattern such as build-*.',
    kind: 'text',
    placeholder: 'build-*',
    visibleWhen: { field: 'method', equals: ['role-id'] },
  },
];
