/**
 * The run's result, as report.json stores it (schema version 2). Every writer (JSON, JUnit,
 * Markdown, HTML), replay and the baseline read this shape and nothing else.
 */
import type { Outcome } from '../contract.js';
import type { Evidence } from '../provenance.js';
import type { RecheckResult } from './baselineComparison.js';

export const reportSchemaVersion = 2 as const;

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

/** One call of a sequence (the model-based property): the operation, and the body it sent if any. */
export interface RecordedCall {
  operation: 'PutIntegration' | 'GetIntegration' | 'UpdateIntegration' | 'DeleteIntegration';
  body?: unknown;
}

/** A case as the suite sends it: the put body, then one or more UpdateIntegration bodies (or a sequence of calls). */
export interface CaseRecord {
  put: unknown;
  patches: unknown[];
  /** The model-based property's calls after the put, in order (then `patches` is empty). */
  calls?: RecordedCall[];
  /** The method request parameters the sandbox method declares. */
  ctx: { restApiId: string; resourceId: string; httpMethod: string };
  /** A declared resource's case (src/resources): the resource, and its key within the sandbox method. */
  resource?: string;
  key?: string;
}

/**
 * A finding: one distinct way the target departs from AWS, found by one or more cases. Cases are
 * grouped by what they break (operation, deciding rule, kind of expected and actual answer), so one
 * cause is one finding however many cases, seeds or properties hit it. Its counterexample is the
 * first case that hit it, shrunk once while it still shows this finding.
 */
export interface Divergence {
  /** Stable across seeds: operation + deciding rule + kinds of the expected and actual answers. */
  fingerprint: string;
  /** Short id within this report (d1, d2, ...), for `replay --divergence`. */
  id: string;
  /** The property whose case was shrunk into the counterexample. */
  property: string;
  /** Every property with a case that hit it. */
  properties: string[];
  /** Which call diverged: 'PutIntegration' | 'UpdateIntegration' | 'GetIntegration'. */
  operation: string;
  /** `difference`: the answer departs from AWS's; `crash`: a 5xx answer. */
  kind: 'difference' | 'crash';
  /** For a rule many rows share (value.invalid), the rule-table path it was raised for: part of the fingerprint. */
  scope?: string;
  /** The fingerprint's classes of the answers: `ok` or the exception; for the actual also `5xx`, or `accepted` (an error was due, the target let the request through). */
  expectedKind: string;
  actualKind: string;
  /** Index of the diverging UpdateIntegration within the case (stateful chains), else 0. */
  step: number;
  counterexample: CaseRecord;
  expected: Outcome;
  actual: Outcome;
  /** The differences the deciding rule explains (other rules' differences in the same answer are other findings). */
  fieldDiffs: FieldDiff[];
  /** The deciding rule first (the rule the target broke), then the rest of the expectation's rules. */
  rules: RuleCitation[];
  /** The rule-table path families addressed by the evaluated patch operations of every call that hit it. */
  paths: string[];
  seed: number;
  /** fast-check's counterexample path. */
  path: string;
  replayCommand: string;
  awsCliCommand: string;
  /** Patch operations in the shrunk counterexample (every UpdateIntegration call of it). */
  size: number;
  /** Random cases run (in the property that met it soonest) up to and including the first that hit it; null when only edge-sweep cases did. */
  casesToDetection: number | null;
  /** 1-based index of the first edge-sweep case that hit it (absent: no sweep case did). */
  sweepCase?: number;
  /** Cases (of every property) that hit it. */
  hits: number;
  /** How this finding counts for the exit code; set by the gate (run's --fail-on, --baseline, --expectations). */
  gate?: FindingGate;
}

/** Why a finding fails the run or not. */
export interface FindingGate {
  /** true: it makes the run fail (exit 1). */
  failing: boolean;
  /** fails | below-fail-on (its evidence is weaker than --fail-on) | known (in the baseline) | expected (in the expectations file). */
  status: 'fails' | 'below-fail-on' | 'known' | 'expected';
  /** For `expected`: the expectation's reason and link. */
  reason?: string;
  link?: string;
}

/** Per rule, per path family or per operation: how the run's checks went. */
export interface ScoreRow {
  /** Rule id, path family, or operation name. */
  id: string;
  evidence?: Evidence;
  /** Checks that exercised it. */
  checked: number;
  conforming: number;
  diverging: number;
  /** Checks not run because the target does not implement the operation. */
  notImplemented: number;
}

export interface Scorecard {
  rules: ScoreRow[];
  families: ScoreRow[];
  /** With `conformance`: conforming / checked, in percent (null when nothing was checked). */
  operations: (ScoreRow & { conformance: number | null })[];
}

/** The verdict of a whole run, from its properties'. */
export type RunVerdict = 'conforms' | 'diverges' | 'incomplete';

