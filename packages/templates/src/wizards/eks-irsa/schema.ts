import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { reporter, text } from '../../wizard/schema-helpers.js';
import { parseIssuer } from './issuer.js';

/** Kubernetes names: a DNS label for namespaces, a DNS subdomain for service accounts. */
export const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const SERVICE_ACCOUNT = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

const shape = z.object({
  issuerUrl: text(),
  providerAccount: text(),
  namespace: text(),
  serviceAccount: text(),
});

export type EksIrsaInput = z.output<typeof shape>;

export function checkNamespace(value: string): string | undefined {
  if (value === '') return 'Enter the Kubernetes namespace.';
  if (/[*?]/.test(value))
    return 'Name one namespace: a wildcard lets service accounts of other namespaces in.';
  return NAMESPACE.test(value)
    ? undefined
    : 'A namespace is lowercase letters, digits and hyphens (up to 63), starting and ending with a letter or digit.';
}

export function checkServiceAccount(value: string): string | undefined {
  if (value === '') return 'Enter the Kubernetes service account name.';
  if (/[*?]/.test(value)) return 'Name one service account: a wildcard lets other service accounts in.';
  return SERVICE_ACCOUNT.test(value)
    ? undefined
    : 'A service account name is lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.';
}

export const eksIrsaSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    if (v.issuerUrl === '') report('issuerUrl', "Enter the cluster's OIDC issuer URL.");
    else if (parseIssuer(v.issuerUrl) === undefined)
      report(
        'issuerUrl',
        'An EKS issuer URL looks like https://oidc.eks.eu-west-1.amazonaws.com/id/5C3A9E1F0B7D24A6E8F1C0D9B2A74E61 (aws eks describe-cluster --query cluster.identity.oidc.issuer).',
      );
    report('providerAccount', checkAccountId(v.providerAccount));
    report('namespace', checkNamespace(v.namespace));
    report('serviceAccount', checkServiceAccount(v.serviceAccount));
  })
  .transform((v): EksIrsaInput => {
    const issuer = parseIssuer(v.issuerUrl);
    return { ...v, issuerUrl: issuer === undefined ? v.issuerUrl : `https://${issuer.host}` };
  });
