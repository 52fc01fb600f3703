/** EKS OIDC issuers: https://oidc.eks.REGION.amazonaws.com[.cn]/id/CLUSTERID (semantics reference §5.4, §8.6). */
const ISSUER =
  /^(?:https:\/\/)?(oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]{1,64}))\/?$/;

export interface Issuer {
  /** Host and path without https://: the condition-key prefix and the provider ARN's resource. */
  readonly host: string;
  readonly region: string;
  readonly partition: string;
  readonly id: string;
}

export function parseIssuer(url: string): Issuer | undefined {
  const m = ISSUER.exec(url);
  if (m === null) return undefined;
  const region = m[2] as string;
  const partition = m[3] !== undefined ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return { host: m[1] as string, region, partition, id: m[4] as string };
}

export function providerArn(issuer: Issuer, account: string): string {
  return `arn:${issuer.partition}:iam::${account}:oidc-provider/${issuer.host}`;
}
