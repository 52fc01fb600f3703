import { parseArn } from '@trustwright/core';
import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { GithubActionsInput } from './schema.js';
import { ISSUER, type ParsedSubject, parseSubject } from './subject.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<GithubActionsInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined)
    return notInShape(extra, 'is one more statement than the GitHub Actions wizard writes');
  const providers = principalValues(only, 'Federated');
  if (principalTypes(only).length !== 1 || providers.length !== 1)
    return notInShape(only, 'does not trust exactly one OIDC provider');
  const arn = parseArn(providers[0] as string);
  if (arn === undefined || arn.resource !== `oidc-provider/${ISSUER}`)
    return notInShape(only, `does not trust the ${ISSUER} OIDC provider`);
  const key = `${ISSUER}:sub`;
  const odd = only.conditions.find(
    (c) => c.key.toLowerCase() === key && c.operator !== 'StringEquals' && c.operator !== 'StringLike',
  );
  if (odd !== undefined)
    return notInShape(
      only,
      `tests ${key} with ${odd.operator}; the wizard writes StringEquals or StringLike`,
    );
  const raw = conditionValues(only, 'StringEquals', key) ?? conditionValues(only, 'StringLike', key);
  if (raw === undefined)
    return notInShape(only, `has no ${key} condition: without it any GitHub repository can assume the role`);
  const parsed: ParsedSubject[] = [];
  for (const sub of raw) {
    const p = parseSubject(sub);
    if (p === undefined)
      return notInShape(only, `has the subject "${sub}", which is not in GitHub's default sub format`);
    parsed.push(p);
  }
  const first = parsed[0] as ParsedSubject;
  const mixed = parsed.find((p) => p.org !== first.org || p.kind !== first.kind);
  if (mixed !== undefined)
    return notInShape(
      only,
      'mixes organizations or kinds of workflow in its subjects; the wizard writes one of each',
    );
  const isImmutable = first.ownerId !== undefined;
  if (
    parsed.some((p) => (p.ownerId !== undefined) !== isImmutable || (p.repoId !== undefined) !== isImmutable)
  )
    return notInShape(
      only,
      'mixes immutable subjects (repo:ORG@ID/REPO@ID) with names-only ones; the wizard writes one format',
    );
  if (parsed.some((p) => p.ownerId !== first.ownerId))
    return notInShape(only, 'has subjects with different owner IDs for one organization');
  // Repositories in first-seen order; with immutable subjects each keeps its ID beside it.
  const repos: string[] = [];
  const repoIds: string[] = [];
  for (const p of parsed) {
    const at = repos.indexOf(p.repo);
    if (at < 0) {
      repos.push(p.repo);
      repoIds.push(p.repoId ?? '');
    } else if (repoIds[at] !== (p.repoId ?? ''))
      return notInShape(only, `gives the repository ${p.repo} two different IDs in its subjects`);
  }
  const single = (k: string) => conditionValues(only, 'StringEquals', `${ISSUER}:${k}`);
  const owner = single('repository_owner_id');
  if (owner !== undefined && owner.length !== 1)
    return notInShape(only, 'lists several owner IDs; the wizard writes one organization');
  const workflows =
    conditionValues(only, 'StringEquals', `${ISSUER}:job_workflow_ref`) ??
    conditionValues(only, 'StringLike', `${ISSUER}:job_workflow_ref`) ??
    [];
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      providerAccount: arn.account,
      org: first.org,
      ownerId: isImmutable ? (first.ownerId ?? '') : (owner?.[0] ?? ''),
      repos,
      subjectFormat: isImmutable ? 'immutable' : 'names',
      refKind: first.kind,
      refs: first.kind === 'pull_request' ? [] : [...new Set(parsed.map((p) => p.ref))],
      repositoryIds: isImmutable ? repoIds : [...(single('repository_id') ?? [])],
      jobWorkflowRefs: [...workflows],
    },
  };
}
