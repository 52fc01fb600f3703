import { describe, expect, it } from 'vitest';
import { policyOf } from './policy/build-helpers.js';
import { getWizard, recognizeAny, WIZARDS } from './registry.js';

describe('WIZARDS', () => {
  it('lists the eleven wizards in order, each with a title and description', () => {
    expect(WIZARDS.map((w) => w.id)).toEqual([
      'third-party-auditor',
      'org-wide',
      'service-role',
      'saml',
      'github-actions',
      'eks-irsa',
      'eks-pod-identity',
      'cognito',
      'google',
      'role-chaining',
      'abac',
    ]);
    for (const w of WIZARDS) {
      expect(w.title.length).toBeGreaterThan(3);
      expect(w.description.length).toBeGreaterThan(20);
      expect(getWizard(w.id)).toBe(w);
    }
  });

  it('run validates before building', () => {
    const wizard = getWizard('third-party-auditor');
    const bad = wizard?.run({ ...(wizard.example as object), trustedAccount: '12345678901' });
    expect(bad).toEqual({
      ok: false,
      errors: { trustedAccount: 'An AWS account id has exactly 12 digits.' },
    });
  });

  it("each example's policy is recognized by its own wizard and no other", () => {
    for (const w of WIZARDS) {
      const result = w.run(w.example);
      if (!result.ok) throw new Error(`${w.id} example invalid`);
      const policy = policyOf(result.output.statements);
      expect(recognizeAny(policy).map((r) => r.id)).toEqual([w.id]);
      expect(w.recognize(policy, w.example)).toEqual({ ok: true, input: result.input });
    }
  });

  it('a policy no wizard writes is recognized by none, and each wizard says why', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
    };
    expect(recognizeAny(policy)).toEqual([]);
    for (const w of WIZARDS) {
      const result = w.recognize(policy);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    }
  });
});
