import { KNOWN_KEYS } from '@trustwright/core';

/** Completions for the key inputs: every condition key the engine knows, with its meaning. */
export function ContextKeyOptions({ id }: { readonly id: string }) {
  return (
    <datalist id={id}>
      {KNOWN_KEYS.map((k) => (
        <option key={k.name} value={k.name}>
          {k.description}
        </option>
      ))}
    </datalist>
  );
}
