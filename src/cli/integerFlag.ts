import { UsageError } from './usageError.js';

/** Parses an integer flag, or says in one line what a good value looks like. */
export function integerFlag(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} ${raw}: give a whole number${min > -(2 ** 31) ? ` >= ${min}` : ''}`);
  return n;
}
