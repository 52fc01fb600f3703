import { type IpRange, ipInRange, parseIpRange } from '../../../conditions/typed-values.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, falseWhenMissing } from '../../statement-facts.js';

/** Ranges that are never a caller's public address: RFC 1918, loopback, link-local, unique local. */
const PRIVATE = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
]
  .map((r) => parseIpRange(r))
  .filter((r): r is IpRange => r !== undefined);

function isPrivate(range: IpRange): boolean {
  return PRIVATE.some((p) => range.bits >= p.bits && ipInRange(range.address, p));
}

/**
 * Access Analyzer "Private IP address"; semantics reference §4.3 and §7 pattern 29:
 * aws:SourceIp holds the caller's public address, and is absent through VPC endpoints (where
 * aws:VpcSourceIp holds the private one).
 */
export const sourceIpPrivateRange = defineRule({
  id: 'source-ip-private-range',
  severity: 'warning',
  category: 'correctness',
  summary: 'aws:SourceIp compared only with private address ranges, which it never holds',
  docs: {
    references: [REF.globalKeys, REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Private IP address'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const c of clausesOf(s)) {
        if (c.key !== 'aws:sourceip' || c.op?.base.family !== 'ip' || c.clause.values.length === 0) continue;
        const ranges = c.clause.values.map((v) => parseIpRange(v.text));
        if (!ranges.every((r) => r !== undefined && isPrivate(r))) continue;
        const never = falseWhenMissing(c) && !c.op.base.negated;
        ctx.report(c.clause.path, {
          message: `aws:SourceIp holds the caller's public address, and every range under ${c.clause.operator} in ${statementLabel(s)} is private, so ${never ? 'this condition never holds' : 'this condition always holds'}.`,
          help: 'For calls through a VPC endpoint, test aws:VpcSourceIp together with aws:SourceVpc; otherwise list public ranges.',
        });
      }
    }
  },
});
