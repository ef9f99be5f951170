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
import type { TargetSession } from '../../src/targets/target.js';

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
}

export interface CaseRun {
  record: CaseRecord;
  checks: CheckedCall[];
  /** The first check that diverged, if any. */
  divergence?: CheckedCall;
}

export interface ConformanceProperty<C = unknown> {
  id: string;
  title: string;
  /** The operations the property needs, for "not implemented by the target" reports. */
  operations: readonly CheckedCall['operation'][];
  arbitrary: fc.Arbitrary<C>;
  /** The case again from a recorded counterexample (replay, corpus). */
  fromRecord(record: CaseRecord): C;
  run(session: TargetSession, c: C): Promise<CaseRun>;
}

/** Accumulates the checks of one case and stops at the first divergence. */
export class CaseRecorder {
  readonly checks: CheckedCall[] = [];
  divergence?: CheckedCall;
  readonly record: CaseRecord;

  constructor(ctx: IntegrationContext, put: unknown) {
    this.record = { put, patches: [], ctx: { restApiId: ctx.restApiId, resourceId: ctx.resourceId, httpMethod: ctx.httpMethod } };
  }

  /** Records a checked answer; false when it diverged (the caller stops there). */
  check(operation: CheckedCall['operation'], step: number, expected: Expectation, actual: Outcome, body?: unknown): boolean {
    const comparison = compareOutcomes(expected, actual);
    const call: CheckedCall = body === undefined ? { operation, step, expected, actual, comparison } : { operation, step, body, expected, actual, comparison };
    this.checks.push(call);
    if (!comparison.conforms) this.divergence ??= call;
    return comparison.conforms;
  }

  done(): CaseRun {
    return this.divergence ? { record: this.record, checks: this.checks, divergence: this.divergence } : { record: this.record, checks: this.checks };
  }
}