export function runVerdict(properties: readonly { verdict: PropertyVerdict }[], divergences: number): RunVerdict {
  if (divergences > 0 || properties.some((p) => p.verdict === 'fails')) return 'diverges';
  return properties.every((p) => p.verdict === 'holds') ? 'conforms' : 'incomplete';
}

/**
 * The report of a run whose target could not be reached before any property ran: nothing checked,
 * the reason said, never passing (exit 3). CI's upload and summary steps still have a report.
 */
export function unreachableReport(args: { runId: string; startedAt: Date; settings: RunReport['settings']; toolVersion: string; message: string }): RunReport {
  const finished = new Date();
  return {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'apigw-patch-conformance', version: args.toolVersion },
    runId: args.runId,
    startedAt: args.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - args.startedAt.getTime(),
    settings: args.settings,
    verdict: 'incomplete',
    properties: [],
    coverage: [],
    scorecard: { rules: [], families: [], operations: [] },
    divergences: [],
    apiCalls: { total: 0, perCheckedCase: {} },
    notImplemented: [],
    unreachable: args.message,
    gate: { failOn: args.settings.failOn ?? 'inferred', passed: false, failing: 0, belowFailOn: 0, known: 0, expected: 0, fixed: 0 },
  };
}

/** A report of a run stopped by a signal: what finished, never "conforms" (the rest was not checked). */
export function interruptedReport(r: RunReport): RunReport {
  return { ...r, interrupted: true, verdict: r.verdict === 'diverges' ? 'diverges' : 'incomplete', gate: { ...r.gate, passed: false } };
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
  /** Ids of the findings its cases hit. */
  divergences: string[];
  /** Cases with at least one divergence (sweep cases included). */
  divergingCases: number;
  /** Edge-sweep cases checked before the random ones (fixed, derived from the rule table; not part of `runs`). */
  sweepCases?: number;
  /** Cases run while shrinking the findings this property met first (beyond `cases`). */
  shrinkCases?: number;
  /** Calls whose answer was lost (connection dropped, time limit): settled by reading back, never by a blind retry. */
  lostAnswers?: number;
  /** Set when verdict is not-implemented or skipped. */
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
    /** The weakest evidence whose findings fail the run (default inferred: every finding). */
    failOn?: Evidence;
    /** false: the edge sweep was left out (`--edge-sweep off`). */
    sweep?: boolean;
    /** The observations files the run followed, the rules they decided, and those that contradicted the shipped reference. */
    observations?: { files: string[]; confirmed: string[]; contradicted: string[] };
  };
  /**
   * conforms: every property held. diverges: a divergence was found. incomplete: none was found, but
   * a property could not be checked (not implemented by the target, or the target went away).
   */
  verdict: RunVerdict;
  properties: PropertyResult[];
  /** Path family x op: cases whose operations were evaluated (those after a rejected one are not counted). */
  coverage: CoverageCell[];
  /** Per rule, path family and operation: checks, conforming, diverging, not implemented. */
  scorecard: Scorecard;
  /** One entry per finding. */
  divergences: Divergence[];
  apiCalls: { total: number; perCheckedCase: Record<string, number> };
  notImplemented: { operation: string; detail: string }[];
  /** Stopped by SIGINT/SIGTERM: `properties` lists only those that finished. */
  interrupted?: boolean;
  /** The target could not be reached (exit 3): why, in one line. What finished before is reported. */
  unreachable?: string;
  baseline?: {
    file: string;
    /** Findings of this run that the baseline lists. */
    known: string[];
    /** Findings of this run that the baseline does not list. */
    new: string[];
    /** Baseline entries this run did not hit whose recorded counterexample now conforms: drop them. */
    fixed: string[];
    /** Baseline entries this run did not hit whose recorded counterexample still diverges: still there. */
    confirmed: string[];
    /** Baseline entries that could not be re-checked (property not run, target gone): neither known nor fixed. */
    unchecked: string[];
    /** Set when this run also wrote the baseline (--write-baseline to the same file): it now matches. */
    updated?: boolean;
  };
  /**
   * What re-running the baseline entries this run did not hit found, by fingerprint: the raw result,
   * kept so that merging parts of one run (workers, shards) settles the baseline from data, not from
   * another part's lists. Present when the run was given a baseline to re-check.
   */
  rechecked?: Record<string, RecheckResult>;
  expectations?: {
    file: string;
    /** Entries that matched a finding. */
    matched: number;
    /** Entries no finding matched: the target may have fixed them. */
    stale: { rule: string; operation?: string; path?: string; reason: string; link: string }[];
  };
  /** The run's pass/fail, as the exit code has it: every writer renders this, so they agree. */
  gate: RunGate;
}

export interface RunGate {
  failOn: Evidence;
  /** Exit 1: a failing finding, a baseline entry to drop, or nothing failing but a crash of the run. */
  passed: boolean;
  failing: number;
  belowFailOn: number;
  known: number;
  expected: number;
  /** Baseline entries proved fixed (they fail the run until dropped). */
  fixed: number;
}
