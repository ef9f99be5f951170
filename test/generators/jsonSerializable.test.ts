import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainCase, failingUpdateCase, putIntegrationBody, updateCase } from '../../generators/index.js';

/** What arrives after the body is sent: absent and undefined differ here, as they do on the wire. */
const overTheWire = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('samples are JSON as sent', () => {
  it.each([
    ['putIntegrationBody', putIntegrationBody],
    ['updateCase', updateCase],
    ['failingUpdateCase', failingUpdateCase],
    ['chainCase', chainCase],
  ] as const)('%s survives JSON.stringify/parse unchanged', (_, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (x) => {
        expect(overTheWire(x)).toStrictEqual(x);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
