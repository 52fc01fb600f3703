import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES, source } from '../../test/fixtures.js';
import type { InputFile } from '../model/types.js';
import { nextBatch, type ScanEvent, scan, scanAll } from './scan.js';

const NOW = Date.parse('2026-12-05T10:00:00Z');

function allSources(dir = SOURCES): InputFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? allSources(path) : [source(relative(SOURCES, path))];
    });
}

describe('scan', () => {
  const files = allSources();
  const report = scanAll(files, { now: NOW });

  it('reads every fixture, reviews every readable role and counts them', () => {
    expect(report.summary.files).toBe(files.length);
    expect(report.summary.roles).toBe(report.roles.length);
    expect(report.summary.reviewed).toBe(report.roles.filter((r) => r.reviewed).length);
    expect(report.roles.map((r) => r.index)).toEqual(report.roles.map((_, i) => i));
  });

  it('summarises by severity and by rule, consistently with the roles', () => {
    const findings = report.roles.flatMap((r) => r.findings);
    for (const severity of ['error', 'warning', 'info'] as const)
      expect(report.summary.findings[severity]).toBe(findings.filter((f) => f.severity === severity).length);
    for (const rule of report.summary.rules) {
      expect(rule.findings).toBe(findings.filter((f) => f.code === rule.code).length);
      expect(rule.roles).toBe(
        report.roles.filter((r) => r.findings.some((f) => f.code === rule.code)).length,
      );
    }
    expect(report.summary.rules.map((r) => r.severity)).toEqual(
      [...report.summary.rules.map((r) => r.severity)].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
  });

  it('says who can assume each role, relative to its account', () => {
    const open = report.roles.find((r) => r.name === 'open-to-everyone');
    expect(open?.who).toMatchObject([{ kind: 'any-aws', relation: 'any', conditions: [] }]);
    const org = report.roles.find(
      (r) => r.name === 'OrganizationAccountAccessRole' && r.file.endsWith('details.json'),
    );
    expect(org?.who).toMatchObject([{ kind: 'root', account: '999988887777', relation: 'external' }]);
    const testRole = report.roles.find((r) => r.name === 'Test-Role');
    expect(testRole?.who).toMatchObject([{ relation: 'same', account: '123456789012' }]);
    const cdk = report.roles.find((r) => r.address === 'CrossAccountRole1A2B3C4D');
    expect(cdk?.who).toMatchObject([{ kind: 'unresolved', account: '444455556666' }]);
    expect(report.summary.trust.externalAccounts).toContain('999988887777');
    expect(report.summary.trust.services).toContain('ec2.amazonaws.com');
    expect(report.summary.trust.federatedProviders).toContain(
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    );
  });

  it('drops findings about placeholders, keeping the unresolved-value finding', () => {
    const deploy = report.roles.find((r) => r.address === 'DeployRole');
    expect(deploy?.findings.map((f) => f.code)).toEqual([
      'unresolved-value',
      'unresolved-value',
      'unresolved-value',
    ]);
  });

  it('runs a trust file scenarios', () => {
    const trust = {
      name: 'x.trust.json',
      text: JSON.stringify({
        role: 'arn:aws:iam::111122223333:role/r',
        policy: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        },
        scenarios: [
          {
            name: 'ec2',
            request: { action: 'sts:AssumeRole', principal: { Service: 'ec2.amazonaws.com' } },
            expect: 'allow',
          },
          {
            name: 'wrong',
            request: { action: 'sts:AssumeRole', principal: { Service: 'lambda.amazonaws.com' } },
            expect: 'allow',
          },
        ],
      }),
    };
    const r = scanAll([trust], { now: NOW });
    expect(r.roles[0]?.scenarios).toEqual([
      { name: 'ec2', expect: 'allow', pass: true, decision: 'allow' },
      { name: 'wrong', expect: 'allow', pass: false, decision: 'implicit-deny' },
    ]);
    expect(r.summary.scenarios).toEqual({ passed: 1, failed: 1, unchecked: 0 });
  });

  it('yields progress as it goes and the same results in batches', () => {
    const events: ScanEvent[] = [];
    const it = scan(files, { now: NOW, progressEvery: 2 });
    let summary: unknown;
    for (;;) {
      const batch = nextBatch(it, 7);
      events.push(...batch.events);
      if (batch.summary !== undefined) {
        summary = batch.summary;
        break;
      }
    }
    expect(summary).toEqual(report.summary);
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e.progress] : []));
    expect(progress.length).toBeGreaterThan(files.length);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.charsDone).toBeGreaterThanOrEqual(progress[i - 1]?.charsDone ?? 0);
    expect(progress.at(-1)).toMatchObject({ filesDone: files.length, charsDone: progress.at(-1)?.chars });
  });
});

describe('bad input never throws, and the other files are still scanned', () => {
  const good = { ...source('terraform/jsonencode/main.tf'), name: 'elsewhere/good.tf' };

  it('a file too large to read whole gets a message naming it', () => {
    const big = { name: 'huge.tf', text: `# ${'x'.repeat(100 * 1024 * 1024)}` };
    const r = scanAll([big, good], { now: NOW });
    expect(r.problems).toMatchObject([
      {
        file: 'huge.tf',
        code: 'file-too-large',
        severity: 'error',
        message: expect.stringContaining('104,857,602 characters'),
      },
    ]);
    expect(r.roles.length).toBe(3);
  });

  it('unknown formats say what the file is not', () => {
    const r = scanAll([{ name: 'notes.md', text: '# Notes' }, good], { now: NOW });
    expect(r.problems[0]).toMatchObject({ file: 'notes.md', code: 'unknown-format' });
    expect(r.roles.length).toBe(3);
  });

  it('every fixture cut at any place, or with a character changed, is read without throwing', () => {
    const files = allSources();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.constantFrom('{', '}', '"', '[', ']', ',', ':', '\\', '$', '%', '\n', '!', '<<', '#')),
        (index, at, insert) => {
          const file = files[index] as InputFile;
          const cut = Math.floor(file.text.length * at);
          const text =
            insert === null
              ? file.text.slice(0, cut)
              : file.text.slice(0, cut) + insert + file.text.slice(cut + 1);
          const report = scanAll([{ name: file.name, text }, good], { now: NOW });
          // The good file is always there, whatever happened to the other one.
          expect(report.roles.filter((r) => r.file === good.name)).toHaveLength(3);
          for (const p of report.problems) expect(p.message).not.toBe('');
          expect(report.problems.some((p) => p.code === 'internal-error')).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
