/**
 * The observations a run follows: the package's shared ones first, then those given (later files
 * win). Every file is read and checked whole before any is applied, so a bad one changes nothing.
 */
import { applyObservations, knownRuleId, type ObservationsApplied } from './applyObservations.js';
import { readObservations, type ObservationsFile } from './observationsFile.js';
import { sharedObservationFiles } from './sharedObservations.js';

/** Null when there are none; a bad file throws its one-line error (naming the file and the entry). */
export async function applyObservationsInForce(given: readonly string[] = []): Promise<ObservationsApplied | null> {
  const files = [...sharedObservationFiles(), ...given];
  if (files.length === 0) return null;
  const read: Array<{ file: string; content: ObservationsFile }> = [];
  for (const file of files) read.push({ file, content: await readObservations(file, knownRuleId) });
  return applyObservations(read);
}
