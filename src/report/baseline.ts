/**
 * Baseline files: reading (with versions 1 and 2 re-keyed) and writing them, secrets masked. What a
 * baseline is and how a run compares with it is src/run/baselineComparison.ts (re-exported here).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fingerprintOf } from '../run/findingKey.js';
import { baselineVersion, type BaselineEntry, type BaselineFile } from '../run/baselineComparison.js';
import type { CaseRecord } from '../run/runReport.js';
import { redactSecrets } from './redactSecrets.js';
import { errorLine } from '../errorLine.js';

export {
  baselineOf,
  baselineVersion,
  compareWithBaselineEntries,
  recheckRequests,
  updatedBaseline,
  type BaselineComparison,
  type BaselineEntry,
  type BaselineFile,
} from '../run/baselineComparison.js';

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Writes a baseline file atomically (temp file + rename), secrets masked. */
export async function writeBaselineFile(next: BaselineFile, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, `${JSON.stringify(redactSecrets(next), null, 2)}\n`, { encoding: 'utf8', flush: true });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

interface OlderEntry {
  fingerprint?: unknown;
  property?: unknown;
  properties?: unknown;
  operation?: unknown;
  rules?: unknown;
  expected?: unknown;
  actual?: unknown;
  sampleCounterexample?: unknown;
}

/** Versions 1 and 2 keyed findings by field paths too: recompute from the stored parts and merge. */
function rekeyedFromOlder(old: { divergences: OlderEntry[] } & Omit<BaselineFile, 'divergences' | 'baselineVersion'>): BaselineFile {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const e of old.divergences) {
    const rules = Array.isArray(e.rules) ? e.rules.map(String) : [];
    const identity = { operation: String(e.operation ?? ''), rule: rules[0] ?? '(no rule)', expected: String(e.expected ?? ''), actual: String(e.actual ?? '') };
    const fingerprint = fingerprintOf(identity);
    const properties = Array.isArray(e.properties) ? e.properties.map(String) : [String(e.property)];
    const seen = byFingerprint.get(fingerprint);
    byFingerprint.set(fingerprint, {
      fingerprint,
      operation: identity.operation,
      rules,
      expected: identity.expected,
      actual: identity.actual,
      property: seen?.property ?? String(e.property),
      properties: sorted([...(seen?.properties ?? []), ...properties]),
      sampleCounterexample: (seen?.sampleCounterexample ?? e.sampleCounterexample) as CaseRecord,
    });
  }
  return { ...old, baselineVersion, divergences: [...byFingerprint.values()] };
}

/** Reads and checks a baseline file; every problem is one line saying what is wrong and how to mend it. */
export async function readBaseline(file: string): Promise<BaselineFile> {
  const remedy = 'record a fresh one with `run --write-baseline FILE` or point at the right file';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new Error(`Baseline ${file} does not exist: ${remedy}.`);
    throw new Error(`Baseline ${file} cannot be read (${errorLine(err)}): check its permissions, or ${remedy}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`Baseline ${file} is not JSON (${errorLine(err)}): ${remedy}.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`Baseline ${file} is not a baseline object: ${remedy}.`);
  const version = (json as { baselineVersion?: unknown }).baselineVersion;
  if (version === undefined && 'schemaVersion' in json && 'gate' in json) {
    // The report.json of a run is the commonest wrong file: say so, not "baselineVersion missing".
    throw new Error(`Baseline ${file} is a report (report.json), not a baseline: write one from a run with \`run --write-baseline FILE\` (its findings become the entries), then pass that file to --baseline.`);
  }
  if (version !== baselineVersion && version !== 1 && version !== 2) {
    throw new Error(`Baseline ${file} has baselineVersion ${JSON.stringify(version) ?? 'missing'}, this tool reads 1 to ${baselineVersion}: ${remedy}.`);
  }
  const divergences = (json as { divergences?: unknown }).divergences;
  if (!Array.isArray(divergences)) throw new Error(`Baseline ${file} has no divergences list: ${remedy}.`);
  const bad = divergences.findIndex(
    (d) => typeof d !== 'object' || d === null || typeof (d as BaselineEntry).fingerprint !== 'string' || typeof (d as BaselineEntry).property !== 'string' || typeof (d as BaselineEntry).sampleCounterexample !== 'object',
  );
  if (bad >= 0) throw new Error(`Baseline ${file} entry ${bad} lacks a fingerprint, property or sampleCounterexample: fix or delete that entry, or ${remedy}.`);
  return version === baselineVersion ? (json as BaselineFile) : rekeyedFromOlder(json as BaselineFile);
}
