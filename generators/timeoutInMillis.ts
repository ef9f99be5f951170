/** Timeouts around the 50..29000 window (900000 with STREAM), where implementations disagree most. */
import fc from 'fast-check';

/** Numbers PutIntegration accepts for the type's transfer mode; the bounds themselves are favoured. */
export function validPutTimeout(stream: boolean): fc.Arbitrary<number> {
  return stream ? fc.constantFrom(50, 29000, 29001, 900000) : fc.constantFrom(50, 51, 1000, 28999, 29000);
}

/** Numbers PutIntegration rejects (outside the window). */
export const invalidPutTimeout: fc.Arbitrary<number> = fc.constantFrom(49, 29001, 29999, 0, -1);

/** Patch texts Java's Integer.parseInt takes that land inside the window. */
export const validTimeoutText: fc.Arbitrary<string> = fc.constantFrom('50', '29000', '99', '1000', '+99', '0050');

/** Patch texts that are out of range, or not a Java int at all. */
export const invalidTimeoutText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('29001', '29999') },
  { weight: 3, arbitrary: fc.constantFrom('49', '-1', '0') },
  { weight: 3, arbitrary: fc.constantFrom('1e3', ' 99', '99.5', 'abc', '', '2147483648') },
);
