import { canonicalPrincipalValue } from './canonical-statement.js';
import {
  principalTypes,
  principalValues,
  type ShapeCondition,
  type ShapeStatement,
} from './read-statements.js';

/**
 * Says in words how a statement found in a policy differs from the one the wizard would write
 * for the same input: the reason a reviewer sees when a hand edit left the wizard's shape.
 */
export function describeDifference(found: ShapeStatement, expected: ShapeStatement): string {
  const reasons: string[] = [];
  if (found.problem !== undefined) reasons.push(found.problem);
  for (const element of found.extraElements) {
    if (!expected.extraElements.includes(element))
      reasons.push(`it has ${element}, which the wizard does not write`);
  }
  if (found.effect !== expected.effect)
    reasons.push(
      `its Effect is ${found.effect ?? 'missing'}; the wizard writes ${expected.effect ?? 'none'}`,
    );
  reasons.push(...principalDifferences(found, expected));
  reasons.push(...actionDifferences(found, expected));
  reasons.push(...conditionDifferences(found, expected));
  return reasons.length === 0 ? 'it differs from what the wizard writes' : reasons.slice(0, 3).join('; ');
}

function principalDifferences(found: ShapeStatement, expected: ShapeStatement): string[] {
  if (found.principal === '*') return ['its Principal is the bare string "*"'];
  if (found.principal === undefined) return ['it has no Principal'];
  const out: string[] = [];
  for (const type of new Set([...principalTypes(found), ...principalTypes(expected)])) {
    const has = new Set(principalValues(found, type).map((v) => canonicalPrincipalValue(type, v)));
    const want = new Set(principalValues(expected, type).map((v) => canonicalPrincipalValue(type, v)));
    const extra = [...has].filter((v) => !want.has(v));
    const missing = [...want].filter((v) => !has.has(v));
    if (extra.length > 0) out.push(`its Principal ${type} also names ${extra.join(', ')}`);
    if (missing.length > 0) out.push(`its Principal ${type} does not name ${missing.join(', ')}`);
  }
  return out;
}

function actionDifferences(found: ShapeStatement, expected: ShapeStatement): string[] {
  const has = new Set(found.actions.map((a) => a.toLowerCase()));
  const want = new Set(expected.actions.map((a) => a.toLowerCase()));
  const extra = found.actions.filter((a) => !want.has(a.toLowerCase()));
  const missing = expected.actions.filter((a) => !has.has(a.toLowerCase()));
  const out: string[] = [];
  if (extra.length > 0) out.push(`it also allows ${extra.join(', ')}, which the wizard does not write`);
  if (missing.length > 0) out.push(`it does not list ${missing.join(', ')}`);
  return out;
}

function conditionDifferences(found: ShapeStatement, expected: ShapeStatement): string[] {
  const id = (c: ShapeCondition) => `${c.operator}\u0000${c.key.toLowerCase()}`;
  const wanted = new Map(expected.conditions.map((c) => [id(c), c]));
  const present = new Map(found.conditions.map((c) => [id(c), c]));
  const out: string[] = [];
  for (const c of found.conditions) {
    const want = wanted.get(id(c));
    if (want === undefined)
      out.push(`it has the condition ${c.operator} ${c.key}, which the wizard does not write`);
    else if ([...new Set(c.values)].sort().join('\n') !== [...new Set(want.values)].sort().join('\n'))
      out.push(
        `${c.operator} ${c.key} has ${JSON.stringify(c.values)}; the wizard writes ${JSON.stringify(want.values)}`,
      );
  }
  for (const c of expected.conditions) {
    if (!present.has(id(c))) out.push(`it lacks the condition ${c.operator} ${c.key} that the wizard writes`);
  }
  return out;
}
