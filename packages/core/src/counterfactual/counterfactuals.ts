import type { ContextValue } from '../conditions/typed-values.js';
import type { RequestPrincipal } from '../diff/callers.js';
import { collectFacts, otherAccount } from '../diff/facts.js';
import { compile, type TrustInput } from '../evaluate/compile.js';
import { readPolicy } from '../model/read-policy.js';
import { clockOf } from '../request/clock.js';
import { policyChanges } from './policy-changes.js';
import { type Draft, requestChanges } from './request-changes.js';
import type { CounterfactualOptions, Counterfactuals } from './types.js';

const DEFAULT_MAX = 6;

/**
 * The smallest changes that flip the verdict of one request: changes to the request ("send
 * sts:ExternalId = X", "call from 203.0.113.0/24", "call as arn:...") and to the policy ("add this
 * principal", "remove or narrow this Deny"). Every suggestion was evaluated before it is
 * returned, with the verdict it gets. Pure and total: an unusable policy or request gives no
 * suggestions and a `problem`.
 */
export function counterfactuals(
  input: TrustInput,
  request: unknown,
  options: CounterfactualOptions = {},
): Counterfactuals {
  const now = clockOf(options.now);
  const max = options.max ?? DEFAULT_MAX;
  const policyText =
    typeof input.policy === 'string' ? input.policy : (JSON.stringify(input.policy, null, 2) ?? '');
  try {
    const compiled = compile({ policy: policyText, role: input.role });
    const evaluation = compiled.evaluate(request, { now });
    const decision = evaluation.decision;
    const target = decision === 'allow' ? 'deny' : 'allow';
    const empty = (problem: string): Counterfactuals => ({
      decision,
      target,
      request: [],
      policy: [],
      policyText,
      problem,
    });
    const source = readPolicy(policyText);
    if (compiled.policy === undefined || source.root === undefined)
      return empty(`The policy cannot be read: ${compiled.findings[0]?.message ?? 'it is not a policy'}`);
    if (
      evaluation.request.caller === undefined ||
      evaluation.request.findings.some((f) => f.severity === 'error')
    )
      return empty(
        `The request cannot be evaluated as written: ${evaluation.request.findings.find((f) => f.severity === 'error')?.message ?? 'it has no valid principal'}`,
      );
    const statements = compiled.policy.statements;
    const side = { compiled, statements };
    const facts = collectFacts([side, side]);
    const settings = { accounts: facts.accounts, otherAccount: otherAccount(facts.accounts), now };
    const base = draftOf(request, evaluation.request.action);
    return {
      decision,
      target,
      request:
        base === undefined
          ? []
          : requestChanges(
              {
                compiled,
                statements,
                now,
                base,
                current: evaluation,
                settings,
                variables: compiled.policy.variablesEnabled,
              },
              max,
            ),
      policy: policyChanges(
        {
          src: { root: source.root, text: policyText },
          statements,
          role: input.role ?? undefined,
          request,
          evaluation,
          now,
        },
        max,
      ),
      policyText,
    };
  } catch (error) {
    // Not reachable by design; kept so that "never throws" does not rest on that design alone.
    return {
      decision: 'implicit-deny',
      target: 'allow',
      request: [],
      policy: [],
      policyText,
      problem: `No changes could be computed: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}

function draftOf(request: unknown, action: string): Draft | undefined {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return undefined;
  const r = request as { principal?: unknown; context?: unknown };
  if (typeof r.principal !== 'object' || r.principal === null) return undefined;
  const context =
    typeof r.context === 'object' && r.context !== null && !Array.isArray(r.context)
      ? (r.context as Record<string, ContextValue>)
      : {};
  return { action, principal: r.principal as RequestPrincipal, context: { ...context } };
}
