// First: configures zod before any schema parses (zod is only in this lazy chunk and its siblings).
import '../zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import { type Decision, STS_ACTIONS } from '@trustwright/core';
import { type ReactNode, useEffect, useId, useMemo } from 'react';
import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useFieldArray,
  useForm,
  useWatch,
} from 'react-hook-form';
import { VERDICT_LABELS } from '../analysis/analyze';
import { ContextKeyOptions } from './context-key-options';
import {
  CALLER_TYPES,
  isMultiValued,
  PICKER_FORMAT,
  type ScenarioFormValues,
  toRequest,
  valueInputFor,
} from './scenario-form-model';
import { scenarioFormSchema } from './scenario-form-schema';

const CALLER_HINTS: Record<(typeof CALLER_TYPES)[number], string> = {
  AWS: 'arn:aws:iam::111122223333:user/alice, …:root, or arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION',
  Service: 'ec2.amazonaws.com',
  Federated: 'arn:aws:iam::111122223333:saml-provider/NAME, …:oidc-provider/HOST, or accounts.google.com',
};

export interface ScenarioFormProps {
  readonly title: string;
  readonly initial: ScenarioFormValues;
  readonly otherNames: readonly string[];
  readonly onSave: (scenario: { name: string; request: unknown; expect: Decision | undefined }) => void;
  readonly onCancel: () => void;
}

