import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAnalysis } from '../analysis/analysis-context';
import { useWorkspace } from '../state/workspace-store';
import { BLANK_SCENARIO, toFormValues } from './scenario-form-model';
import { ScenarioList, scenarioButtonId } from './scenario-list';
import { WhyPanel } from './why-panel';

// The form brings zod and react-hook-form: loaded when first opened, not with the page.
const ScenarioForm = lazy(() => import('./scenario-form').then((m) => ({ default: m.ScenarioForm })));

type Editing = { readonly mode: 'add' } | { readonly mode: 'edit'; readonly id: string } | undefined;

/** Sample requests against the policy: their live verdicts, and why for the selected one. */
export function WhatIfPanel({ readOnly }: { readonly readOnly: boolean }) {
  const scenarios = useWorkspace((s) => s.scenarios);
  const selectedId = useWorkspace((s) => s.selectedId);
  const { select, addScenario, updateScenario, duplicateScenario, deleteScenario } = useWorkspace.getState();
  const { outcomes, policy } = useAnalysis();
  const [editing, setEditing] = useState<Editing>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the form closes: the scenario it saved or edited, else Add scenario.
  const returnTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (editing !== undefined || returnTo.current === undefined) return;
    const target = returnTo.current === 'add' ? addButton.current : document.getElementById(returnTo.current);
    returnTo.current = undefined;
    target?.focus();
  }, [editing]);
  const close = (focus: string) => {
    returnTo.current = focus;
    setEditing(undefined);
  };

  const editingScenario = editing?.mode === 'edit' ? scenarios.find((s) => s.id === editing.id) : undefined;
  const selected = scenarios.find((s) => s.id === selectedId);
  const selectedOutcome = selected === undefined ? undefined : outcomes.get(selected.id);
  const otherNames = scenarios.filter((s) => s.id !== editingScenario?.id).map((s) => s.name);

  return (
    <section className="panel whatif" aria-label="What-if">
      <header className="panel-header">
        <h2>What-if</h2>
        {!readOnly && editing === undefined && (
          <button ref={addButton} type="button" onClick={() => setEditing({ mode: 'add' })}>
            Add scenario
          </button>
        )}
      </header>
      {policy.paused && policy.reason === 'too-large' && (
        <p className="notice" role="status">
          Evaluation is paused: the policy is {policy.size.toLocaleString('en')} characters, far over the
          4,096 that AWS accepts. Shorten it to see verdicts again.
        </p>
      )}
      {scenarios.length === 0 && editing === undefined && (
        <div className="empty">
          <p>
            No scenarios yet. A scenario is a sample request: who calls, which action, with which context
            keys.
          </p>
          {!readOnly && <p>Add one to see at once whether it may assume the role, and why.</p>}
        </div>
      )}
      {editing !== undefined && (
        <Suspense fallback={<p className="hint">Loading the form…</p>}>
          <ScenarioForm
            key={editing.mode === 'edit' ? editing.id : 'new'}
            title={editing.mode === 'add' ? 'New scenario' : `Edit ${editingScenario?.name ?? ''}`}
            initial={editingScenario === undefined ? BLANK_SCENARIO : toFormValues(editingScenario)}
            otherNames={otherNames}
            onCancel={() => close(editing.mode === 'edit' ? scenarioButtonId(editing.id) : 'add')}
            onSave={(scenario) => {
              if (editing.mode === 'edit') updateScenario(editing.id, scenario);
              const id = editing.mode === 'edit' ? editing.id : addScenario(scenario);
              close(scenarioButtonId(id));
            }}
          />
        </Suspense>
      )}
      <ScenarioList
        scenarios={scenarios}
        selectedId={selectedId}
        readOnly={readOnly}
        onSelect={select}
        onEdit={(id) => {
          select(id);
          setEditing({ mode: 'edit', id });
        }}
        onDuplicate={duplicateScenario}
        onDelete={(id) => {
          if (editing?.mode === 'edit' && editing.id === id) setEditing(undefined);
          deleteScenario(id);
        }}
      />
      {selected !== undefined && selectedOutcome !== undefined && (
        <WhyPanel name={selected.name} outcome={selectedOutcome} />
      )}
    </section>
  );
}
