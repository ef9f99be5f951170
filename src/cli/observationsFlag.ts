/**
 * `--observations FILE` (repeatable, later files win): read every file first, whole, then let them
 * decide the rules they observed. A bad file is a usage error naming the file and the entry; nothing
 * is half applied.
 */
import { applyObservations, knownRuleId, type ObservationsApplied } from '../observations/applyObservations.js';
import { readObservations, type ObservationsFile } from '../observations/observationsFile.js';
import { UsageError } from './usageError.js';
import { sharedObservationFiles } from '../observations/sharedObservations.js';

export async function observationsFromFlags(given: readonly string[] | undefined): Promise<ObservationsApplied | null> {
  // The package's shared ones first; those given win.
  const files = [...sharedObservationFiles(), ...(given ?? [])];
  if (files.length === 0) return null;
  const read: Array<{ file: string; content: ObservationsFile }> = [];
  for (const file of files) {
    try {
      read.push({ file, content: await readObservations(file, knownRuleId) });
    } catch (e) {
      throw new UsageError(`--observations ${(e as Error).message}`);
    }
  }
  return applyObservations(read);
}

/** The line a run prints about them. */
export const observationsLine = (o: ObservationsApplied): string =>
  `observations (${o.files.join(', ')}): ${o.confirmed.length + o.contradicted.length} rules decided by them, ${o.contradicted.length} contradicting the shipped rule${o.contradicted.length ? ` (${o.contradicted.join(', ')})` : ''}`;
