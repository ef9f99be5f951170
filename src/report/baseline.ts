/**
 * Baselines: accepted findings, by fingerprint, so CI fails only on change. A run's findings that
 * the file lists are known and pass; new ones fail. An entry the run did not hit is not dropped on
 * that account: its recorded counterexample is run again, and only when that now conforms is the
 * entry "fixed" (the run fails until it is dropped). A baseline therefore holds across seeds and
 * budgets, and shrinks only when a fix is proved.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RecheckRequest, RecheckResult } from '../run/runSuite.js';
import { fingerprintOf } from '../run/findingKey.js';
import type { CaseRecord, RunReport } from '../run/runReport.js';
import { redactSecrets } from './redactSecrets.js';
import { errorLine } from '../errorLine.js';

/** 3: one entry per finding (operation, deciding rule, outcome kinds); versions 1 and 2 are re-keyed on reading. */
export const baselineVersion = 3 as const;

export interface BaselineEntry {
  fingerprint: string;
  operation: string;
  /** The deciding rule's id, then the other rules cited. */
  rules: string[];
  /** The rule-table path a shared rule (value.invalid) was raised for. */
  scope?: string;
  /** `ok` or the exception name. */
  expected: string;
  /** `ok`, the exception name, `5xx`, or `accepted`. */
  actual: string;
  /** The property whose counterexample is recorded (re-run when a later run does not hit the finding). */
  property: string;
  /** Every property that hit it. */
  properties: string[];
  /** One counterexample: re-run to tell a finding not hit from a finding fixed. */
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
  /** Findings of the run the baseline lists. */
  known: string[];
  /** Findings of the run the baseline does not list. */
  new: string[];
  /** Entries not hit whose counterexample now conforms. */
  fixed: string[];
  /** Entries not hit whose counterexample still diverges. */
  confirmed: string[];
  /** Entries not hit that could not be re-run. */
  unchecked: string[];
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** The baseline a run would record: one entry per finding, sorted, secrets masked. */
export function baselineOf(report: RunReport): BaselineFile {
  const entries = report.divergences.map(
    (d): BaselineEntry => ({
      fingerprint: d.fingerprint,
      operation: d.operation,
      rules: d.rules.map((r) => r.id),
      ...(d.scope ? { scope: d.scope } : {}),
      expected: d.expectedKind,
      actual: d.actualKind,
      property: d.property,
      properties: d.properties,
      sampleCounterexample: d.counterexample,
    }),
  );
  return redactSecrets({
    baselineVersion,
    tool: report.tool,
    runId: report.runId,
    recordedAt: report.finishedAt,
    target: report.settings.target,
    divergences: entries.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  });
}

/** What the run must re-check: every entry, by its recorded counterexample. */
export function recheckRequests(baseline: BaselineFile): RecheckRequest[] {
  return baseline.divergences.map((e) => ({ fingerprint: e.fingerprint, property: e.property, counterexample: e.sampleCounterexample }));
}

/** The comparison itself, pure: the run's findings, and what re-checking the entries it did not hit found. */
export function compareWithBaselineEntries(report: RunReport, entries: readonly Pick<BaselineEntry, 'fingerprint'>[], rechecked: ReadonlyMap<string, RecheckResult>): BaselineComparison {
  const seen = new Set(report.divergences.map((d) => d.fingerprint));
  const recorded = new Set(entries.map((e) => e.fingerprint));
  const missing = entries.map((e) => e.fingerprint).filter((fp) => !seen.has(fp));
  const status = (fp: string): RecheckResult => rechecked.get(fp) ?? 'unchecked';
  return {
    known: sorted([...seen].filter((fp) => recorded.has(fp))),
    new: sorted([...seen].filter((fp) => !recorded.has(fp))),
    fixed: sorted(missing.filter((fp) => status(fp) === 'fixed')),
    confirmed: sorted(missing.filter((fp) => status(fp) === 'confirmed')),
    unchecked: sorted(missing.filter((fp) => status(fp) === 'unchecked')),
  };
}

/**
 * A baseline brought up to date by a run: its new findings added, the entries it proved fixed
 * dropped, the rest kept. Runs at several seeds build a baseline up this way.
 */
export function updatedBaseline(previous: BaselineFile, report: RunReport, cmp: Pick<BaselineComparison, 'fixed'>): BaselineFile {
  const fixed = new Set(cmp.fixed);
  const fresh = baselineOf(report);
  const byFingerprint = new Map(previous.divergences.filter((e) => !fixed.has(e.fingerprint)).map((e) => [e.fingerprint, e] as const));
  for (const e of fresh.divergences) {
    const kept = byFingerprint.get(e.fingerprint);
    byFingerprint.set(e.fingerprint, kept ? { ...kept, properties: sorted([...kept.properties, ...e.properties]) } : e);
  }
  return { ...fresh, divergences: [...byFingerprint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) };
}

/** Writes a baseline file atomically (temp file + rename). */
export async function writeBaselineFile(next: BaselineFile, file: string): Promise<void> {
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
