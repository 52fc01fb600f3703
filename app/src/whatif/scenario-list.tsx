import { useAnalysis } from '../analysis/analysis-context';
import type { ScenarioDraft } from '../state/workspace';
import { ExpectationBadge, VerdictBadge, verdictPhrase } from './verdict-badge';

interface ScenarioListProps {
  readonly scenarios: readonly ScenarioDraft[];
  readonly selectedId: string | undefined;
  readonly readOnly: boolean;
  readonly onSelect: (id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

/** Every scenario with its live verdict; the list a reviewer scans first. */
export function ScenarioList({
  scenarios,
  selectedId,
  readOnly,
  onSelect,
  onEdit,
  onDuplicate,
  onDelete,
}: ScenarioListProps) {
  const { outcomes, policy } = useAnalysis();
  const expected = scenarios.filter((s) => s.expect !== undefined);
  const failed = expected.filter((s) => outcomes.get(s.id)?.pass === false).length;
  return (
    <>
      {!policy.paused && expected.length > 0 && (
        <p className="scenario-summary" aria-live="polite">
          {failed === 0
            ? `All ${expected.length} expectations met`
            : `${failed} of ${expected.length} expectations not met`}
        </p>
      )}
      <ul className="scenario-list" aria-label="Scenarios">
        {scenarios.map((s) => {
          const outcome = outcomes.get(s.id);
          const selected = s.id === selectedId;
          const requestErrors = outcome?.requestFindings.filter((f) => f.severity === 'error').length ?? 0;
          return (
            <li key={s.id} className={selected ? 'scenario selected' : 'scenario'} aria-label={s.name}>
              <button
                type="button"
                id={scenarioButtonId(s.id)}
                className="scenario-select"
                aria-pressed={selected}
                aria-label={verdictPhrase(
                  s.name,
                  outcome === undefined
                    ? policy.paused && policy.reason === 'starting'
                      ? 'checking'
                      : 'paused'
                    : { decision: outcome.decision, expect: s.expect, pass: outcome.pass },
                  requestErrors,
                )}
                onClick={() => onSelect(s.id)}
              >
                <span className="scenario-name">{s.name}</span>
                {outcome === undefined ? (
                  <span className="verdict paused">
                    {policy.paused && policy.reason === 'starting' ? 'Checking…' : 'Paused'}
                  </span>
                ) : (
                  <>
                    <VerdictBadge decision={outcome.decision} />
                    <ExpectationBadge expect={s.expect} pass={outcome.pass} />
                  </>
                )}
                {requestErrors > 0 && (
                  <span className="request-error">
                    Request has {requestErrors === 1 ? 'an error' : `${requestErrors} errors`}
                  </span>
                )}
              </button>
              {!readOnly && (
                <span className="scenario-actions">
                  <button type="button" onClick={() => onEdit(s.id)} aria-label={`Edit ${s.name}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => onDuplicate(s.id)} aria-label={`Duplicate ${s.name}`}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => onDelete(s.id)} aria-label={`Delete ${s.name}`}>
                    Delete
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The DOM id of a scenario's select button, for returning focus to it. */
export function scenarioButtonId(id: string): string {
  return `scenario-${id}`;
}
