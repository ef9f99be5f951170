/**
 * The run's result, as report.json stores it (schema version 1). Every writer (JSON, JUnit,
 * Markdown, HTML), replay and the baseline read this shape and nothing else.
 */
import type { Outcome } from '../contract.js';
import type { Evidence } from '../provenance.js';

export const reportSchemaVersion = 1 as const;

export interface RuleCitation {
  id: string;
  summary: string;
  evidence: Evidence;
  source: string;
  /** True when the message text was compared (aws-recorded or aws-doc wording). */
  messageChecked: boolean;
}

export interface FieldDiff {
  /** JSON pointer into the outcome, e.g. `/value/timeoutInMillis` or `/error/name`. */
  path: string;
  expected: unknown;
  actual: unknown;
}

/** A case as the suite sends it: the put body, then one or more UpdateIntegration bodies. */
export interface CaseRecord {
  put: unknown;
  patches: unknown[];
  /** The method request parameters the sandbox method declares. */
  ctx: { restApiId: string; resourceId: string; httpMethod: string };
}

export interface Divergence {
  /** Stable across seeds: property + deciding rule + shape of the difference. */
  fingerprint: string;
  /** Short id within this report (d1, d2, ...), for `replay --divergence`. */
  id: string;
  property: string;
  /** Which call diverged: 'PutIntegration' | 'UpdateIntegration' | 'GetIntegration'. */
  operation: string;
  /** Index of the diverging UpdateIntegration within the case (stateful chains), else 0. */
  step: number;
  counterexample: CaseRecord;
  expected: Outcome;
  actual: Outcome;
  fieldDiffs: FieldDiff[];
  rules: RuleCitation[];
  seed: number;
  /** fast-check's counterexample path. */
  path: string;
  replayCommand: string;
  awsCliCommand: string;
  /** Patch operations in the shrunk counterexample. */
  size: number;
  /** Cases run before the first failure was seen. */
  casesToDetection: number;
}

/** The verdict of a whole run, from its properties'. */
export type RunVerdict = 'conforms' | 'diverges' | 'incomplete';

export function runVerdict(properties: readonly { verdict: PropertyVerdict }[], divergences: number): RunVerdict {
  if (divergences > 0 || properties.some((p) => p.verdict === 'fails')) return 'diverges';
  return properties.every((p) => p.verdict === 'holds') ? 'conforms' : 'incomplete';
}

/** A report of a run stopped by a signal: what finished, never "conforms" (the rest was not checked). */
export function interruptedReport(r: RunReport): RunReport {
  return { ...r, interrupted: true, verdict: r.verdict === 'diverges' ? 'diverges' : 'incomplete' };
}

export type PropertyVerdict = 'holds' | 'fails' | 'not-implemented' | 'skipped';

export interface PropertyResult {
  id: string;
  title: string;
  verdict: PropertyVerdict;
  cases: number;
  /** Cases whose expected answer was an error. */
  rejectedCases: number;
  apiCalls: number;
  durationMs: number;
  seed: number;
  divergences: string[];
  /** Set when verdict is not-implemented. */
  detail?: string;
}

export interface CoverageCell {
  /** Path family: the rule-table pattern (`/timeoutInMillis`) or a class like `unknown`, `escape:malformed`. */
  family: string;
  op: string;
  cases: number;
  rejected: number;
  divergences: number;
}

export interface RunReport {
  schemaVersion: typeof reportSchemaVersion;
  tool: { name: string; version: string };
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  settings: {
    target: string;
    endpoint?: string;
    implementation?: string;
    runs: number;
    seed: number;
    workers: number;
    shard?: string;
    properties: string[];
  };
  /**
   * conforms: every property held. diverges: a divergence was found. incomplete: none was found, but
   * a property could not be checked (not implemented by the target, or the target went away).
   */
  verdict: RunVerdict;
  properties: PropertyResult[];
  coverage: CoverageCell[];
  divergences: Divergence[];
  apiCalls: { total: number; perCheckedCase: Record<string, number> };
  notImplemented: { operation: string; detail: string }[];
  /** Stopped by SIGINT/SIGTERM: `properties` lists only those that finished. */
  interrupted?: boolean;
  baseline?: {
    file: string;
    known: string[];
    new: string[];
    fixed: string[];
    /** Baseline fingerprints of properties this run did not check (filtered out, skipped, not implemented): neither known nor fixed. */
    unchecked?: string[];
  };
}
