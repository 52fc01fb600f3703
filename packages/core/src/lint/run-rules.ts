import type { RoleArn } from '../arn/arn.js';
import { compareFindings, type Finding, type Severity } from '../diagnostics/finding.js';
import { spanAt } from '../json/json-path.js';
import type { Policy } from '../model/policy.js';
import type { PolicySource } from '../model/read-policy.js';
import type { Rule, RuleContext } from './define-rule.js';

export interface RunRulesOptions {
  readonly rules: readonly Rule[];
  readonly role: RoleArn | undefined;
  readonly now: number;
}

/** Runs rules over a readable policy; a rule that throws becomes a finding, never a crash. */
export function runRules(source: PolicySource, policy: Policy, options: RunRulesOptions): Finding[] {
  const root = source.root;
  if (root === undefined) return [];
  const findings: Finding[] = [];
  let rule: Rule | undefined;
  // One context for the whole run; `rule` says whose finding a report is.
  const ctx: RuleContext = {
    policy,
    root,
    text: source.text,
    role: options.role,
    now: options.now,
    report(path, report) {
      if (rule === undefined) return;
      const target = report.target ?? 'value';
      const span = spanAt(root, path, target);
      findings.push({
        code: rule.id,
        severity: rule.severity,
        category: rule.category,
        message: report.message,
        path,
        target,
        ...(span === undefined ? {} : { span }),
        ...(report.help === undefined ? {} : { help: report.help }),
        ...(report.related === undefined ? {} : { related: report.related }),
        ...(report.suggestions === undefined ? {} : { suggestions: report.suggestions }),
      });
    },
  };
  for (const current of options.rules) {
    rule = current;
    try {
      current.check(ctx);
    } catch (error) {
      findings.push(internalError(current.id, error));
    }
  }
  return findings.sort(compareFindings);
}

function internalError(ruleId: string, error: unknown): Finding {
  const severity: Severity = 'warning';
  return {
    code: 'internal-rule-error',
    severity,
    category: 'correctness',
    message: `Rule ${ruleId} failed on this policy (${error instanceof Error ? error.message : String(error)}); please report it.`,
    path: [],
    target: 'value',
  };
}
