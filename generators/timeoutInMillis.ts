/** PutIntegration timeouts from the rule table's bounds: 50..29000, and up to 900000 with STREAM. */
import fc from 'fast-check';
import { timeoutRange } from '../src/rules/integration.js';

/** Every bound of the timeout constraint and one past each: [value, needs STREAM]. */
const bounds = timeoutRange.boundaries!.flatMap((b) => b.values.map((v) => [v, b.given?.responseTransferMode === 'STREAM'] as const));
const accepted = (v: number, stream: boolean) => v >= 50 && v <= (stream ? 900000 : 29000);

/** Numbers PutIntegration accepts for the transfer mode; the bounds themselves are favoured. */
export function validPutTimeout(stream: boolean): fc.Arbitrary<number> {
  const candidates = [...new Set([...bounds.map(([v]) => v), 51, 1000, 28999])].filter((v) => accepted(v, stream));
  return fc.constantFrom(...candidates);
}

/** Numbers PutIntegration rejects without STREAM: one past each bound, and some far off. */
export const invalidPutTimeout: fc.Arbitrary<number> = fc.constantFrom(...new Set([...bounds.filter(([v]) => !accepted(v, false)).map(([v]) => v), 29999, 0, -1]));
