import type { FaultOptions } from '../mock/faults.js';
import { integerFlag } from './integerFlag.js';
import { UsageError } from './usageError.js';

/** `--fault-rate R [--fault-seed S]` as the mock's fault options (run and serve alike); none without a rate. */
export function faultFlags(rate: string | undefined, seed: string | undefined): FaultOptions | undefined {
  if (rate === undefined) {
    if (seed !== undefined) throw new UsageError('--fault-seed needs --fault-rate (the fraction of requests to fault)');
    return undefined;
  }
  const r = Number(rate);
  if (rate.trim() === '' || !(r >= 0 && r < 1)) throw new UsageError(`--fault-rate ${rate}: give a fraction of requests to fault, 0 <= rate < 1 (e.g. 0.1)`);
  return { rate: r, seed: integerFlag('--fault-seed', seed, 1, 0) };
}
