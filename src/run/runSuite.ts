/**
 * Runs the selected conformance properties against one target and assembles the RunReport.
 * The target is opened once; every property reuses its sandbox (PutIntegration resets a case).
 * Findings accumulate in one ledger across properties: one cause is one finding, shrunk once.
 */
import { randomUUID } from 'node:crypto';
import { conformanceProperties, resourceOf, type CheckedCall, type ConformanceProperty } from '../../spec/properties/index.js';
import type { CliTarget } from '../report/awsCliCommand.js';
import type { Target, TargetSession } from '../targets/target.js';
import { TargetUnavailableError } from '../targets/target.js';
import { CoverageTally } from './coverageTally.js';
import { declaredFamily } from './pathFamilies.js';
import { resourceRegistry } from '../resources/registry.js';
import { integrationRules, integrationTypes } from '../rules/integration.js';
import { patchOpEnum } from '../rules/patchOperations.js';
import { ruleCatalogue } from '../rules/ruleCatalogue.js';
import { findingHits } from './findingHits.js';
import { FindingLedger } from './findingLedger.js';
import { findingRecord } from './findingRecord.js';
import { settleRun, type SettleInputs, type UnsettledReport } from './runGate.js';
import { runProperty, shrinkFinding } from './runProperty.js';
import { reportSchemaVersion, type Divergence, type PropertyResult, type RunReport } from './runReport.js';
import type { BaselineFile, RecheckRequest, RecheckResult } from './baselineComparison.js';
import { ScorecardTally } from './scorecardTally.js';
import { toolVersion } from './toolVersion.js';

export interface SuiteProgress {
  propertyStarted(id: string, title: string, total: number): void;
  caseDone(divergencesSoFar: number): void;
  /**
   * A property's main phase is over. Its findings are not settled yet (ties between rules are settled
   * once every property has run): `result.divergences` is empty here; the settled report has them.
   */
  propertyFinished(result: PropertyResult): void;
}

export type { RecheckRequest, RecheckResult } from './baselineComparison.js';

export interface SuiteOptions {
  target: Target;
  settings: RunReport['settings'];
  /** Property ids to run (all when empty). */
  only?: readonly string[];
  /** Replays one recorded case (with `only` naming its property). */
  path?: string;
  replayCommand: (property: string, seed: number, path: string) => string;
  cli: CliTarget;
  progress?: SuiteProgress;
  runId?: string;
  /**
   * Receives the function that reports what has finished so far as an interrupted run, settled with
   * the same inputs as the whole run (for a report on SIGINT/SIGTERM).
   */
  onSnapshot?: (interruptedReport: () => RunReport) => void;
  /** Findings to re-check by their recorded counterexample when the run does not hit them. */
  recheck?: readonly RecheckRequest[];
  /** --fail-on, --baseline, --expectations: what the report is settled with (settleRun). */
  settle?: SettleInputs;
  /** Target evaluations per finding while shrinking. */
  shrinkBudget?: number;
  /** Sees every checked call (probe records the answers that decide rules). */
  observe?: (check: CheckedCall) => void;
}

export interface SuiteResult {
  /** Settled: gated with `settle` (what the exit code and every report render). */
  report: RunReport;
  /** The baseline this run would write (--write-baseline). */
  nextBaseline: BaselineFile;
  /** The target went away: what finished is reported (`report.unreachable`), the run never passes. */
  unavailable?: TargetUnavailableError;
  rechecked: Map<string, RecheckResult>;
}

/** FNV-1a, 32 bits: a property's own number, the same whatever else a run selects or adds. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Each property draws from its own seed, derived from the run's seed and the property's id, so two
 * properties that share an arbitrary do not check the same cases, and adding or reordering
 * properties changes no other property's cases.
 */
export function propertySeed(runSeed: number, propertyId: string): number {
  return (runSeed ^ Math.imul(idHash(propertyId), 0x9e3779b1)) | 0;
}

