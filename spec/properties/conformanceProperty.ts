/**
 * A conformance property: an arbitrary of cases and how one case is run against a target session.
 * Defined once; vitest (spec/*.spec.ts) and the CLI (`run`) both execute these.
 */
import type fc from 'fast-check';
import type { Integration, IntegrationContext, Outcome } from '../../src/contract.js';
import type { Comparison } from '../../src/compare/compareOutcomes.js';
import { compareOutcomes, diffJson } from '../../src/compare/compareOutcomes.js';
import type { Expectation } from '../../src/engine/expectation.js';
import type { CaseRecord } from '../../src/run/runReport.js';
import { OperationNotImplementedError, ResponseLostError, type TargetSession } from '../../src/targets/target.js';

/** One answer of the target checked against the reference. */
export interface CheckedCall {
  operation: string;
  /** Index of the call in the case's sequence (0 for single-patch cases). */
  step: number;
  /** The request body sent, when the call has one. */
  body?: unknown;
  expected: Expectation;
  actual: Outcome;
  comparison: Comparison;
  /** The set-up of the case (the put an update property starts from): its findings are reported, but are not what the property judges. */
  setup?: true;
}

export interface CaseRun {
  record: CaseRecord;
  /** Every answer checked, in order: a divergence does not end a case (later calls are judged on the target's own state). */
  checks: CheckedCall[];
  /** The case ended at a call the target does not implement: what that call would have checked. */
  notImplemented?: { operation: CheckedCall['operation']; expected: Expectation; error: OperationNotImplementedError };
  /** Calls whose answer was lost: read back and found applied (not checked), or unsettled (the case ended). */
  lostAnswers?: number;
}

/** How one call is sent. */
export interface SendOptions {
  /** The request body sent, when the call has one. */
  body?: unknown;
  /** The call is the case's set-up (see CheckedCall.setup). */
  setup?: boolean;
  /**
   * For a call that changes state: the integration before it (null: none) and how to read it back.
   * A lost answer is then settled by reading back, never by sending the call blindly again.
   */
  settle?: { before: Integration | null; readBack: () => Promise<Outcome> };
}

export interface ConformanceProperty<C = unknown> {
  id: string;
  title: string;
  /** The declared resource it checks (src/resources); absent: Integration, whose properties came first. */
  resource?: string;
  /** Operations the property checks but can do without: when the target lacks one, it is reported and the other calls are still checked. */
  continuesWithout?: readonly string[];
  /** The operations the property needs, for "not implemented by the target" reports. */
  operations: readonly CheckedCall['operation'][];
  arbitrary: fc.Arbitrary<C>;
  /** The case again from a recorded counterexample (replay, corpus). */
  fromRecord(record: CaseRecord): C;
  /** The edge sweep: fixed cases from the rule table, checked before the random ones (replayed by path `sweep:N`). */
  sweep?(): readonly C[];
  /** Checked steps in a case (each a fresh call; the set-up put aside): 1 unless the property makes sequences. */
  steps?(run: CaseRun): number;
  /**
   * Runs one case. `enough`, when given, is asked after each check: once it says yes, a property
   * with more calls to make (a chain) may stop there (shrinking needs only the call that shows a finding).
   */
  run(session: TargetSession, c: C, enough?: (check: CheckedCall) => boolean): Promise<CaseRun>;
}

/** Accumulates the checks of one case. */
export class CaseRecorder {
  readonly checks: CheckedCall[] = [];
  readonly record: CaseRecord;
  private notImplemented?: CaseRun['notImplemented'];
  private lostAnswers = 0;

  constructor(ctx: IntegrationContext, put: unknown) {
    this.record = { put, patches: [], ctx: { restApiId: ctx.restApiId, resourceId: ctx.resourceId, httpMethod: ctx.httpMethod } };
  }

  /** Records a checked answer and returns its comparison (the case goes on either way). */
  check(operation: CheckedCall['operation'], step: number, expected: Expectation, actual: Outcome, body?: unknown, setup = false): Comparison {
    const comparison = compareOutcomes(expected, actual);
    this.checks.push({ operation, step, ...(body === undefined ? {} : { body }), expected, actual, comparison, ...(setup ? { setup: true as const } : {}) });
    return comparison;
  }

  /**
   * Sends one call and checks its answer; null when the case must end there: the target does not
   * implement the operation (what the call would have checked is kept for the scorecard), or the
   * answer was lost and reading back could not settle what happened.
   */
  async send(operation: CheckedCall['operation'], step: number, expected: Expectation, call: () => Promise<Outcome>, o: SendOptions = {}): Promise<Outcome | null> {
    let actual: Outcome;
    try {
      actual = await call();
    } catch (e) {
      if (e instanceof OperationNotImplementedError) {
        this.notImplemented = { operation, expected, error: e };
        return null;
      }
      if (!(e instanceof ResponseLostError) || !o.settle) throw e;
      return this.settle(operation, step, expected, call, o, o.settle);
    }
    this.check(operation, step, expected, actual, o.body, o.setup);
    return actual;
  }

  /**
   * A lost answer: read the integration back. Unchanged, the call was not applied: send it once more
   * (a second loss leaves it unsettled). Changed as expected, it was applied: its answer cannot be
   * checked, the case goes on from what was read. Anything else is unsettled, never a divergence.
   */
  private async settle(operation: CheckedCall['operation'], step: number, expected: Expectation, call: () => Promise<Outcome>, o: SendOptions, s: NonNullable<SendOptions['settle']>, again = true): Promise<Outcome | null> {
    this.lostAnswers += 1;
    const read = await s.readBack();
    const now = read.ok ? read.value : null;
    const same = (a: Integration | null, b: Integration | null) => diffJson(a, b).length === 0;
    if (same(now, s.before) && again) {
      try {
        const actual = await call();
        this.lostAnswers -= 1;
        this.check(operation, step, expected, actual, o.body, o.setup);
        return actual;
      } catch (e) {
        if (!(e instanceof ResponseLostError)) throw e;
        return this.settle(operation, step, expected, call, o, s, false);
      }
    }
    if (!expected.outcome.ok) return null;
    const deletes = operation.startsWith('Delete');
    if (deletes && now === null) return { ok: true, status: expected.outcome.status, value: {} };
    if (!deletes && now && same(now, expected.outcome.value)) return { ok: true, status: expected.outcome.status, value: now };
    return null;
  }

  /** Whether the case met an operation the target does not implement. */
  lacks(operation: string): boolean {
    return this.notImplemented?.operation === operation;
  }

  done(): CaseRun {
    return {
      record: this.record,
      checks: this.checks,
      ...(this.notImplemented ? { notImplemented: this.notImplemented } : {}),
      ...(this.lostAnswers > 0 ? { lostAnswers: this.lostAnswers } : {}),
    };
  }
}

/** The first check that diverged, if any. */
export function firstDivergence(run: CaseRun): CheckedCall | undefined {
  return run.checks.find((c) => !c.comparison.conforms);
}
