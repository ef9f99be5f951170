/**
 * Runs one conformance property against one target session with fast-check: the main phase counts
 * cases and coverage, the first failure is shrunk, and the shrunk counterexample is run once more
 * to record exactly what diverged.
 */
import fc from 'fast-check';
import type { CaseRun, ConformanceProperty } from '../../spec/properties/index.js';
import { classifyOperation } from '../../generators/index.js';
import { OperationNotImplementedError, TargetUnavailableError, type TargetSession } from '../targets/target.js';
import { CoverageTally } from './coverageTally.js';
import type { CoverageCell, PropertyResult } from './runReport.js';

export interface PropertyRunOptions {
  seed: number;
  runs: number;
  /** fast-check counterexample path: replays one recorded case directly. */
  path?: string;
  /** Called after each case of the main phase. */
  onCase?: (casesDone: number, diverged: boolean) => void;
  /** Counts API calls made so far (the target's counter). */
  apiCalls: () => number;
}

export interface PropertyRunFinding {
  run: CaseRun;
  seed: number;
  path: string;
  casesToDetection: number;
}

export interface PropertyRun {
  result: Omit<PropertyResult, 'divergences'>;
  coverage: CoverageCell[];
  /** API calls of the main phase divided by its checked cases. */
  callsPerCheckedCase: number;
  finding?: PropertyRunFinding;
  /** The target stayed unreachable: the run must end (exit 3). */
  unavailable?: TargetUnavailableError;
}

/** A checked case is a generated case, or each step of a chain: what one fresh call is spent on. */
function checkedCasesIn(prop: ConformanceProperty, run: CaseRun): number {
  return prop.id === 'stateful-update-chain' ? Math.max(1, run.checks.filter((c) => c.operation === 'UpdateIntegration').length) : 1;
}

function tally(coverage: CoverageTally, run: CaseRun): void {
  for (const check of run.checks) {
    const diverged = run.divergence === check;
    const rejected = !check.expected.outcome.ok;
    if (check.operation === 'PutIntegration') {
      if (run.checks.length === 1) {
        const type = (check.body as { type?: unknown } | null)?.type;
        coverage.add(`put:${typeof type === 'string' ? type : 'invalid-type'}`, 'put', rejected, diverged);
      }
      continue;
    }
    if (check.operation !== 'UpdateIntegration') continue;
    const ops = (check.body as { patchOperations?: unknown } | null)?.patchOperations;
    for (const op of Array.isArray(ops) ? ops : [undefined]) {
      const { family, op: name } = classifyOperation(op);
      coverage.add(family, name, rejected, diverged);
    }
  }
}

export async function runProperty(prop: ConformanceProperty, session: TargetSession, opts: PropertyRunOptions): Promise<PropertyRun> {
  const coverage = new CoverageTally();
  const started = Date.now();
  const callsBefore = opts.apiCalls();
  let stop: OperationNotImplementedError | TargetUnavailableError | undefined;
  let cases = 0;
  let rejectedCases = 0;
  let checkedCases = 0;
  let mainPhaseCalls = 0;
  let firstFailureAt = 0;
  // fast-check keeps shrinking from each new failure, so the last failing run is the counterexample's.
  let lastFailure: CaseRun | undefined;

  // Replaying a path runs that one case: fast-check would go on to the path's siblings when it passes.
  let replayed = false;
  const property = fc.asyncProperty(prop.arbitrary, async (c) => {
    // Against the in-process mock a run is all promises and no I/O: without a turn of the event loop
    // per case, SIGINT/SIGTERM handlers (sandbox clean-up, the partial report) would never run.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (stop) return true;
    if (opts.path) {
      if (replayed) return true;
      replayed = true;
    }
    const shrinking = firstFailureAt > 0;
    const before = opts.apiCalls();
    let run: CaseRun;
    try {
      run = await prop.run(session, c);
    } catch (e) {
      if (e instanceof OperationNotImplementedError || e instanceof TargetUnavailableError) {
        stop = e;
        return true;
      }
      throw e;
    }
    if (run.divergence) lastFailure = run;
    if (!shrinking) {
      cases += 1;
      mainPhaseCalls += opts.apiCalls() - before;
      checkedCases += checkedCasesIn(prop, run);
      if (run.checks.some((ch) => !ch.expected.outcome.ok)) rejectedCases += 1;
      tally(coverage, run);
      if (run.divergence) firstFailureAt = cases;
      opts.onCase?.(cases, run.divergence !== undefined);
    }
    return run.divergence === undefined;
  });

  // A path names one recorded case: run exactly that one, without shrinking it further.
  const details = await fc.check(property, { seed: opts.seed, ...(opts.path ? { path: opts.path, numRuns: 1, endOnFailure: true } : { numRuns: opts.runs }) });
  if (details.errorInstance && !(details.counterexample && firstFailureAt > 0)) throw details.errorInstance;

  const base = {
    id: prop.id,
    title: prop.title,
    cases,
    rejectedCases,
    apiCalls: opts.apiCalls() - callsBefore,
    durationMs: Date.now() - started,
    seed: opts.seed,
  };
  const perCase = checkedCases > 0 ? mainPhaseCalls / checkedCases : 0;
  const coverageCells = coverage.toArray();
  if (!lastFailure) {
    if (stop instanceof TargetUnavailableError) return { result: { ...base, verdict: 'skipped', detail: stop.message }, coverage: coverageCells, callsPerCheckedCase: perCase, unavailable: stop };
    if (stop) return { result: { ...base, verdict: 'not-implemented', detail: stop.message }, coverage: coverageCells, callsPerCheckedCase: perCase };
    return { result: { ...base, verdict: 'holds' }, coverage: coverageCells, callsPerCheckedCase: perCase };
  }
  // A divergence found before the target went away is still a finding; the run then ends (exit 3).
  const finding: PropertyRunFinding = { run: lastFailure, seed: details.seed, path: details.counterexamplePath ?? '', casesToDetection: firstFailureAt };
  if (stop instanceof TargetUnavailableError) return { result: { ...base, verdict: 'fails' }, coverage: coverageCells, callsPerCheckedCase: perCase, finding, unavailable: stop };
  return { result: { ...base, verdict: 'fails' }, coverage: coverageCells, callsPerCheckedCase: perCase, finding };
}
