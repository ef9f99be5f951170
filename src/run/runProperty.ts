/**
 * Runs one conformance property against one target session with fast-check. The main phase spends
 * the whole budget: every case runs, whatever earlier cases found, and each divergence is recorded in
 * the run's ledger as a hit of a finding. Once every property's main phase is done (and the ledger
 * has settled ties), each finding is shrunk once by shrinkFinding, from the first case that hit it,
 * keeping only smaller cases that still show that same finding; a budget bounds what this costs.
 */
import fc from 'fast-check';
import type { CaseRun, CheckedCall, ConformanceProperty } from '../../spec/properties/index.js';
import { classifyOperation } from '../../generators/index.js';
import { classifiedOperations, declaredOperations } from './pathFamilies.js';
import { OperationNotImplementedError, TargetUnavailableError, type TargetSession } from '../targets/target.js';
import { CoverageTally } from './coverageTally.js';
import { checkHits, findingHits } from './findingHits.js';
import { FindingLedger, type LedgerEntry } from './findingLedger.js';
import type { CoverageCell, PropertyResult } from './runReport.js';
import type { ScorecardTally } from './scorecardTally.js';

/** Target evaluations a finding's shrinking may spend (a shrunk case is usually reached in 10-40). */
export const defaultShrinkBudget = 96;

export interface PropertyRunOptions {
  seed: number;
  runs: number;
  /** fast-check counterexample path: replays one recorded case directly, without shrinking. */
  path?: string;
  /** Called after each case of the main phase. */
  onCase?: (casesDone: number, diverged: boolean) => void;
  /** Counts API calls made so far (the target's counter). */
  apiCalls: () => number;
  /** The run's findings so far (shared by its properties); a fresh one when absent. */
  ledger?: FindingLedger;
  /** The run's scorecard (shared by its properties); none: not tallied. */
  scorecard?: ScorecardTally;
  /** false: skip the edge sweep (the random cases only). */
  sweep?: boolean;
  /** Sees every checked call of the main phase (probe records the answers that decide rules). */
  observe?: (check: CheckedCall) => void;
}

export interface PropertyRun {
  result: Omit<PropertyResult, 'divergences'>;
  /** The findings (the run's ledger; settled and shrunk only when the property ran alone). */
  ledger: FindingLedger;
  coverage: CoverageCell[];
  /** API calls of the main phase divided by its checked cases. */
  callsPerCheckedCase: number;
  /** The target stayed unreachable: the run must end (exit 3). */
  unavailable?: TargetUnavailableError;
  /** An operation the property needs is not implemented by the target (met in either phase). */
  notImplemented?: OperationNotImplementedError;
}

/** A checked case is a generated case, or each step of a sequence: what one fresh call is spent on. */
function checkedCasesIn(prop: ConformanceProperty, run: CaseRun): number {
  return prop.steps?.(run) ?? 1;
}

/** Coverage counts the operations the reference evaluated: those after a rejected one were never looked at. */
function tally(coverage: CoverageTally, run: CaseRun): void {
  for (const check of run.checks) {
    const diverged = !check.comparison.conforms;
    const rejected = !check.expected.outcome.ok;
    const resource = run.record.resource;
    if (resource) {
      // A declared resource's patches, by its own rows.
      if (check.operation.startsWith('Update')) for (const { family, op } of declaredOperations(resource, check.body, check.expected.evaluated)) coverage.add(family, op, rejected, diverged);
      continue;
    }
    if (check.operation === 'PutIntegration') {
      if (run.record.patches.length === 0) {
        const type = (check.body as { type?: unknown } | null)?.type;
        coverage.add(`put:${typeof type === 'string' ? type : 'invalid-type'}`, 'put', rejected, diverged);
      }
      continue;
    }
    if (check.operation !== 'UpdateIntegration') continue;
    // A body that is no patch at all still counts once, under the family classifyOperation gives it.
    const isPatch = Array.isArray((check.body as { patchOperations?: unknown } | null)?.patchOperations);
    for (const { family, op } of isPatch ? classifiedOperations(check.body, check.expected.evaluated) : [classifyOperation(undefined)]) coverage.add(family, op, rejected, diverged);
  }
}

