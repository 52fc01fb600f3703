import type { RoleArn } from '../arn/arn.js';
import type { Category, Finding, RelatedLocation, Severity, Suggestion } from '../diagnostics/finding.js';
import type { JsonNode } from '../json/json-node.js';
import type { JsonPath, PathTarget } from '../json/json-path.js';
import type { Policy } from '../model/policy.js';

/** What a rule sees. Rules report paths; the engine turns them into spans. */
export interface RuleContext {
  readonly policy: Policy;
  readonly root: JsonNode;
  /** The policy's text (compact JSON when the policy came as a value). */
  readonly text: string;
  readonly role: RoleArn | undefined;
  /** The evaluation clock (epoch ms), for rules about dates relative to today. */
  readonly now: number;
  report(path: JsonPath, report: RuleReport): void;
}

export interface RuleReport {
  readonly message: string;
  readonly help?: string;
  readonly target?: PathTarget;
  readonly related?: readonly RelatedLocation[];
  readonly suggestions?: readonly Suggestion[];
}

export interface Rule {
  /** Kebab-case, describes the problem, never renamed: it is the finding's code. */
  readonly id: string;
  readonly severity: Severity;
  readonly category: Category;
  /** One line for catalogues. */
  readonly summary: string;
  /** Where the rule comes from; the rule's README.md is its full doc page. */
  readonly docs?: RuleDocs;
  check(ctx: RuleContext): void;
}

/** Documentation metadata shown beside a finding and checked against the rule's README.md. */
export interface RuleDocs {
  /** AWS pages (and other primary sources) that back the rule. */
  readonly references: readonly RuleReference[];
  /** The IAM Access Analyzer check(s) this rule corresponds to, by their published titles. */
  readonly accessAnalyzer?: readonly string[];
}

export interface RuleReference {
  readonly title: string;
  readonly url: string;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Finding };
