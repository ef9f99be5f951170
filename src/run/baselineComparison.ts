/**
 * Baselines as data: accepted findings, by fingerprint, so CI fails only on change. A run's findings
 * that the baseline lists are known and pass; new ones fail. An entry the run did not hit is not
 * dropped on that account: its recorded counterexample is run again, and only when that now conforms
 * is the entry "fixed" (the run fails until it is dropped). Pure: reading and writing baseline files
 * (and masking secrets in them) is src/report/baseline.ts's business.
 */
import type { CaseRecord, RunReport } from './runReport.js';

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

/** A finding recorded earlier (a baseline entry) to look for again when this run does not hit it. */
export interface RecheckRequest {
  fingerprint: string;
  property: string;
  counterexample: CaseRecord;
}

/** confirmed: its counterexample still shows it; fixed: it now conforms; unchecked: it could not be run. */
export type RecheckResult = 'confirmed' | 'fixed' | 'unchecked';

export const recheckResults: readonly RecheckResult[] = ['confirmed', 'fixed', 'unchecked'];

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

/** The baseline a run would record: one entry per finding, sorted (secrets are masked when it is written). */
export function baselineOf(report: Pick<RunReport, 'divergences' | 'tool' | 'runId' | 'finishedAt' | 'settings'>): BaselineFile {
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
  return {
    baselineVersion,
    tool: report.tool,
    runId: report.runId,
    recordedAt: report.finishedAt,
    target: report.settings.target,
    divergences: entries.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  };
}

/** What the run must re-check: every entry, by its recorded counterexample. */
export function recheckRequests(baseline: BaselineFile): RecheckRequest[] {
  return baseline.divergences.map((e) => ({ fingerprint: e.fingerprint, property: e.property, counterexample: e.sampleCounterexample }));
}

/** The comparison itself, pure: the run's findings, and what re-checking the entries it did not hit found. */
export function compareWithBaselineEntries(
  report: Pick<RunReport, 'divergences'>,
  entries: readonly Pick<BaselineEntry, 'fingerprint'>[],
  rechecked: ReadonlyMap<string, RecheckResult> | Readonly<Record<string, RecheckResult>>,
): BaselineComparison {
  const seen = new Set(report.divergences.map((d) => d.fingerprint));
  const recorded = new Set(entries.map((e) => e.fingerprint));
  const missing = entries.map((e) => e.fingerprint).filter((fp) => !seen.has(fp));
  const status = (fp: string): RecheckResult => (rechecked instanceof Map ? rechecked.get(fp) : (rechecked as Record<string, RecheckResult>)[fp]) ?? 'unchecked';
  return {
    known: sorted([...seen].filter((fp) => recorded.has(fp))),
    new: sorted([...seen].filter((fp) => !recorded.has(fp))),
    fixed: sorted(missing.filter((fp) => status(fp) === 'fixed')),
    confirmed: sorted(missing.filter((fp) => status(fp) === 'confirmed')),
    unchecked: sorted(missing.filter((fp) => status(fp) === 'unchecked')),
  };
}

/**
 * Re-check results of several parts of one run (workers, shards) as one: an entry any part saw still
 * diverging is confirmed (the others may have drawn it conforming by chance, or not run it); fixed
 * only when a part proved it and none confirmed it; unchecked otherwise.
 */
export function combineRechecks(parts: readonly (Readonly<Record<string, RecheckResult>> | undefined)[]): Record<string, RecheckResult> {
  const rank: Record<RecheckResult, number> = { unchecked: 0, fixed: 1, confirmed: 2 };
  const out: Record<string, RecheckResult> = {};
  for (const part of parts) {
    for (const [fp, r] of Object.entries(part ?? {})) {
      const seen = out[fp];
      if (seen === undefined || rank[r] > rank[seen]) out[fp] = r;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A baseline brought up to date by a run: its new findings added, the entries it proved fixed
 * dropped, the rest (known, confirmed, unchecked) kept. Runs at several seeds build a baseline up this way.
 */
export function updatedBaseline(previous: BaselineFile, report: Pick<RunReport, 'divergences' | 'tool' | 'runId' | 'finishedAt' | 'settings'>, cmp: Pick<BaselineComparison, 'fixed'>): BaselineFile {
  const fixed = new Set(cmp.fixed);
  const fresh = baselineOf(report);
  const byFingerprint = new Map(previous.divergences.filter((e) => !fixed.has(e.fingerprint)).map((e) => [e.fingerprint, e] as const));
  for (const e of fresh.divergences) {
    const kept = byFingerprint.get(e.fingerprint);
    byFingerprint.set(e.fingerprint, kept ? { ...kept, properties: sorted([...kept.properties, ...e.properties]) } : e);
  }
  return { ...fresh, divergences: [...byFingerprint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) };
}
