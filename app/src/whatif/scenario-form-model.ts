import { type ContextScalar, type Decision, type KeyType, lookupKey } from '@trustwright/core';

export const CALLER_TYPES = ['AWS', 'Service', 'Federated'] as const;
export type CallerType = (typeof CALLER_TYPES)[number];

// Mutable on purpose: react-hook-form writes into these.
export interface ContextRow {
  key: string;
  /** The value as typed; for lists, one value per line. */
  value: string;
  list: boolean;
}

export interface ScenarioFormValues {
  name: string;
  callerType: CallerType;
  caller: string;
  action: string;
  context: ContextRow[];
  expect: '' | Decision;
}

/** How a key's value is typed in: decides the input the context editor shows. */
export type ValueInput = 'bool' | 'datetime' | 'number' | 'ip' | 'text';

export function valueInputFor(key: string): ValueInput {
  const known = lookupKey(key);
  if (known === undefined) return 'text';
  if (known.name.toLowerCase() === 'aws:epochtime') return 'number';
  return INPUT_BY_TYPE[known.type];
}

const INPUT_BY_TYPE: Record<KeyType, ValueInput> = {
  Bool: 'bool',
  Date: 'datetime',
  Numeric: 'number',
  IP: 'ip',
  String: 'text',
  ARN: 'text',
};

export function isMultiValued(key: string): boolean {
  return lookupKey(key)?.multi === true;
}

function scalarFor(key: string, text: string): ContextScalar {
  const input = valueInputFor(key);
  if (input === 'bool' && (text === 'true' || text === 'false')) return text === 'true';
  if (input === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (input === 'datetime') return toIsoUtc(text);
  return text;
}

/** A datetime-local value (`2026-09-01T10:00`) read as UTC; anything else is kept as typed. */
export function toIsoUtc(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(text);
  return m === null ? text : `${m[1]}T${m[2]}${m[3] ?? ':00'}Z`;
}

/** What a datetime-local picker holds. */
export const PICKER_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The reverse of {@link toIsoUtc} for the picker; other date forms stay as typed. */
export function toPickerValue(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2})?)(\.0+)?Z$/.exec(text);
  return m === null ? text : `${m[1]}T${m[2]}`;
}

export function listValues(text: string): string[] {
  return text
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The request in the trust file's shape. */
export function toRequest(values: ScenarioFormValues): Record<string, unknown> {
  const context: Record<string, ContextScalar | ContextScalar[]> = {};
  for (const row of values.context) {
    const key = row.key.trim();
    if (key === '') continue;
    context[key] = row.list
      ? listValues(row.value).map((v) => scalarFor(key, v))
      : scalarFor(key, row.value.trim());
  }
  return {
    action: values.action,
    principal: { [values.callerType]: values.caller.trim() },
    ...(Object.keys(context).length > 0 ? { context } : {}),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Form values for a stored scenario; tolerant, since a request may come from a file or a link. */
export function toFormValues(scenario: {
  name: string;
  request: unknown;
  expect?: Decision | undefined;
}): ScenarioFormValues {
  const request = isRecord(scenario.request) ? scenario.request : {};
  const principal = isRecord(request.principal) ? request.principal : {};
  const callerType = CALLER_TYPES.find((t) => t in principal) ?? 'AWS';
  const caller = principal[callerType];
  const context = isRecord(request.context) ? request.context : {};
  return {
    name: scenario.name,
    callerType,
    caller: typeof caller === 'string' ? caller : '',
    action: typeof request.action === 'string' ? request.action : 'sts:AssumeRole',
    context: Object.entries(context).map(([key, value]) =>
      Array.isArray(value)
        ? { key, value: value.map(String).join('\n'), list: true }
        : { key, value: formValue(key, value), list: false },
    ),
    expect: scenario.expect ?? '',
  };
}

function formValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return valueInputFor(key) === 'datetime' ? toPickerValue(text) : text;
}

export const BLANK_SCENARIO: ScenarioFormValues = {
  name: '',
  callerType: 'AWS',
  caller: '',
  action: 'sts:AssumeRole',
  context: [],
  expect: '',
};
