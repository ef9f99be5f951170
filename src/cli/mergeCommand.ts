/** `merge`: one report from the report.json files of sharded runs (CI machines), exit as the whole run. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mergeReports } from '../run/mergeReports.js';
import { reportDirProblem, writeReports } from '../report/writeReports.js';
import { readReport } from './replayCommand.js';
import { UsageError } from './usageError.js';
import type { RunReport } from '../run/runReport.js';

export const mergeUsage = 'apigw-patch-conformance merge --out DIR SHARD_REPORT.json...';

export const mergeFlags = { out: { type: 'string' } } as const satisfies NonNullable<ParseArgsConfig['options']>;

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

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: mergeFlags });
  if (!values.out) throw new UsageError('merge needs --out DIR for the combined reports');
  if (positionals.length === 0) throw new UsageError('merge needs the report.json files (or report directories) of the shards');
  const problem = reportDirProblem(values.out);
  if (problem) throw new UsageError(`--out ${problem}`);
  const parts = positionals.map((p) => readReport(p, 'merge:'));
  const problem2 = mergeProblem(parts, positionals);
  if (problem2) throw new UsageError(`merge: ${problem2}`);
  const merged = mergeReports(parts);
  await writeReports(merged, values.out);
  process.stdout.write(`merged ${positionals.length} report(s): ${merged.verdict}, ${merged.divergences.length} divergence(s); reports: ${values.out}\n`);
  return merged.verdict === 'diverges' ? 1 : 0;
}
