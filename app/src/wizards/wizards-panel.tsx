// First: configures zod before any schema parses (zod is only in this lazy chunk and its siblings).
import '../zod-config';
import {
  type CombineMode,
  getWizard,
  type RunResult,
  WIZARDS,
  type WizardEntry,
} from '@trustwright/templates';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VERDICT_LABELS } from '../analysis/analyze';
import { usePanelFocus } from '../layout/use-panel-focus';
import { INITIAL_WORKSPACE } from '../state/workspace';
import { useWorkspace, workspaceOf } from '../state/workspace-store';
import { planWizard } from './apply-wizard';
import { PolicyDiffView } from './policy-diff-view';
import { WizardForm } from './wizard-form';

type Built = RunResult & { readonly ok: true };

/** The wizards: pick a shape, fill its form, preview the policy and its proof, then apply. */
export function WizardsPanel({ onClose }: { readonly onClose: () => void }) {
  const [wizardId, setWizardId] = useState<string | undefined>(undefined);
  const wizard = wizardId === undefined ? undefined : getWizard(wizardId);
  const { heading, onKeyDown } = usePanelFocus(onClose);
  // Choosing a wizard, or going back to the list, replaces the button that was pressed: the
  // heading, which names what is shown now, takes the focus.
  const shown = useRef(wizardId);
  useEffect(() => {
    if (shown.current === wizardId) return;
    shown.current = wizardId;
    heading.current?.focus();
  }, [wizardId, heading]);
  return (
    <section className="panel wizards-panel" aria-label="Wizards" onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2 ref={heading} tabIndex={-1}>
          {wizard === undefined ? 'Wizards' : `Wizard: ${wizard.title}`}
        </h2>
        <span className="row">
          {wizard !== undefined && (
            <button type="button" onClick={() => setWizardId(undefined)}>
              All wizards
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </span>
      </header>
      {wizard === undefined ? (
        <ul className="wizard-list" aria-label="Trust shapes">
          {WIZARDS.map((w) => (
            <li key={w.id}>
              <button type="button" className="wizard-choice" onClick={() => setWizardId(w.id)}>
                <strong>{w.title}</strong>
                <span>{w.description}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <WizardRun key={wizard.id} wizard={wizard} onDone={onClose} />
      )}
    </section>
  );
}

function WizardRun({ wizard, onDone }: { readonly wizard: WizardEntry; readonly onDone: () => void }) {
  const policyText = useWorkspace((s) => s.policyText);
  // Reopen the current policy in this wizard when it fits the shape; otherwise say why not.
  const recognized = useMemo(() => wizard.recognize(policyText), [wizard, policyText]);
  const untouched = policyText === INITIAL_WORKSPACE.policyText;
  const [mode, setMode] = useState<CombineMode>(recognized.ok || untouched ? 'replace' : 'add');
  const [built, setBuilt] = useState<Built | undefined>(undefined);
  const retire = useCallback(() => setBuilt(undefined), []);
  const id = useId();

  return (
    <div className="wizard-run">
      <p className="hint">{wizard.description}</p>
      {recognized.ok ? (
        <p className="notice" role="status">
          The current policy has this wizard’s shape: its fields are filled in from it.
        </p>
      ) : (
        !untouched && (
          <p className="notice" role="status">
            The current policy does not fit this wizard
            {recognized.statementIndex === undefined ? '' : ` (statement ${recognized.statementIndex + 1})`}:{' '}
            {recognized.reason} You can add the wizard’s statements to it.
          </p>
        )
      )}
      <div className="wizard-columns">
        <WizardForm
          wizard={wizard}
          initial={recognized.ok ? recognized.input : wizard.defaults}
          onResult={setBuilt}
          onStale={retire}
        />
        <div className="wizard-preview">
          <fieldset className="mode">
            <legend>Write the policy</legend>
            <label className="inline">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              Replace the current policy and scenarios
            </label>
            <label className="inline">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'add'}
                onChange={() => setMode('add')}
              />{' '}
              Add the statements to the current policy
            </label>
          </fieldset>
          {built === undefined ? (
            <p className="hint">
              Fill in the form and choose “Preview the policy” to see the change before it is made.
            </p>
          ) : (
            <Preview built={built} mode={mode} title={wizard.title} onApplied={onDone} />
          )}
        </div>
      </div>
    </div>
  );
}

function Preview({
  built,
  mode,
  title,
  onApplied,
}: {
  readonly built: Built;
  readonly mode: CombineMode;
  readonly title: string;
  readonly onApplied: () => void;
}) {
  const current = useWorkspace(useShallow((s) => workspaceOf(s)));
  const plan = useMemo(() => planWizard(current, built.output, mode), [current, built, mode]);
  const { output } = built;
  return (
    <section aria-label="Preview" className="wizard-preview-body">
      {output.warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {output.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <h3>
        Change to the policy (
        {plan.diff.identical ? 'no change' : `+${plan.diff.added} −${plan.diff.removed} lines`})
      </h3>
      <PolicyDiffView diff={plan.diff} />
      <h3>Starter scenarios ({output.scenarios.length})</h3>
      <ul className="starter-list">
        {output.scenarios.map((s) => (
          <li key={s.name}>
            {s.name}: expected {VERDICT_LABELS[s.expect]}
          </li>
        ))}
      </ul>
      {output.companion !== undefined && (
        <details>
          <summary>{output.companion.title}</summary>
          <p>{output.companion.description}</p>
          <pre className="code">{JSON.stringify(output.companion.policy, null, 2)}</pre>
        </details>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            useWorkspace.getState().replace(plan.workspace, `the ${title} wizard's policy`);
            onApplied();
          }}
        >
          {mode === 'replace' ? 'Replace the policy' : 'Add to the policy'}
        </button>
      </div>
    </section>
  );
}
