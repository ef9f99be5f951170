/**
 * Runs the selected conformance properties against one target and assembles the RunReport.
 * The target is opened once; every property reuses its sandbox (PutIntegration resets a case).
 */
import { randomUUID } from 'node:crypto';
import { conformanceProperties, type ConformanceProperty } from '../../spec/properties/index.js';
import type { CliTarget } from '../report/awsCliCommand.js';
import type { Target } from '../targets/target.js';
import { TargetUnavailableError } from '../targets/target.js';
import { CoverageTally } from './coverageTally.js';
import { integrationRules, integrationTypes } from '../rules/integration.js';
import { patchOpEnum } from '../rules/patchOperations.js';
import { divergenceRecord } from './divergenceRecord.js';
import { runProperty } from './runProperty.js';
import { reportSchemaVersion, runVerdict, type Divergence, type PropertyResult, type RunReport } from './runReport.js';
import { toolVersion } from './toolVersion.js';

export interface SuiteProgress {
  propertyStarted(id: string, title: string, total: number): void;
  caseDone(divergencesSoFar: number): void;
  propertyFinished(result: PropertyResult): void;
}

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
  /** Receives the function that reports what has finished so far (for a report on interrupt). */
  onSnapshot?: (snapshot: () => RunReport) => void;
}

/**
 * Each property draws from its own seed, derived from the run's, so two properties that share an
 * arbitrary do not check the same cases. Fixed per property id, whatever --property selects.
 */
export function propertySeed(runSeed: number, propertyId: string): number {
  const index = conformanceProperties.findIndex((p) => p.id === propertyId);
  return index <= 0 ? runSeed : (runSeed ^ Math.imul(index, 0x9e3779b1)) | 0;
}

export function selectProperties(only: readonly string[] = []): ConformanceProperty[] {
  if (only.length === 0) return [...conformanceProperties];
  return only.map((id) => {
    const p = conformanceProperties.find((q) => q.id === id);
    if (!p) throw new Error(`unknown property '${id}': choose one of ${conformanceProperties.map((q) => q.id).join(', ')}`);
    return p;
  });
}

export async function runSuite(opts: SuiteOptions): Promise<{ report: RunReport; unavailable?: TargetUnavailableError }> {
  const properties = selectProperties(opts.only);
  const startedAt = new Date();
  const [session] = await opts.target.open(1);
  if (!session) throw new Error('the target opened no session');
  const coverage = new CoverageTally();
  // Every rule-table path with every op of AWS's enum, and every type at put: the cells a run aims at.
  for (const row of integrationRules) for (const op of patchOpEnum) coverage.expect(row.pattern, op);
  for (const type of integrationTypes) coverage.expect(`put:${type}`, 'put');
  const results: PropertyResult[] = [];
  const divergences: Divergence[] = [];
  const perCheckedCase: Record<string, number> = {};
  const notImplemented = new Map<string, string>();
  let unavailable: TargetUnavailableError | undefined;
  const runId = opts.runId ?? randomUUID().slice(0, 8);

  /** The report of what has finished so far: the whole run at the end, a partial one if interrupted. */
  const snapshot = (): RunReport => {
    const finishedAt = new Date();
    return {
      schemaVersion: reportSchemaVersion,
      tool: { name: 'apigw-patch-conformance', version: toolVersion },
      runId,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      settings: { ...opts.settings, properties: properties.map((p) => p.id) },
      verdict: runVerdict(results, divergences.length),
      properties: [...results],
      coverage: coverage.toArray(),
      divergences: [...divergences],
      apiCalls: { total: results.reduce((n, r) => n + r.apiCalls, 0), perCheckedCase: { ...perCheckedCase } },
      notImplemented: [...notImplemented].map(([operation, detail]) => ({ operation, detail })),
    };
  };
  opts.onSnapshot?.(snapshot);

  for (const prop of properties) {
    if (unavailable) break;
    opts.progress?.propertyStarted(prop.id, prop.title, opts.settings.runs);
    let divergencesSoFar = divergences.length;
    const run = await runProperty(prop, session, {
      seed: propertySeed(opts.settings.seed, prop.id),
      runs: opts.settings.runs,
      ...(opts.path ? { path: opts.path } : {}),
      apiCalls: () => opts.target.calls,
      onCase: (_n, diverged) => opts.progress?.caseDone(divergencesSoFar + (diverged ? 1 : 0)),
    });
    unavailable = run.unavailable;
    coverage.merge(run.coverage);
    perCheckedCase[prop.id] = Math.round(run.callsPerCheckedCase * 1000) / 1000;
    const ids: string[] = [];
    if (run.finding) {
      const d = divergenceRecord({
        id: `d${divergences.length + 1}`,
        property: prop.id,
        ...run.finding,
        // The run's seed: the command runs the same derivation and so reaches the same property seed.
        replayCommand: opts.replayCommand(prop.id, opts.settings.seed, run.finding.path),
        cli: opts.cli,
      });
      if (d) {
        divergences.push(d);
        ids.push(d.id);
        divergencesSoFar = divergences.length;
      }
    }
    if (run.result.verdict === 'not-implemented' && run.result.detail) {
      const op = /^(\w+) is not implemented/.exec(run.result.detail)?.[1] ?? prop.operations.join('/');
      if (!notImplemented.has(op)) notImplemented.set(op, run.result.detail);
    }
    const result: PropertyResult = { ...run.result, divergences: ids };
    results.push(result);
    opts.progress?.propertyFinished(result);
  }

  const report = snapshot();
  return unavailable ? { report, unavailable } : { report };
}
