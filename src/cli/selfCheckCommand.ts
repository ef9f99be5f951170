/** `self-check`: the suite against its catalogue of faulty implementations; exit 1 if any survives or a finding is blamed outside its fault's rules. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { allFaults, median, nightlyRuns, selfCheck, type FaultVerdict } from '../selfCheck/selfCheck.js';
import { integerFlag } from './integerFlag.js';
import { resourceNames, resourceOf } from './resourceFlag.js';
import { UsageError } from './usageError.js';
import { checkPropertyIds, checkReplayPath, replayPathError } from './replayFlags.js';

export const selfCheckUsage = 'apigw-patch-conformance self-check [--runs 100] [--seed 1] [--fault ID]... [--resource NAME]... [--json] [--property ID --path P (replay, with one --fault)]';

export const selfCheckFlags = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  fault: { type: 'string', multiple: true },
  resource: { type: 'string', multiple: true },
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
    if (!allFaults.some((f) => f.id === id)) throw new UsageError(`--fault ${id}: unknown; the catalogue has ${allFaults.map((f) => f.id).join(', ')}`);
  }
  // --resource: the faults of those resources (with --fault, only those of them).
  const resources = resourceNames(values.resource ?? []);
  const faultIds = resources.length === 0 ? values.fault ?? [] : allFaults.filter((f) => resources.includes(resourceOf('resource' in f ? f : {})) && (!values.fault?.length || values.fault.includes(f.id))).map((f) => f.id);
  if (resources.length > 0 && faultIds.length === 0) throw new UsageError(`--resource ${resources.join(', ')}: no fault of the catalogue is in ${resources.length > 1 ? 'these resources' : 'this resource'} among those given with --fault`);
  const detection = (v: FaultVerdict) =>
    [v.bySweep ? 'by the edge sweep' : '', v.casesToDetection !== null ? `after ${v.casesToDetection} random case(s)` : ''].filter(Boolean).join(', ');
  const line = (v: FaultVerdict) =>
    `${!v.caught ? 'SURVIVED' : v.misblamed.length > 0 ? 'MISBLAME' : 'caught  '} ${v.id.padEnd(32)} ` +
    (v.caught
      ? `${detection(v)}${v.caughtAt[String(nightlyRuns)] === false ? ` (not at --runs ${nightlyRuns})` : ''}; counterexample ${v.counterexampleOps} op(s), by ${v.caughtBy.join(', ')}`
      : `(${v.ruleFamily}: ${v.description})`) +
    '\n' +
    (v.misblamed.length > 0 ? `         ${''.padEnd(32)} blamed outside its rules: ${v.misblamed.join('; ')}\n` : '') +
    (v.replay ? `         ${''.padEnd(32)} replay: ${v.replay}\n` : '');
  let verdicts: FaultVerdict[];
  try {
    verdicts = await selfCheck({
      runs,
      seed,
      only: faultIds,
      ...(values.property ? { property: values.property } : {}),
      ...(values.path ? { path: values.path } : {}),
      ...(values.json ? {} : { onVerdict: (v) => process.stdout.write(line(v)) }),
    });
  } catch (e) {
    throw replayPathError(e, values.path, values.property, seed) ?? e;
  }
  const caught = verdicts.filter((v) => v.caught);
  const budgets = [...new Set([nightlyRuns, runs])].filter((b) => b <= runs);
  const summary = {
    faults: verdicts.length,
    caught_at: Object.fromEntries(budgets.map((b) => [String(b), verdicts.filter((v) => v.caughtAt[String(b)]).length])),
    caught_by_sweep: verdicts.filter((v) => v.bySweep).length,
    survived: verdicts.filter((v) => !v.caught).map((v) => v.id),
    ...(runs > nightlyRuns ? { survived_at_nightly_budget: verdicts.filter((v) => v.caughtAt[String(nightlyRuns)] === false).map((v) => v.id) } : {}),
    misblamed: verdicts.filter((v) => v.misblamed.length > 0).map((v) => v.id),
    median_random_cases_to_detection: median(caught.flatMap((v) => (v.casesToDetection === null ? [] : [v.casesToDetection]))),
    median_counterexample_ops: median(caught.map((v) => v.counterexampleOps!)),
    runs,
    seed,
  };
  if (values.json) process.stdout.write(JSON.stringify({ summary, verdicts }, null, 2) + '\n');
  else {
    const at = budgets.map((b) => `${summary.caught_at[String(b)]}/${summary.faults} caught at --runs ${b}`).join(', ');
    process.stdout.write(
      `\n${at} (seed ${seed}); ${summary.caught_by_sweep} by the edge sweep; median random cases to detection ${summary.median_random_cases_to_detection ?? 'none (sweep only)'}, ` +
        `median counterexample ${summary.median_counterexample_ops} op(s); ${summary.misblamed.length === 0 ? 'every finding blamed on a rule its fault breaks' : `blamed outside their rules: ${summary.misblamed.join(', ')}`}\n`,
    );
  }
  // A survivor, or a finding blamed on a rule the fault does not break, fails the self-check.
  return summary.survived.length > 0 || summary.misblamed.length > 0 ? 1 : 0;
}
