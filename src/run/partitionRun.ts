/**
 * Splits one run across shards (CI machines) and workers (cores): part k of K checks its share of
 * the cases with its own seed, seed + k - 1, so part 1 of 1 is the unsplit run and every part's
 * divergences replay with the seed its report names.
 */
export interface RunPart {
  runs: number;
  seed: number;
  /** 1-based index among all parts. */
  index: number;
  count: number;
}

export function partitionRun(runs: number, seed: number, index: number, count: number): RunPart {
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(index) && index >= 1 && index <= count)) throw new RangeError(`part ${index} of ${count}`);
  const share = Math.floor(runs / count) + (index <= runs % count ? 1 : 0);
  // Seeds stay within fast-check's 32-bit range.
  return { runs: share, seed: ((seed + index - 1) | 0), index, count };
}

/** "2/4" → part 2 of 4; null when malformed. */
export function parseShard(raw: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}
