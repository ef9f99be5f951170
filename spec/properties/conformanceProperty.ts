/**
 * A conformance property: an arbitrary of cases and how one case is run against a target session.
 * Defined once; vitest (spec/*.spec.ts) and the CLI (`run`) both execute these.
 */
import type fc from 'fast-check';
import type { IntegrationContext, Outcome } from '../../src/contract.js';
import type { Comparison } from '../../src/compare/compareOutcomes.js';
import { compareOutcomes } from '../../src/compare/compareOutcomes.js';
import type { Expectation } from '../../src/engine/expectation.js';
import type { CaseRecord } from '../../src/run/runReport.js';
import { OperationNotImplementedError, type TargetSession } from '../../src/targets/target.js';

/** One answer of the target checked against the reference. */
export interface CheckedCall {
  operation: 'PutIntegration' | 'UpdateIntegration' | 'GetIntegration';
  /** Index of the UpdateIntegration in the case (0 for single-patch cases). */
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
}

export interface ConformanceProperty<C = unknown> {
  id: string;
  title: string;
  /** The operations the property needs, for "not implemented by the target" reports. */
  operations: readonly CheckedCall['operation'][];
  arbitrary: fc.Arbitrary<C>;
  /** The case again from a recorded counterexample (replay, corpus). */
  fromRecord(record: CaseRecord): C;
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
   * Sends one call and checks its answer; null when the target does not implement the operation
   * (the case ends there, and what the call would have checked is kept for the scorecard).
   */
  async send(operation: CheckedCall['operation'], step: number, expected: Expectation, call: () => Promise<Outcome>, body?: unknown, setup = false): Promise<Outcome | null> {
    let actual: Outcome;
    try {
      actual = await call();
    } catch (e) {
      if (!(e instanceof OperationNotImplementedError)) throw e;
      this.notImplemented = { operation, expected, error: e };
      return null;
    }
    this.check(operation, step, expected, actual, body, setup);
    return actual;
  }

  done(): CaseRun {
    return this.notImplemented ? { record: this.record, checks: this.checks, notImplemented: this.notImplemented } : { record: this.record, checks: this.checks };
  }
}

/** The first check that diverged, if any. */
export function firstDivergence(run: CaseRun): CheckedCall | undefined {
  return run.checks.find((c) => !c.comparison.conforms);
}