/** One turn of the event loop: against the in-process mock a run is all promises, and signals must get through. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runProperty(prop: ConformanceProperty, session: TargetSession, opts: PropertyRunOptions): Promise<PropertyRun> {
  const ledger = opts.ledger ?? new FindingLedger();
  const coverage = new CoverageTally();
  const started = Date.now();
  const callsBefore = opts.apiCalls();
  let unavailable: TargetUnavailableError | undefined;
  let notImplemented: OperationNotImplementedError | undefined;
  /** An error of the suite itself (not of the target): rethrown after fast-check returns, never shrunk. */
  let fatal: unknown;
  // An operation the property can do without (a declared resource's update): reported, and the cases go on.
  const workedAround = () => notImplemented !== undefined && (prop.continuesWithout ?? []).includes(notImplemented.operation);
  const stopped = () => unavailable !== undefined || (notImplemented !== undefined && !workedAround()) || fatal !== undefined;
  let cases = 0;
  let rejectedCases = 0;
  let divergingCases = 0;
  let checkedCases = 0;
  let mainPhaseCalls = 0;

  /** Runs one case; undefined when the run has to stop (the reason is kept). */
  const runCase = async (c: unknown): Promise<CaseRun | undefined> => {
    try {
      const run = await prop.run(session, c);
      if (run.notImplemented) notImplemented ??= run.notImplemented.error;
      return run;
    } catch (e) {
      if (e instanceof TargetUnavailableError) unavailable ??= e;
      else if (e instanceof OperationNotImplementedError) notImplemented ??= e;
      else fatal ??= e;
      return undefined;
    }
  };

  let sweepCases = 0;
  let lostAnswers = 0;
  /** Checks one case of either phase; false when the run has to stop. */
  const check = async (c: unknown, sweep: boolean): Promise<boolean> => {
    await turn();
    const before = opts.apiCalls();
    const run = await runCase(c);
    if (!run) return false;
    const hits = findingHits(run);
    lostAnswers += run.lostAnswers ?? 0;
    // A replayed path is recorded as given, so the report's replay command replays that very case.
    ledger.record(prop.id, opts.seed, sweep ? sweepCases : cases, run, hits, sweep ? `sweep:${sweepCases}` : (opts.path ?? String(cases)));
    opts.scorecard?.add(run);
    if (opts.observe) for (const check of run.checks) opts.observe(check);
    if (sweep) sweepCases += 1;
    else {
      cases += 1;
      mainPhaseCalls += opts.apiCalls() - before;
      checkedCases += checkedCasesIn(prop, run);
    }
    if (run.checks.some((ch) => !ch.expected.outcome.ok)) rejectedCases += 1;
    // A property judges its own calls: a diverging set-up put is a PutIntegration finding, not this property's failure.
    const diverged = hits.some((h) => !h.check.setup);
    if (diverged) divergingCases += 1;
    tally(coverage, run);
    if (!sweep) opts.onCase?.(cases, diverged);
    return !stopped();
  };

  // The edge sweep first: the same fixed cases at every seed (a `sweep:N` path replays one of them).
  const sweep = opts.sweep === false ? [] : (prop.sweep?.() ?? []);
  const sweepPath = opts.path && /^sweep:(\d+)$/.exec(opts.path);
  if (sweepPath) {
    const c = sweep[Number(sweepPath[1])];
    if (c === undefined) throw new Error(`Unable to replay: ${prop.id} has ${sweep.length} sweep cases, no ${opts.path}`);
    sweepCases = Number(sweepPath[1]);
    await check(c, true);
  } else {
    if (!opts.path) for (const c of sweep) if (!(await check(c, true))) break;
    // Replaying a path runs that one case: fast-check would go on to the path's siblings when it passes.
    let replayed = false;
    const main = fc.asyncProperty(prop.arbitrary, async (c) => {
      if (stopped() || (opts.path && replayed)) return true;
      replayed = true;
      await check(c, false);
      return true;
    });
    if (!stopped()) await fc.check(main, { seed: opts.seed, ...(opts.path ? { path: opts.path, numRuns: 1, endOnFailure: true } : { numRuns: opts.runs }) });
  }

  if (fatal !== undefined) throw fatal;

  const result: Omit<PropertyResult, 'divergences'> = {
    id: prop.id,
    title: prop.title,
    verdict: divergingCases > 0 ? 'fails' : unavailable ? 'skipped' : notImplemented ? 'not-implemented' : 'holds',
    cases,
    ...(sweepCases > 0 ? { sweepCases } : {}),
    rejectedCases,
    divergingCases,
    ...(lostAnswers > 0 ? { lostAnswers } : {}),
    apiCalls: opts.apiCalls() - callsBefore,
    durationMs: Date.now() - started,
    seed: opts.seed,
    ...(notImplemented ? { detail: notImplemented.message } : unavailable ? { detail: unavailable.message } : {}),
  };
  // Alone (a test, a bench), a property settles its own ties; in a run, the suite settles them after every property.
  if (!opts.ledger) ledger.settleTies();
  return {
    result,
    ledger,
    coverage: coverage.toArray(),
    callsPerCheckedCase: checkedCases > 0 ? mainPhaseCalls / checkedCases : 0,
    ...(unavailable ? { unavailable } : {}),
    ...(notImplemented ? { notImplemented } : {}),
  };
}

