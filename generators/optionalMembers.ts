/**
 * A record whose members are each present half the time (fc.record's optional keys are present five
 * times in six, which makes every body look alike). Absent members are left out, never `undefined`,
 * and shrinking removes members. (`freq: 2` is fast-check for "nil one time in two".)
 */
import fc from 'fast-check';

export function optionalMembers<T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<Partial<T>> {
  const entries = Object.entries(model) as [string, fc.Arbitrary<unknown>][];
  return fc
    .tuple(...entries.map(([, arb]) => fc.option(arb, { freq: 2, nil: undefined })))
    .map((values) => Object.fromEntries(entries.flatMap(([k], n) => (values[n] === undefined ? [] : [[k, values[n]]]))) as Partial<T>);
}
