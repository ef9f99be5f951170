/**
 * The observations the package ships (its `observations/` folder, contributed from real accounts):
 * loaded by default, before any given with `--observations`, which win.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

export function sharedObservationFiles(): string[] {
  const dir = join(packageRoot, 'observations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}
