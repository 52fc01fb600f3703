import { describePolicy } from '@trustwright/core';
import { useMemo } from 'react';
import { useAnalysis } from '../analysis/analysis-context';
import { useEditorBridge } from '../editor/editor-bridge';
import { memberSpan } from '../editor/member-span';
import { useWorkspace } from '../state/workspace-store';

/** "Who can assume this role": each statement as a sentence, each clause linked to its JSON. */
export function WhoPanel() {
  const policyText = useWorkspace((s) => s.policyText);
  const role = useWorkspace((s) => s.role);
  const { policy } = useAnalysis();
  const reveal = useEditorBridge((s) => s.reveal);
  const description = useMemo(
    () => (policy.paused ? undefined : describePolicy({ policy: policyText, role }, { now: Date.now() })),
    [policy, policyText, role],
  );
  if (description === undefined) return null;
  const root = policy.paused ? undefined : policy.compiled.source.root;
  return (
    <section className="panel who" aria-label="Who can assume this role">
      <header className="panel-header">
        <h2>Who can assume this role</h2>
      </header>
      {description.problem !== undefined && <p className="empty">{description.problem}</p>}
      <ol className="who-list">
        {description.statements.map((s) => (
          <li key={s.index} className={`who-statement effect-${s.effect ?? 'none'}`}>
            {s.parts.map((part, i) => {
              const span =
                part.path === undefined || root === undefined ? undefined : memberSpan(root, part.path);
              return span === undefined ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence never reorder.
                <span key={i}>{part.text}</span>
              ) : (
                <button
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                  key={i}
                  type="button"
                  className="link clause"
                  title="Show in the policy"
                  onClick={() => reveal(span)}
                >
                  {part.text}
                </button>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
