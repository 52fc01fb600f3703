/**
 * Whether a service principal sends aws:SourceArn / aws:SourceAccount when it assumes a role.
 *
 * The confused-deputy page recommends these keys for service principals in general, and the
 * services' own guides put them in the trust policies of the roles they assume (Lambda's
 * execution-role page: "you can include the aws:SourceAccount and aws:SourceArn global condition
 * context keys in your role trust policy"). So every service is expected to send them, except the
 * few below that are reported not to: requiring a key that never arrives would break the role.
 * AWS documents no such exception; each entry says where the report comes from. Add a service
 * only with a source.
 */
export interface ServiceWithoutSourceKeys {
  /** The service principal, as written in a trust policy (`.amazonaws.com`). */
  readonly principal: string;
  /** What the service assumes the role for. */
  readonly use: string;
  /** Where it is reported that the keys are absent. */
  readonly source: string;
  readonly url: string;
}

export const SERVICES_WITHOUT_SOURCE_KEYS: readonly ServiceWithoutSourceKeys[] = [
  {
    principal: 'ec2.amazonaws.com',
    use: 'instance profile credentials',
    source:
      'Trustwright semantics reference §8.3: no aws:SourceArn/aws:SourceAccount are documented for this flow [Obs]; a Prowler false-positive report on ec2.amazonaws.com trust policies.',
    url: 'https://github.com/prowler-cloud/prowler/issues/2810',
  },
  {
    principal: 'glue.amazonaws.com',
    use: 'AWS Glue jobs and crawlers',
    source:
      'Trustwright semantics reference §7 #10: users report the keys are absent [Obs], in the same Prowler report.',
    url: 'https://github.com/prowler-cloud/prowler/issues/2810',
  },
];

const WITHOUT = new Map(SERVICES_WITHOUT_SOURCE_KEYS.map((s) => [s.principal, s]));

/**
 * The entry for a service that is reported not to send the keys, or undefined when the keys are
 * expected. China Regions' `.amazonaws.com.cn` names count as the same service.
 */
export function serviceWithoutSourceKeys(principal: string): ServiceWithoutSourceKeys | undefined {
  const name = principal.toLowerCase();
  return WITHOUT.get(name.endsWith('.amazonaws.com.cn') ? name.slice(0, -3) : name);
}
