/**
 * Baselines: accepted divergences, by fingerprint, so CI fails only on change. A run compares its
 * divergences with the file: known ones pass, new ones fail, and baseline entries no longer seen
 * ("fixed") fail too, so the baseline shrinks as targets improve instead of hiding regressions.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CaseRecord, RunReport } from '../run/runReport.js';
import { fingerprintOf, fingerprintParts } from './divergenceFingerprint.js';
import { redactSecrets } from './redactSecrets.js';
import { errorLine } from '../errorLine.js';

export { divergenceFingerprint, fingerprintParts, generalisePath, type FingerprintInput } from './divergenceFingerprint.js';

/** 2: fingerprints no longer include the property (version 1 files are re-keyed on reading). */
export const baselineVersion = 2 as const;

export interface BaselineEntry {
  fingerprint: string;
  /** The first property that found it. */
  property: string;
  /** Every property that found it in the recorded run (absent in older files: just `property`). */
  properties?: string[];
  operation: string;
  /** Rule ids cited by the divergence, deciding rule first. */
  rules: string[];
  /** Differing field paths, generalised as the fingerprint sees them. */
  fieldPaths: string[];
  /** `ok` or the exception name. */
  expected: string;
  actual: string;
  /** One counterexample, for a reader; not used for matching. */
  sampleCounterexample: CaseRecord;
}

export interface BaselineFile {
  baselineVersion: typeof baselineVersion;
  tool: { name: string; version: string };
  runId: string;
  recordedAt: string;
  target: string;
  divergences: BaselineEntry[];
}

export interface BaselineComparison {
  known: string[];
  new: string[];
  /** In the baseline, not seen although its property was checked: the baseline can shrink. */
  fixed: string[];
  /** In the baseline for a property this run did not check to the end (filtered, failed first elsewhere); neither known nor fixed. */
  unchecked: string[];
}

/** The baseline a run would record: one entry per fingerprint, sorted, secrets masked. */
export function baselineOf(report: RunReport): BaselineFile {
  const entries = new Map<string, BaselineEntry>();
  for (const d of report.divergences) {
    const seen = entries.get(d.fingerprint);
    if (seen) {
      if (!seen.properties!.includes(d.property)) seen.properties!.push(d.property);
      continue;
    }
    const parts = fingerprintParts(d);
    entries.set(d.fingerprint, {
      fingerprint: d.fingerprint,
      property: d.property,
      properties: [d.property],
      operation: d.operation,
      rules: d.rules.map((r) => r.id),
      fieldPaths: parts.fieldPaths,
      expected: parts.expected,
      actual: parts.actual,
      sampleCounterexample: d.counterexample,
    });
  }
  return redactSecrets({
    baselineVersion,
    tool: report.tool,
    runId: report.runId,
    recordedAt: report.finishedAt,
    target: report.settings.target,
    divergences: [...entries.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  });
}

/** Writes the run's divergences as the baseline, atomically (temp file + rename). */
export async function writeBaseline(report: RunReport, file: string, previous?: BaselineFile): Promise<void> {
  const next = previous ? updatedBaseline(previous, report) : baselineOf(report);
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, `${JSON.stringify(next, null, 2)}\n`, { encoding: 'utf8', flush: true });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * A baseline brought up to date by a run: its new divergences added, the ones it proved fixed
 * dropped, and the ones it could not check kept. Runs at several seeds build a baseline up this way.
 */
export function updatedBaseline(previous: BaselineFile, report: RunReport): BaselineFile {
  const cmp = compareWithBaselineEntries(report, previous.divergences);
  const fixed = new Set(cmp.fixed);
  const fresh = baselineOf(report);
  const byFingerprint = new Map(previous.divergences.filter((e) => !fixed.has(e.fingerprint)).map((e) => [e.fingerprint, e] as const));
  for (const e of fresh.divergences) {
    const kept = byFingerprint.get(e.fingerprint);
    const properties = [...new Set([...(kept?.properties ?? (kept ? [kept.property] : [])), ...(e.properties ?? [e.property])])];
    byFingerprint.set(e.fingerprint, { ...(kept ?? e), properties });
  }
  return { ...fresh, divergences: [...byFingerprint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) };
}

/** Version 1 hashed the property into the fingerprint: recompute from the stored parts and merge. */
function rekeyedFromVersion1(old: BaselineFile): BaselineFile {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const e of old.divergences) {
    const fingerprint = fingerprintOf(e.operation, e.rules[0] ?? '(no rule)', e.fieldPaths, e.expected, e.actual);
    const seen = byFingerprint.get(fingerprint);
    const properties = [...new Set([...(seen?.properties ?? []), ...(e.properties ?? [e.property])])];
    byFingerprint.set(fingerprint, { ...(seen ?? e), fingerprint, properties });
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
  if (version !== baselineVersion && version !== 1) {
    throw new Error(`Baseline ${file} has baselineVersion ${JSON.stringify(version) ?? 'missing'}, this tool reads 1 and ${baselineVersion}: ${remedy}.`);
  }
  const divergences = (json as { divergences?: unknown }).divergences;
  if (!Array.isArray(divergences)) throw new Error(`Baseline ${file} has no divergences list: ${remedy}.`);
  const bad = divergences.findIndex((d) => typeof d !== 'object' || d === null || typeof (d as BaselineEntry).fingerprint !== 'string' || typeof (d as BaselineEntry).property !== 'string');
  if (bad >= 0) throw new Error(`Baseline ${file} entry ${bad} lacks a fingerprint or property string: fix or delete that entry, or ${remedy}.`);
  return version === 1 ? rekeyedFromVersion1(json as BaselineFile) : (json as BaselineFile);
}

export async function compareWithBaseline(report: RunReport, baselineFile: string): Promise<BaselineComparison> {
  return compareWithBaselineEntries(report, (await readBaseline(baselineFile)).divergences);
}

/** The comparison itself, pure. */
export function compareWithBaselineEntries(report: RunReport, entries: readonly Pick<BaselineEntry, 'fingerprint' | 'property' | 'properties'>[]): BaselineComparison {
  const seen = new Set(report.divergences.map((d) => d.fingerprint));
  const recorded = new Set(entries.map((e) => e.fingerprint));
  // Only a property that held ran its whole budget: a failing one stops at its first counterexample,
  // so its other recorded divergences were not looked for. Filtered, skipped or unimplemented ones say nothing.
  const checked = new Set(report.properties.filter((p) => p.verdict === 'holds').map((p) => p.id));
  const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
  const missing = entries.filter((e) => !seen.has(e.fingerprint));
  // Fixed only when every property that found it ran its whole budget without finding it again.
  const lookedFor = (e: (typeof entries)[number]): boolean => (e.properties ?? [e.property]).every((p) => checked.has(p));
  return {
    known: sorted([...seen].filter((fp) => recorded.has(fp))),
    new: sorted([...seen].filter((fp) => !recorded.has(fp))),
    fixed: sorted(missing.filter(lookedFor).map((e) => e.fingerprint)),
    unchecked: sorted(missing.filter((e) => !lookedFor(e)).map((e) => e.fingerprint)),
  };
}

/** 0 when the run matches the baseline exactly; 1 on a new divergence or one the baseline can drop. */
export function baselineExitCode(cmp: Pick<BaselineComparison, 'new' | 'fixed'>): 0 | 1 {
  return cmp.new.length > 0 || cmp.fixed.length > 0 ? 1 : 0;
}