/** Add or edit a scenario. Every field error comes from the same checks the evaluator makes. */
export function ScenarioForm({ title, initial, otherNames, onSave, onCancel }: ScenarioFormProps) {
  const schema = useMemo(() => scenarioFormSchema(otherNames), [otherNames]);
  const form = useForm<ScenarioFormValues, unknown, ScenarioFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, control, formState } = form;
  const rows = useFieldArray({ control, name: 'context' });
  const callerType = useWatch({ control, name: 'callerType' });
  const id = useId();
  const errors = formState.errors;
  const { trigger, setFocus } = form;
  // Opening the form takes the user to it (it may open above the button that opened it).
  useEffect(() => setFocus('name'), [setFocus]);
  // A scenario from a file or a link may already be wrong: say so at the fields at once.
  useEffect(() => {
    if (initial.caller !== '') void trigger();
  }, [initial, trigger]);

  const submit = handleSubmit((values) => {
    onSave({
      name: values.name.trim(),
      request: toRequest(values),
      expect: values.expect === '' ? undefined : values.expect,
    });
  });

  return (
    <form className="scenario-form" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <Field id={`${id}-name`} label="Scenario name" error={errors.name?.message}>
        <input id={`${id}-name`} {...register('name')} {...invalid(`${id}-name`, errors.name?.message)} />
      </Field>
      <div className="row">
        <Field id={`${id}-type`} label="Caller type">
          <select id={`${id}-type`} {...register('callerType')}>
            {CALLER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-caller`} label="Caller" error={errors.caller?.message} grow>
          <input
            id={`${id}-caller`}
            {...register('caller')}
            placeholder={CALLER_HINTS[callerType]}
            spellCheck={false}
            {...invalid(`${id}-caller`, errors.caller?.message)}
          />
        </Field>
      </div>
      <Field id={`${id}-action`} label="Action" error={errors.action?.message}>
        <select
          id={`${id}-action`}
          {...register('action')}
          {...invalid(`${id}-action`, errors.action?.message)}
        >
          {STS_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="context-editor">
        <legend>Context keys</legend>
        <ContextKeyOptions id={`${id}-keys`} />
        {rows.fields.length === 0 && (
          <p className="hint">No context keys: the request carries only what follows from the caller.</p>
        )}
        {rows.fields.map((field, index) => (
          <ContextRowEditor
            key={field.id}
            index={index}
            listId={`${id}-keys`}
            baseId={`${id}-ctx-${index}`}
            register={register}
            errors={errors}
            control={control}
            setValue={form.setValue}
            onRemove={() => rows.remove(index)}
          />
        ))}
        <button type="button" onClick={() => rows.append({ key: '', value: '', list: false })}>
          Add context key
        </button>
      </fieldset>
      <Field id={`${id}-expect`} label="Expected verdict">
        <select id={`${id}-expect`} {...register('expect')}>
          <option value="">No expectation</option>
          {(['allow', 'explicit-deny', 'implicit-deny'] as const).map((d) => (
            <option key={d} value={d}>
              {VERDICT_LABELS[d]}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Save scenario
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface RowProps {
  readonly index: number;
  readonly listId: string;
  readonly baseId: string;
  readonly register: UseFormRegister<ScenarioFormValues>;
  readonly errors: FieldErrors<ScenarioFormValues>;
  readonly control: Control<ScenarioFormValues>;
  readonly setValue: UseFormSetValue<ScenarioFormValues>;
  readonly onRemove: () => void;
}

function ContextRowEditor({
  index,
  listId,
  baseId,
  register,
  errors,
  control,
  setValue,
  onRemove,
}: RowProps) {
  const key = useWatch({ control, name: `context.${index}.key` }) ?? '';
  const list = useWatch({ control, name: `context.${index}.list` }) ?? false;
  const value = useWatch({ control, name: `context.${index}.value` }) ?? '';
  const input = valueInputFor(key.trim());
  const rowErrors = errors.context?.[index];
  const keyLabel = `Key ${index + 1}`;
  const valueLabel = key.trim() === '' ? `Value ${index + 1}` : `Value of ${key.trim()}`;
  const valueError = rowErrors?.value?.message;
  const valueField = register(`context.${index}.value`);
  return (
    <fieldset
      className="context-row"
      aria-label={key.trim() === '' ? `Context entry ${index + 1}` : key.trim()}
    >
      <Field id={`${baseId}-key`} label={keyLabel} error={rowErrors?.key?.message}>
        <input
          id={`${baseId}-key`}
          list={listId}
          spellCheck={false}
          {...register(`context.${index}.key`, {
            onChange: (e: { target: { value: string } }) => {
              if (isMultiValued(e.target.value.trim())) setValue(`context.${index}.list`, true);
            },
          })}
          {...invalid(`${baseId}-key`, rowErrors?.key?.message)}
        />
      </Field>
      <Field id={`${baseId}-value`} label={valueLabel} error={valueError} grow>
        {list ? (
          <textarea
            id={`${baseId}-value`}
            rows={3}
            spellCheck={false}
            {...valueField}
            {...invalid(`${baseId}-value`, valueError, `${baseId}-list-hint`)}
          />
        ) : input === 'bool' ? (
          <select id={`${baseId}-value`} {...valueField} {...invalid(`${baseId}-value`, valueError)}>
            <option value="">(choose)</option>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : input === 'datetime' && (value === '' || PICKER_FORMAT.test(value)) ? (
          <input
            id={`${baseId}-value`}
            type="datetime-local"
            step={1}
            {...valueField}
            {...invalid(`${baseId}-value`, valueError, `${baseId}-utc-hint`)}
          />
        ) : (
          <input
            id={`${baseId}-value`}
            type="text"
            inputMode={input === 'number' ? 'decimal' : undefined}
            placeholder={input === 'ip' ? '203.0.113.10 or 2001:db8::1' : undefined}
            spellCheck={false}
            {...valueField}
            {...invalid(`${baseId}-value`, valueError)}
          />
        )}
      </Field>
      {list && (
        <small id={`${baseId}-list-hint`} className="hint">
          One value per line.
        </small>
      )}
      {!list && input === 'datetime' && (
        <small id={`${baseId}-utc-hint`} className="hint">
          In UTC.
        </small>
      )}
      <label className="inline">
        <input type="checkbox" {...register(`context.${index}.list`)} /> Several values
      </label>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove ${key.trim() === '' ? `context entry ${index + 1}` : key.trim()}`}
      >
        Remove
      </button>
    </fieldset>
  );
}

/** Marks a control invalid and ties its error (rendered by Field as `${id}-error`) to it. */
function invalid(id: string, error: string | undefined, hint?: string) {
  const describedBy = [error === undefined ? undefined : `${id}-error`, hint]
    .filter((x) => x !== undefined)
    .join(' ');
  return {
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'aria-errormessage': error === undefined ? undefined : `${id}-error`,
  } as const;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly grow?: boolean;
  readonly children: ReactNode;
}

/** A label, the control, and its error right under it (announced with the control). */
export function Field({ id, label, error, grow, children }: FieldProps) {
  return (
    <div className={grow ? 'field grow' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
