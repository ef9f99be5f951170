/** Turns a ledger entry (a finding and its shrunk case) into the report's Divergence, with its rules, replay and AWS CLI commands. */
import { evaluatedOperations } from './pathFamilies.js';
import { messageIsAuthoritative } from '../provenance.js';
import { awsCliScript, type CliTarget } from '../report/awsCliCommand.js';
import type { LedgerEntry } from './findingLedger.js';
import type { Divergence, RuleCitation } from './runReport.js';


export function findingRecord(args: { id: string; entry: LedgerEntry; replayCommand: string; cli: CliTarget }): Divergence {
  const { entry } = args;
  const { check, blame, identity } = entry.hit;
  const rules: RuleCitation[] = [blame.rule, ...blame.context].map((r, n) => ({
    id: r.id,
    summary: r.summary,
    evidence: r.provenance.evidence,
    source: r.provenance.source,
    messageChecked: n === 0 && check.comparison.messageChecked && messageIsAuthoritative(r.provenance),
  }));
  const record = entry.run.record;
  return {
    fingerprint: entry.fingerprint,
    id: args.id,
    property: entry.property,
    properties: [...entry.properties].sort(),
    operation: identity.operation,
    kind: blame.crash ? 'crash' : 'difference',
    ...(identity.scope ? { scope: identity.scope } : {}),
    expectedKind: identity.expected,
    actualKind: identity.actual,
    step: check.step,
    counterexample: record,
    expected: check.expected.outcome,
    actual: check.actual,
    fieldDiffs: blame.diffs,
    rules,
    paths: [...entry.pathFamilies].sort(),
    seed: entry.seed,
    path: entry.path,
    replayCommand: args.replayCommand,
    awsCliCommand: awsCliScript(record, check.operation === 'PutIntegration' ? -1 : check.step, args.cli),
    size: (record.calls?.filter((c) => c.operation === 'UpdateIntegration').map((c) => c.body) ?? record.patches).reduce<number>((n, p) => n + evaluatedOperations(p, undefined).length, 0),
    casesToDetection: entry.randomCase ?? null,
    ...(entry.sweepCase !== undefined ? { sweepCase: entry.sweepCase } : {}),
    hits: entry.hits,
  };
}
