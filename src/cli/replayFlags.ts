/** The checks `run` and `self-check` share on --property and --path, and the one-line errors they give. */
import { conformanceProperties } from '../../spec/properties/index.js';
import { errorLine } from '../errorLine.js';
import { UsageError } from './usageError.js';

export function checkPropertyIds(ids: readonly string[]): void {
  const unknown = ids.find((id) => !conformanceProperties.some((p) => p.id === id));
  if (unknown !== undefined) throw new UsageError(`--property ${unknown}: unknown; choose one of ${conformanceProperties.map((p) => p.id).join(', ')}`);
}

export function checkReplayPath(path: string | undefined): void {
  if (path !== undefined && !/^(\d+(:\d+)*|sweep:\d+)$/.test(path)) throw new UsageError(`--path ${path}: a replay path is numbers separated by colons, or sweep:N, as a replay command prints it`);
}

/** fast-check refuses a path that does not exist for this property and seed: say so in one line. */
export function replayPathError(e: unknown, path: string | undefined, property: string | undefined, seed: number): UsageError | null {
  if (path === undefined || !/Unable to replay/.test(errorLine(e))) return null;
  return new UsageError(`--path ${path} is not a case of ${property} at seed ${seed}: paths depend on the seed, the property and the suite's version; copy the replay command from this version's output`);
}
