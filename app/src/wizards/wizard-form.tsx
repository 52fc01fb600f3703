import type { FieldMeta, RunResult, WizardEntry } from '@trustwright/templates';
import { generateExternalId } from '@trustwright/templates';
import { useEffect, useId, useMemo } from 'react';
import { type Resolver, type UseFormRegister, useForm, useWatch } from 'react-hook-form';
import { errorsByField, type FormValues, isVisible, toFormValues, toInput } from './wizard-form-values';

export interface WizardFormProps {
  readonly wizard: WizardEntry;
  readonly initial: unknown;
  readonly onResult: (result: RunResult & { readonly ok: true }) => void;
  /** The values changed or no longer validate: any earlier preview is out of date. */
  readonly onStale: () => void;
}

/**
 * One wizard's form, drawn from its field metadata. Validation is the wizard's own zod schema
 * (run through `wizard.run`), so a value that is wrong never reaches the policy.
 */
export function WizardForm({ wizard, initial, onResult, onStale }: WizardFormProps) {
  const defaultValues = useMemo(() => toFormValues(wizard.fields, initial), [wizard, initial]);
  const resolver = useMemo<Resolver<FormValues>>(
    () => (values) => {
      const result = wizard.run(toInput(wizard.fields, values));
      if (result.ok) return { values, errors: {} };
      // Errors of hidden fields (the other mode) cannot be fixed here; the schema ignores them anyway.
      const errors = Object.fromEntries(
        Object.entries(errorsByField(result.errors))
          .filter(([name]) => {
            const field = wizard.fields.find((f) => f.name === name);
            return field === undefined || isVisible(field, values);
          })
          .map(([name, message]) => [name, { type: 'validate', message }]),
      );
      return { values: {}, errors };
    },
    [wizard],
  );
  const form = useForm<FormValues>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const values = useWatch({ control: form.control }) as FormValues;
  const id = useId();

  const submit = form.handleSubmit((v) => {
    const result = wizard.run(toInput(wizard.fields, v));
    if (result.ok) onResult(result);
    else onStale();
  }, onStale);
  // A preview must show what the form says now: any edit retires it until the next preview.
  useEffect(() => {
    const { unsubscribe } = form.watch(() => onStale());
    return unsubscribe;
  }, [form, onStale]);

  return (
    <form className="wizard-form" aria-label={wizard.title} onSubmit={submit} noValidate>
      {wizard.fields
        .filter((f) => isVisible(f, values))
        .map((field) => (
          <WizardField
            key={field.name}
            field={field}
            id={`${id}-${field.name}`}
            register={form.register}
            error={form.formState.errors[field.name]?.message}
            onGenerate={
              field.name === 'externalId'
                ? () =>
                    form.setValue(
                      field.name,
                      generateExternalId((n) => crypto.getRandomValues(new Uint8Array(n))),
                      { shouldValidate: form.formState.isSubmitted },
                    )
                : undefined
            }
          />
        ))}
      <div className="actions">
        <button type="submit" className="primary">
          Preview the policy
        </button>
      </div>
    </form>
  );
}

interface WizardFieldProps {
  readonly field: FieldMeta;
  readonly id: string;
  readonly register: UseFormRegister<FormValues>;
  readonly error: string | undefined;
  readonly onGenerate: (() => void) | undefined;
}

function WizardField({ field, id, register, error, onGenerate }: WizardFieldProps) {
  const described = error === undefined ? `${id}-help` : `${id}-error ${id}-help`;
  const common = {
    id,
    'aria-invalid': error !== undefined ? true : undefined,
    'aria-describedby': described,
  } as const;
  if (field.kind === 'boolean') {
    return (
      <div className="field">
        <label className="inline" htmlFor={id}>
          <input type="checkbox" {...common} {...register(field.name)} /> {field.label}
        </label>
        <small id={`${id}-help`} className="hint">
          {field.help}
        </small>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.kind === 'select' ? (
        <select {...common} {...register(field.name)}>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.kind === 'list' || field.kind === 'cidr-list' ? (
        <textarea
          {...common}
          rows={3}
          spellCheck={false}
          placeholder={field.placeholder}
          {...register(field.name)}
        />
      ) : (
        <div className="row">
          <input {...common} spellCheck={false} placeholder={field.placeholder} {...register(field.name)} />
          {onGenerate !== undefined && (
            <button type="button" onClick={onGenerate}>
              Generate
            </button>
          )}
        </div>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <small id={`${id}-help`} className="hint">
        {field.kind === 'list' || field.kind === 'cidr-list' ? `One per line. ${field.help}` : field.help}
      </small>
    </div>
  );
}
