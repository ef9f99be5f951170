/**
 * A generated value that is completed only once the integration it aims at is known: which held key
 * `{key}` names, which URI is valid for the type, whether MOCK-barred rows get extra cases.
 * Generating the aim instead of chaining on the put lets the put and the patch shrink independently.
 */
import type { StateHint } from './wireBodies.js';

export type Aimed<T> = (hint: StateHint | undefined) => T;

/** A value that does not depend on the integration. */
export const unaimed =
  <T>(value: T): Aimed<T> =>
  () =>
    value;
