import { type Finding, formatPath, type Severity } from '@trustwright/core';
import { useEffect, useRef } from 'react';
import { useAnalysis } from '../analysis/analysis-context';
import { useWorkspace } from '../state/workspace-store';
import { FindingItem, type Resolved } from './finding-item';

const GROUPS: { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'Errors: AWS would reject the policy' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

/** Every finding on the policy, grouped by severity; each one jumps to its place. */
export function FindingsPanel({ readOnly }: { readonly readOnly: boolean }) {
  const { policy } = useAnalysis();
  const unsuppress = useWorkspace((s) => s.unsuppress);
  const heading = useRef<HTMLHeadingElement>(null);
  const acceptedSummary = useRef<HTMLElement>(null);
  // A fix, an accept or "Report it again" removes the button that was pressed: once the list
  // has followed, the focus goes where the finding went (Accepted) or to the panel's heading.
  const focusAfter = useRef<Resolved | undefined>(undefined);
  useEffect(() => {
    const where = focusAfter.current;
    if (where === undefined) return;
    focusAfter.current = undefined;
    (where === 'accepted' ? (acceptedSummary.current ?? heading.current) : heading.current)?.focus();
  });
  const resolved = (where: Resolved) => {
    focusAfter.current = where;
  };
  if (policy.paused)
    return (
      <section className="panel findings" aria-label="Findings">
        <header className="panel-header">
          <h2>Findings</h2>
        </header>
        <p className="empty">
          {policy.reason === 'starting'
            ? 'Checking the policy…'
            : 'Paused: the policy is far over the size AWS accepts, so it is not checked while it is this long.'}
        </p>
      </section>
    );
  const { findings, suppressed, lines } = policy;
  return (
    <section className="panel findings" aria-label="Findings">
      <header className="panel-header">
        <h2 ref={heading} tabIndex={-1}>
          Findings
        </h2>
        <span className="count">{countText(findings)}</span>
      </header>
      {findings.length === 0 && (
        <p className="empty">No findings: AWS would accept this policy and nothing looks risky.</p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`finding-group ${severity}`}>
            <h3>
              {title} ({group.length})
            </h3>
            <ul>
              {group.map((f) => (
                <FindingItem
                  key={findingKey(f)}
                  finding={f}
                  lines={lines}
                  readOnly={readOnly}
                  onResolved={resolved}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {suppressed.length > 0 && (
        <details className="finding-group suppressed">
          <summary ref={acceptedSummary}>Accepted ({suppressed.length})</summary>
          <ul>
            {suppressed.map((f) => (
              <li key={findingKey(f)} className="finding">
                <span className="finding-code">{f.code}</span>
                <span className="finding-message">{f.message}</span>
                <span className="finding-help">Accepted: {f.suppressed.reason}</span>
                {!readOnly && (
                  <button
                    type="button"
                    onClick={() => {
                      unsuppress(f.code, suppressionPath(f));
                      resolved('heading');
                    }}
                  >
                    Report it again
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The suppression that accepted this finding: same rule, at its path or a path above it. */
function suppressionPath(f: Finding): string | undefined {
  const where = formatPath(f.path);
  const { suppressions } = useWorkspace.getState();
  return suppressions.find((s) => s.code === f.code && (s.path === undefined || where.startsWith(s.path)))
    ?.path;
}

/** Code, place and message identify a finding within one text. */
function findingKey(f: Finding): string {
  return `${f.code}|${f.span?.start ?? ''}|${f.span?.end ?? ''}|${f.message}`;
}

function countText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const others = findings.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${others} other`;
}
