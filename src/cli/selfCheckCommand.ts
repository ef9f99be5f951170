/** `self-check`: the suite against its catalogue of faulty implementations; exit 1 if any survives. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { faultyImplementations, median, selfCheck, type FaultVerdict } from '../selfCheck/selfCheck.js';
import { integerFlag } from './integerFlag.js';
import { UsageError } from './usageError.js';
import { checkPropertyIds, checkReplayPath, replayPathError } from './replayFlags.js';

export const selfCheckUsage = 'apigw-patch-conformance self-check [--runs 100] [--seed 1] [--fault ID]... [--json] [--property ID --path P (replay, with one --fault)]';

export const selfCheckFlags = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  fault: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  property: { type: 'string' },
  path: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function selfCheckCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: selfCheckFlags,
  });
  if (values.path && (!values.property || values.fault?.length !== 1)) throw new UsageError('--path replays one counterexample: give exactly one --fault and one --property with it');
  checkPropertyIds(values.property ? [values.property] : []);
  checkReplayPath(values.path);
  const runs = integerFlag('--runs', values.runs, 100, 1);
  const seed = integerFlag('--seed', values.seed, 1, -(2 ** 31));
  for (const id of values.fault ?? []) {
    if (!faultyImplementations.some((f) => f.id === id)) throw new UsageError(`--fault ${id}: unknown; the catalogue has ${faultyImplementations.map((f) => f.id).join(', ')}`);
  }
  const line = (v: FaultVerdict) =>
    `${v.caught ? 'caught  ' : 'SURVIVED'} ${v.id.padEnd(30)} ${v.caught ? `after ${String(v.casesToDetection).padStart(3)} case(s), counterexample ${v.counterexampleOps} op(s), by ${[...new Set(v.caughtBy)].join(', ')}` : `(${v.ruleFamily}: ${v.description})`}\n` +
    (v.replay ? `         ${''.padEnd(30)} replay: ${v.replay}\n` : '');
  let verdicts: FaultVerdict[];
  try {
    verdicts = await selfCheck({
      runs,
      seed,
      only: values.fault ?? [],
      ...(values.property ? { property: values.property } : {}),
      ...(values.path ? { path: values.path } : {}),
      ...(values.json ? {} : { onVerdict: (v) => process.stdout.write(line(v)) }),
    });
  } catch (e) {
    throw replayPathError(e, values.path, values.property, seed) ?? e;
  }
  const caught = verdicts.filter((v) => v.caught);
  const summary = {
    faults: verdicts.length,
    caught: caught.length,
    survived: verdicts.filter((v) => !v.caught).map((v) => v.id),
    median_cases_to_detection: median(caught.map((v) => v.casesToDetection!)),
    median_counterexample_ops: median(caught.map((v) => v.counterexampleOps!)),
    runs,
    seed,
  };
  if (values.json) process.stdout.write(JSON.stringify({ summary, verdicts }, null, 2) + '\n');
  else process.stdout.write(`\n${summary.caught}/${summary.faults} caught at ${runs} runs per property (seed ${seed}); median cases to detection ${summary.median_cases_to_detection}, median counterexample ${summary.median_counterexample_ops} op(s)\n`);
  return summary.survived.length > 0 ? 1 : 0;
}
