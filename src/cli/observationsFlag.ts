/**
 * `--observations FILE` (repeatable, later files win): read every file first, whole, then let them
 * decide the rules they observed. A bad file is a usage error naming the file and the entry; nothing
 * is half applied.
 */
import type { ObservationsApplied } from '../observations/applyObservations.js';
import { applyObservationsInForce } from '../observations/observationsInForce.js';
import { UsageError } from './usageError.js';

export async function observationsFromFlags(given: readonly string[] | undefined): Promise<ObservationsApplied | null> {
  try {
    return await applyObservationsInForce(given);
  } catch (e) {
    throw new UsageError(`--observations ${(e as Error).message}`);
  }
}

/** The line a run prints about them. */
export const observationsLine = (o: ObservationsApplied): string =>
  `observations (${o.files.join(', ')}): ${o.confirmed.length + o.contradicted.length} rules decided by them, ${o.contradicted.length} contradicting the shipped rule${o.contradicted.length ? ` (${o.contradicted.join(', ')})` : ''}`;
