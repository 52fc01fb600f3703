// Types for states.mjs, so the TypeScript tests share its states instead of copying them.
import type { ShareState } from '../src/index.js';

export interface NamedState {
  readonly name: string;
  readonly state: ShareState;
}

export function stateOfTrustFile(file: {
  readonly role?: string;
  readonly policy: unknown;
  readonly scenarios?: ShareState['scenarios'];
}): ShareState;
export function exampleStates(): NamedState[];
export function heldOutStates(): NamedState[];