/**
 * Shrinks one finding from the case that first hit it: fast-check replays that case by its path and
 * keeps every smaller case that still hits the same finding (ties settled as the ledger settled them).
 * Returns the target evaluations spent; a target that goes away ends the shrinking where it stands.
 */
export async function shrinkFinding(prop: ConformanceProperty, session: TargetSession, entry: LedgerEntry, ledger: FindingLedger, budget = defaultShrinkBudget): Promise<{ evaluations: number; unavailable?: TargetUnavailableError; notImplemented?: OperationNotImplementedError }> {
  let evaluations = 0;
  let stop: { unavailable?: TargetUnavailableError; notImplemented?: OperationNotImplementedError } | undefined;
  let fatal: unknown;
  let best: { run: CaseRun; hit: LedgerEntry['hit'] } | undefined;
  const property = fc.asyncProperty(prop.arbitrary, async (c) => {
    await turn();
    // Past the budget every candidate "passes": fast-check ends with the smallest failure so far.
    if (stop || evaluations >= budget) return true;
    evaluations += 1;
    let run: CaseRun;
    // Once a check shows the finding, the rest of a chain is not needed.
    const showsIt = (check: CheckedCall) => checkHits(check).some((h) => ledger.resolve(h).fingerprint === entry.fingerprint);
    try {
      run = await prop.run(session, c, showsIt);
    } catch (e) {
      if (e instanceof TargetUnavailableError) stop = { unavailable: e };
      else if (e instanceof OperationNotImplementedError) stop = { notImplemented: e };
      else (fatal = e), (stop = {});
      return true;
    }
    if (run.notImplemented) stop = { notImplemented: run.notImplemented.error };
    const hit = findingHits(run).find((h) => ledger.resolve(h).fingerprint === entry.fingerprint);
    if (!hit) return true;
    best = { run, hit: ledger.resolve(hit) };
    return false;
  });
  const details = await fc.check(property, { seed: entry.seed, path: entry.path });
  if (fatal !== undefined) throw fatal;
  if (best) {
    entry.run = best.run;
    entry.hit = best.hit;
    entry.path = details.counterexamplePath ?? entry.path;
  }
  entry.shrunk = true;
  return { evaluations, ...stop };
}
