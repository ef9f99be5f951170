/** `corpus export` writes language-neutral cases; `corpus replay` runs a corpus against a target. */
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { corpusLineProblem, type CorpusCase } from '../corpus/corpusFormat.js';
import { exportCorpus } from '../corpus/exportCorpus.js';
import { replayCorpusCase } from '../corpus/replayCorpus.js';
import { describeOutcome, fieldDiffLine } from '../report/outcomeText.js';
import { integerFlag } from './integerFlag.js';
import { chooseTarget, targetOptions } from './targetFlags.js';
import { withTargetSession } from './withTargetSession.js';
import { UsageError } from './usageError.js';
import { observationsFromFlags } from './observationsFlag.js';

export const corpusUsage = 'apigw-patch-conformance corpus export --count N --seed S --out FILE.jsonl | corpus replay FILE.jsonl [target flags]';

export async function corpusCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCommand(rest);
  if (sub === 'replay') return replayCommand(rest);
  throw new UsageError(`corpus ${sub ?? ''}: say \`corpus export --count N --seed S --out FILE.jsonl\` or \`corpus replay FILE.jsonl\``.replace('corpus :', 'corpus:'));
}

export const corpusExportFlags = { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } as const satisfies NonNullable<ParseArgsConfig['options']>;
export const corpusReplayFlags = { ...targetOptions, observations: { type: 'string', multiple: true } } as const satisfies NonNullable<ParseArgsConfig['options']>;

function exportCommand(argv: string[]): number {
  const { values } = parseArgs({ args: argv, strict: true, options: corpusExportFlags });
  if (!values.out) throw new UsageError('corpus export needs --out FILE.jsonl');
  const count = integerFlag('--count', values.count, 100, 1);
  const seed = integerFlag('--seed', values.seed, 1, -(2 ** 31));
  const lines = exportCorpus(count, seed).map((c) => JSON.stringify(c));
  const tmp = `${values.out}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, lines.join('\n') + '\n');
    renameSync(tmp, values.out);
  } catch (e) {
    throw new UsageError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); choose a writable path`);
  }
  process.stdout.write(`wrote ${count} cases (seed ${seed}) to ${values.out}\n`);
  return 0;
}

export function readCorpus(file: string): CorpusCase[] {
  if (!existsSync(file)) throw new UsageError(`corpus replay: no such file ${file}; write one with \`corpus export --out ${file}\``);
  const cases: CorpusCase[] = [];
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new UsageError(`corpus replay: ${file} line ${n + 1} is not JSON; each line must be one case (see docs/corpus-format.md)`);
    }
    const problem = corpusLineProblem(v, n + 1);
    if (problem) throw new UsageError(`corpus replay: ${file} ${problem} (see docs/corpus-format.md)`);
    cases.push(v as CorpusCase);
  }
  if (cases.length === 0) throw new UsageError(`corpus replay: ${file} holds no cases`);
  return cases;
}

async function replayCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: corpusReplayFlags });
  await observationsFromFlags(values.observations);
  if (positionals.length !== 1) throw new UsageError('corpus replay takes one FILE.jsonl');
  const cases = readCorpus(positionals[0]!);
  const choice = chooseTarget(values);
  let disagreements = 0;
  await withTargetSession(choice, async (session) => {
    for (const c of cases) {
      const d = await replayCorpusCase(session, c);
      if (d) {
        disagreements += 1;
        // Success against error reads better as two outcomes than as a list of differing members.
        const kinds = d.expected.ok !== d.actual.ok;
        process.stdout.write(`${d.id} step ${d.step} (${d.operation}) disagrees: ${kinds ? `expected ${describeOutcome(d.expected)}, got ${describeOutcome(d.actual)}` : fieldDiffLine(d.diffs)}\n`);
      }
    }
  });
  process.stdout.write(`${cases.length - disagreements} of ${cases.length} cases agree on ${choice.label}\n`);
  return disagreements > 0 ? 1 : 0;
}