export function selectProperties(only: readonly string[] = []): ConformanceProperty[] {
  if (only.length === 0) return [...conformanceProperties];
  return only.map((id) => {
    const p = conformanceProperties.find((q) => q.id === id);
    if (!p) throw new Error(`unknown property '${id}': choose one of ${conformanceProperties.map((q) => q.id).join(', ')}`);
    return p;
  });
}

export async function runSuite(opts: SuiteOptions): Promise<SuiteResult> {
  const properties = selectProperties(opts.only);
  const startedAt = new Date();
  const [session] = await opts.target.open(1);
  if (!session) throw new Error('the target opened no session');
  const coverage = new CoverageTally();
  // Every rule-table path with every op of AWS's enum, and every type at put: the cells a run aims at,
  // for each resource a selected property checks.
  const checked = new Set(properties.map(resourceOf));
  if (checked.has('Integration')) {
    for (const row of integrationRules) for (const op of patchOpEnum) coverage.expect(row.pattern, op);
    for (const type of integrationTypes) coverage.expect(`put:${type}`, 'put');
  }
  for (const decl of resourceRegistry.filter((d) => checked.has(d.name))) for (const row of decl.rows) for (const op of patchOpEnum) coverage.expect(declaredFamily(decl.name, row.pattern), op);
  const scorecard = new ScorecardTally();
  scorecard.expect(ruleCatalogue);
  const ledger = new FindingLedger();
  const results: Omit<PropertyResult, 'divergences'>[] = [];
  const perCheckedCase: Record<string, number> = {};
  const notImplemented = new Map<string, string>();
  let unavailable: TargetUnavailableError | undefined;
  const runId = opts.runId ?? randomUUID().slice(0, 8);
  const seedOf = (id: string) => propertySeed(opts.settings.seed, id);

  let rechecked: Map<string, RecheckResult> | undefined;
  /** What has finished so far, unsettled: the whole run at the end, a partial one if interrupted. */
  const snapshot = (interrupted: boolean): UnsettledReport => {
    const finishedAt = new Date();
    // Findings in the order they were met; ids are their rank.
    const ids = new Map([...ledger.entries.keys()].map((fp, n) => [fp, `d${n + 1}`] as const));
    const divergences: Divergence[] = [...ledger.entries.values()].map((entry) =>
      findingRecord({
        id: ids.get(entry.fingerprint)!,
        entry,
        // The run's seed: the command runs the same derivation and so reaches the same property seed.
        replayCommand: opts.replayCommand(entry.property, opts.settings.seed, entry.path),
        cli: opts.cli,
      }),
    );
    const props: PropertyResult[] = results.map((r) => ({ ...r, divergences: ledger.fingerprintsOf(r.id).map((fp) => ids.get(fp)!) }));
    // Baseline entries this run did not hit: what re-running them found (none re-run yet: unchecked).
    const recheckedData = opts.recheck
      ? Object.fromEntries(opts.recheck.filter((r) => !ledger.entries.has(r.fingerprint)).map((r) => [r.fingerprint, rechecked?.get(r.fingerprint) ?? 'unchecked'] as const).sort(([a], [b]) => a.localeCompare(b)))
      : undefined;
    return {
      schemaVersion: reportSchemaVersion,
      tool: { name: 'apigw-patch-conformance', version: toolVersion },
      runId,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      settings: { ...opts.settings, properties: properties.map((p) => p.id) },
      properties: props,
      coverage: coverage.toArray(),
      scorecard: scorecard.toScorecard(),
      divergences,
      apiCalls: { total: results.reduce((n, r) => n + r.apiCalls, 0), perCheckedCase: { ...perCheckedCase } },
      notImplemented: [...notImplemented].map(([operation, detail]) => ({ operation, detail })),
      ...(interrupted ? { interrupted: true } : {}),
      ...(unavailable ? { unreachable: unavailable.message } : {}),
      ...(recheckedData ? { rechecked: recheckedData } : {}),
    };
  };
  opts.onSnapshot?.(() => settleRun(snapshot(true), opts.settle).report);

  for (const prop of properties) {
    if (unavailable) break;
    opts.progress?.propertyStarted(prop.id, prop.title, opts.settings.runs);
    let diverged = 0;
    const run = await runProperty(prop, session, {
      seed: seedOf(prop.id),
      runs: opts.settings.runs,
      ...(opts.path ? { path: opts.path } : {}),
      apiCalls: () => opts.target.calls,
      ledger,
      scorecard,
      ...(opts.settings.sweep === false ? { sweep: false } : {}),
      ...(opts.observe ? { observe: opts.observe } : {}),
      onCase: (_n, d) => opts.progress?.caseDone((diverged += d ? 1 : 0)),
    });
    unavailable = run.unavailable;
    coverage.merge(run.coverage);
    perCheckedCase[prop.id] = Math.round(run.callsPerCheckedCase * 1000) / 1000;
    if (run.notImplemented && !notImplemented.has(run.notImplemented.operation)) notImplemented.set(run.notImplemented.operation, run.notImplemented.message);
    results.push(run.result);
    // Findings are settled (ties, shrinking) after every property: the line says what the cases did.
    opts.progress?.propertyFinished({ ...run.result, divergences: [] });
  }

  // Every main phase is done: settle ties by the run's evidence, then shrink each finding once, in
  // the property that met it first (a replayed path is already the shrunk case).
  ledger.settleTies();
  if (!opts.path) {
    for (const entry of ledger.entries.values()) {
      if (unavailable) break;
      if (entry.shrunk) continue; // a sweep case is fixed and already minimal
      const prop = properties.find((p) => p.id === entry.property)!;
      const result = results.find((r) => r.id === entry.property)!;
      const [started, callsBefore] = [Date.now(), opts.target.calls];
      const shrunk = await shrinkFinding(prop, session, entry, ledger, opts.shrinkBudget);
      Object.assign(result, {
        shrinkCases: (result.shrinkCases ?? 0) + shrunk.evaluations,
        apiCalls: result.apiCalls + opts.target.calls - callsBefore,
        durationMs: result.durationMs + Date.now() - started,
      });
      unavailable ??= shrunk.unavailable;
      if (shrunk.notImplemented && !notImplemented.has(shrunk.notImplemented.operation)) notImplemented.set(shrunk.notImplemented.operation, shrunk.notImplemented.message);
    }
  }

  if (unavailable) rechecked = new Map<string, RecheckResult>();
  else {
    const out = await recheck(session, opts.recheck ?? [], ledger, properties);
    rechecked = out.results;
    // Gone while re-checking: the entries left are unchecked, and the run ends as unreachable (exit 3).
    unavailable = out.unavailable;
  }
  const { report, nextBaseline } = settleRun(snapshot(false), opts.settle);
  return unavailable ? { report, nextBaseline, unavailable, rechecked } : { report, nextBaseline, rechecked };
}

/** Runs each requested finding's recorded counterexample once more, unless this run already hit it. */
async function recheck(
  session: TargetSession,
  requests: readonly RecheckRequest[],
  ledger: FindingLedger,
  selected: readonly ConformanceProperty[],
): Promise<{ results: Map<string, RecheckResult>; unavailable?: TargetUnavailableError }> {
  const results = new Map<string, RecheckResult>();
  let unavailable: TargetUnavailableError | undefined;
  for (const r of requests) {
    if (ledger.entries.has(r.fingerprint) || results.has(r.fingerprint)) continue;
    const prop = selected.find((p) => p.id === r.property);
    if (!prop || unavailable) {
      results.set(r.fingerprint, 'unchecked');
      continue;
    }
    try {
      const run = await prop.run(session, prop.fromRecord(r.counterexample));
      results.set(r.fingerprint, run.notImplemented ? 'unchecked' : findingHits(run).some((h) => h.fingerprint === r.fingerprint) ? 'confirmed' : 'fixed');
    } catch (e) {
      if (!(e instanceof TargetUnavailableError)) throw e;
      unavailable = e;
      results.set(r.fingerprint, 'unchecked');
    }
  }
  return unavailable ? { results, unavailable } : { results };
}
