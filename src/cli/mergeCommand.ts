/**
 * `merge`: one report from the report.json files of sharded runs (CI machines), settled and exiting
 * as the whole run would: with the shards' --fail-on, --baseline and --expectations unless given
 * here, the shards' re-checks of the baseline reused (report.json's `rechecked`). Exit 0 when the
 * merged gate passes, 1 when it fails, 2 on bad usage, 3 when a shard's target went away.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mergeReports } from '../run/mergeReports.js';
import { settleRun, type SettleInputs } from '../run/runGate.js';
import { reportDirProblem, writeReports } from '../report/writeReports.js';
import { redactText } from '../report/redactSecrets.js';
import { runVerdictText } from '../report/runVerdictText.js';
import { readReport } from './replayCommand.js';
import { settleInputsFromFlags } from './runCommand.js';
import { UsageError } from './usageError.js';
import type { RunReport } from '../run/runReport.js';

export const mergeUsage = 'apigw-patch-conformance merge --out DIR [--baseline FILE] [--expectations FILE] [--fail-on LEVEL] SHARD_REPORT.json...';

export const mergeFlags = {
  out: { type: 'string' },
  baseline: { type: 'string' },
  expectations: { type: 'string' },
  'fail-on': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Shards that cannot make one run: the same report twice, other targets, shards missing or repeated. */
export function mergeProblem(parts: readonly RunReport[], files: readonly string[]): string | null {
  const runIds = parts.map((p) => p.runId);
  const twice = runIds.findIndex((id, n) => runIds.indexOf(id) !== n);
  if (twice >= 0) return `${files[twice]} is the same run as ${files[runIds.indexOf(runIds[twice]!)]} (run ${runIds[twice]}); give each shard once`;
  const targets = new Set(parts.map((p) => p.settings.target));
  if (targets.size > 1) return `the reports are of different targets (${[...targets].join('; ')}); merge shards of one run only`;
  const shards = parts.map((p) => p.settings.shard);
  if (shards.some((s) => s !== undefined)) {
    if (shards.some((s) => s === undefined)) return 'some reports are shards and some are whole runs; merge the shards of one run only';
    const parsed = shards.map((s) => /^(\d+)\/(\d+)$/.exec(s!));
    const counts = new Set(parsed.map((m) => m?.[2]));
    if (counts.size > 1 || parsed.some((m) => !m)) return `the shards were split differently (${shards.join(', ')}); merge the shards of one run only`;
    const total = Number([...counts][0]);
    const have = new Set(parsed.map((m) => Number(m![1])));
    if (have.size !== parsed.length) return `a shard appears twice (${shards.join(', ')})`;
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !have.has(i));
    if (missing.length > 0) return `shard(s) ${missing.map((i) => `${i}/${total}`).join(', ')} missing; merge all ${total}`;
  }
  return null;
}

/** One value the shards agree on (undefined when none has it), or a usage error naming the flag that decides. */
function agreed(parts: readonly RunReport[], what: string, flag: string, of: (p: RunReport) => string | undefined): string | undefined {
  const values = new Set(parts.map(of));
  if (values.size > 1) {
    const shown = [...values].map((v) => v ?? '(none)').join(', ');
    throw new UsageError(`merge: the shards were settled with different ${what} (${shown}); pass ${flag} to settle the whole run with one`);
  }
  return [...values][0];
}

/**
 * The whole run's --fail-on, --baseline and --expectations: the flags given to merge, else what the
 * shards were settled with (they must agree; their baseline and expectations files are read again).
 */
export async function mergeSettleInputs(values: { baseline?: string | undefined; expectations?: string | undefined; 'fail-on'?: string | undefined }, parts: readonly RunReport[]): Promise<SettleInputs> {
  const failOn = values['fail-on'] ?? agreed(parts, '--fail-on levels', '--fail-on LEVEL', (p) => p.settings.failOn ?? 'inferred');
  const baseline = values.baseline ?? agreed(parts, 'baselines', '--baseline FILE', (p) => p.baseline?.file);
  const expectations = values.expectations ?? agreed(parts, 'expectations files', '--expectations FILE', (p) => p.expectations?.file);
  // Shards that each updated the baseline (--baseline B --write-baseline B) passed on it: so does their merge (it writes no baseline).
  const updatesBaseline = values.baseline === undefined && baseline !== undefined && parts.every((p) => p.baseline?.updated === true);
  try {
    return await settleInputsFromFlags({ 'fail-on': failOn, baseline, expectations }, { updatesBaseline });
  } catch (e) {
    const fromShards = [values.baseline === undefined && baseline ? '--baseline' : '', values.expectations === undefined && expectations ? '--expectations' : ''].filter((f) => f !== '');
    if (!(e instanceof UsageError) || fromShards.length === 0) throw e;
    throw new UsageError(`${e.message} (the shards' own ${fromShards.join(' and ')}, read again by merge; pass ${fromShards.map((f) => `${f} FILE`).join(' and ')} to point at ${fromShards.length === 1 ? 'it' : 'them'})`, e.exitCode);
  }
}

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: mergeFlags });
  if (!values.out) throw new UsageError('merge needs --out DIR for the combined reports');
  if (positionals.length === 0) throw new UsageError('merge needs the report.json files (or report directories) of the shards');
  const problem = reportDirProblem(values.out);
  if (problem) throw new UsageError(`--out ${problem}`);
  const parts = positionals.map((p) => readReport(p, 'merge:'));
  const problem2 = mergeProblem(parts, positionals);
  if (problem2) throw new UsageError(`merge: ${problem2}`);
  const settle = await mergeSettleInputs(values, parts);
  // The one gate: the merged data settled as the whole run's (what junit, report.md and the exit code say).
  const { report } = settleRun(mergeReports(parts), settle);
  await writeReports(report, values.out);
  process.stdout.write(redactText(`merged ${positionals.length} report(s): ${runVerdictText(report).headline}\nreports: ${values.out}\n`));
  // A shard whose target went away leaves the whole run unchecked in part: exit 3, as that run did.
  if (report.unreachable !== undefined) return 3;
  return report.gate.passed ? 0 : 1;
}
