/** `merge`: one report from the report.json files of sharded runs (CI machines), exit as the whole run. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mergeReports } from '../run/mergeReports.js';
import { reportDirProblem, writeReports } from '../report/writeReports.js';
import { readReport } from './replayCommand.js';
import { UsageError } from './usageError.js';

export const mergeUsage = 'apigw-patch-conformance merge --out DIR SHARD_REPORT.json...';

export const mergeFlags = { out: { type: 'string' } } as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: mergeFlags });
  if (!values.out) throw new UsageError('merge needs --out DIR for the combined reports');
  if (positionals.length === 0) throw new UsageError('merge needs the report.json files (or report directories) of the shards');
  const problem = reportDirProblem(values.out);
  if (problem) throw new UsageError(`--out ${problem}`);
  const merged = mergeReports(positionals.map(readReport));
  await writeReports(merged, values.out);
  process.stdout.write(`merged ${positionals.length} report(s): ${merged.verdict}, ${merged.divergences.length} divergence(s); reports: ${values.out}\n`);
  return merged.verdict === 'diverges' ? 1 : 0;
}
