// The side-by-side figure: the same trust-policy decisions asked of @cloud-copilot/iam-simulate.
// It is AGPL, so it is never a dependency of this repository: install it in a throwaway directory
// (`mkdir /tmp/peer && cd /tmp/peer && npm init -y && npm i @cloud-copilot/iam-simulate`) and set
// TRUSTWRIGHT_PEER_DIR=/tmp/peer. Only its public `runSimulation` is called.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Loads the peer from `dir`, or returns undefined when the variable is unset. */
export async function loadPeer(dir) {
  if (dir === undefined || dir === '') return undefined;
  const entry = join(dir, 'node_modules/@cloud-copilot/iam-simulate/dist/esm/index.js');
  if (!existsSync(entry))
    throw new Error(`TRUSTWRIGHT_PEER_DIR: no @cloud-copilot/iam-simulate under ${dir}`);
  const peer = await import(pathToFileURL(entry).href);
  return peer.runSimulation;
}

const SESSION_TAG_KEY = /^(aws:requesttag\/|aws:tagkeys$|sts:transitivetagkeys$)/i;

/**
 * The simulations that ask the peer what one `compiled.evaluate(request)` answers, made equal:
 * - the trust policy is the resource policy of the role (`resource` is the role ARN, in the
 *   role's account), the action and the caller's ARN are the request's;
 * - context values are the request's, as strings (the peer takes strings only);
 * - the peer decides the whole cross-account call, so an AWS caller gets the identity policy it
 *   needs (Allow the action on this role): our evaluator decides the trust policy alone and
 *   reports that identity-policy requirement instead;
 * - a federated caller is the provider's ARN (the peer's principal is one string);
 * - a request with session tags also needs sts:TagSession, which our evaluate decides in the
 *   same call (a companion requirement): the peer gets a second simulation for it.
 * Returns undefined for service callers, which the bench does not have.
 */
export function peerSimulations(policy, request, role) {
  const caller = request.principal.AWS ?? request.principal.Federated;
  if (caller === undefined) return undefined;
  const action = request.action ?? 'sts:AssumeRole';
  const context = Object.fromEntries(
    Object.entries(request.context ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]),
  );
  const actions = Object.keys(context).some((k) => SESSION_TAG_KEY.test(k))
    ? [action, 'sts:TagSession']
    : [action];
  return actions.map((a) => ({
    request: {
      principal: caller,
      action: a,
      resource: { resource: role, accountId: role.split(':')[4] },
      contextVariables: context,
    },
    identityPolicies:
      request.principal.AWS === undefined
        ? []
        : [
            {
              name: 'assume-this-role',
              policy: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: actions, Resource: role }],
              },
            },
          ],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: policy,
  }));
}

/** Runs the simulations once; the verdicts, to check the peer agrees before timing it. */
export async function peerVerdicts(runSimulation, simulations) {
  const out = [];
  for (const s of simulations) {
    const result = await runSimulation(s, {});
    out.push(result.resultType === 'error' ? `error: ${result.errors.message}` : result.overallResult);
  }
  return out;
}

/** Median ns per evaluation (all simulations of one request) over `rounds` batches of `n`. */
export async function measurePeer(runSimulation, simulations, n, rounds) {
  for (let i = 0; i < n; i++) for (const s of simulations) await runSimulation(s, {});
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) for (const s of simulations) await runSimulation(s, {});
    samples.push(Number(process.hrtime.bigint() - start) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
