/** Turns a shrunk failing case into the report's Divergence, with its rules, replay and AWS CLI commands. */
import type { CaseRun } from '../../spec/properties/index.js';
import { messageIsAuthoritative } from '../provenance.js';
import { awsCliScript, type CliTarget } from '../report/awsCliCommand.js';
import { divergenceFingerprint } from '../report/divergenceFingerprint.js';
import type { Divergence, RuleCitation } from './runReport.js';

const patchSize = (body: unknown): number => {
  const ops = (body as { patchOperations?: unknown } | null)?.patchOperations;
  return Array.isArray(ops) ? ops.length : 0;
};

export function divergenceRecord(
  args: { id: string; property: string; run: CaseRun; seed: number; path: string; casesToDetection: number; replayCommand: string; cli: CliTarget },
): Divergence | null {
  const d = args.run.divergence;
  if (!d) return null;
  const rules: RuleCitation[] = d.expected.rules.map((r, n) => ({
    id: r.id,
    summary: r.summary,
    evidence: r.provenance.evidence,
    source: r.provenance.source,
    messageChecked: n === 0 && d.comparison.messageChecked && messageIsAuthoritative(r.provenance),
  }));
  const base = { property: args.property, operation: d.operation, rules, fieldDiffs: d.comparison.diffs, expected: d.expected.outcome, actual: d.actual };
  const patches = args.run.record.patches;
  return {
    fingerprint: divergenceFingerprint(base),
    id: args.id,
    ...base,
    step: d.step,
    counterexample: args.run.record,
    seed: args.seed,
    path: args.path,
    replayCommand: args.replayCommand,
    awsCliCommand: awsCliScript(args.run.record, d.operation === 'PutIntegration' ? -1 : d.step, args.cli),
    size: patches.reduce<number>((n, p) => n + patchSize(p), 0),
    casesToDetection: args.casesToDetection,
  };
}
