import { type ExplanationLine, explain } from '@trustwright/core';
import { useMemo } from 'react';
import { useAnalysis } from '../analysis/analysis-context';
import type { ScenarioOutcome } from '../analysis/analyze';
import { useEditorBridge } from '../editor/editor-bridge';
import { memberSpan } from '../editor/member-span';
import { VerdictBadge } from './verdict-badge';

const SECTIONS: { readonly title: string; readonly kinds: readonly ExplanationLine['kind'][] }[] = [
  { title: 'Statements', kinds: ['statement', 'principal', 'action', 'condition'] },
  { title: 'What would change the answer', kinds: ['change'] },
  { title: 'What AWS also checks', kinds: ['requirement'] },
  { title: 'Values the request did not give', kinds: ['request-value'] },
  { title: 'Problems', kinds: ['problem'] },
];

/** Why a scenario gets its verdict: core's explanation, each line linked to its place in the policy. */
export function WhyPanel({ name, outcome }: { readonly name: string; readonly outcome: ScenarioOutcome }) {
  const { policy } = useAnalysis();
  const reveal = useEditorBridge((s) => s.reveal);
  // Lines have no id of their own; their place in the trace is stable for one evaluation.
  const lines = useMemo(
    () => explain(outcome.evaluation).map((line, order) => ({ ...line, order })),
    [outcome.evaluation],
  );
  const root = policy.paused ? undefined : policy.compiled.source.root;
  const [verdict, ...rest] = lines;

  const spanOf = (line: ExplanationLine) =>
    line.source === 'policy' && line.path !== undefined && root !== undefined
      ? memberSpan(root, line.path)
      : undefined;

  return (
    <section className="why" aria-label={`Why: ${name}`}>
      <h3>
        Why <VerdictBadge decision={outcome.decision} />
      </h3>
      {verdict !== undefined && <p className="why-verdict">{verdict.text}</p>}
      {SECTIONS.map(({ title, kinds }) => {
        const shown = rest.filter((l) => kinds.includes(l.kind));
        if (shown.length === 0) return null;
        return (
          <div key={title} className="why-section">
            <h4>{title}</h4>
            <ul>
              {shown.map((line) => {
                const span = spanOf(line);
                const mark = line.outcome === 'match' ? '✓' : line.outcome === 'no-match' ? '✗' : '';
                const text = (
                  <>
                    {mark !== '' && (
                      <span className={`mark ${line.outcome}`} aria-hidden="true">
                        {mark}
                      </span>
                    )}
                    <span>{line.text}</span>
                  </>
                );
                return (
                  <li
                    key={line.order}
                    className={`why-line depth-${line.depth} kind-${line.kind}`}
                    data-decisive={isDecisive(line, outcome) || undefined}
                  >
                    {span === undefined ? (
                      <span className="why-text">{text}</span>
                    ) : (
                      <button
                        type="button"
                        className="why-text link"
                        title="Show in the policy"
                        onClick={() => reveal(span)}
                      >
                        {text}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function isDecisive(line: ExplanationLine, outcome: ScenarioOutcome): boolean {
  return (
    line.kind === 'statement' &&
    line.statement !== undefined &&
    outcome.evaluation.decisive.some((d) => d.index === line.statement)
  );
}
