/** `run`: every property against one target; reports; exit 0 passes (gate.passed), 1 fails, 2 bad usage, 3 unreachable or gone. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { newRunId } from '../targets/sandbox.js';
import { installCleanupOnSignals } from '../targets/cleanupOnSignals.js';
import { runSuite } from '../run/runSuite.js';
import { unreachableReport, type RunReport } from '../run/runReport.js';
import { toolVersion } from '../run/toolVersion.js';
import { parseShard, partitionRun } from '../run/partitionRun.js';
import { readBaseline, writeBaselineFile } from '../report/baseline.js';
import { recheckRequests, type BaselineFile } from '../run/baselineComparison.js';
import { readExpectations } from '../report/expectations.js';
import { settleRun, type SettleInputs } from '../run/runGate.js';
import { evidenceLevels, type Evidence } from '../provenance.js';
import { knownNames } from './knownNames.js';
import { createProgress } from '../report/progressDisplay.js';
import { defaultReportDir, reportDirProblem, writeReports } from '../report/writeReports.js';
import { redactText } from '../report/redactSecrets.js';
import { describeOutcome } from '../report/outcomeText.js';
import { gateLabel, propertyVerdictLabel, ruleLabel, runVerdictText } from '../report/runVerdictText.js';
import { chooseTarget, targetOptions, type TargetChoice } from './targetFlags.js';
import { UsageError } from './usageError.js';
import { checkPropertyIds, checkReplayPath, replayPathError } from './replayFlags.js';
import { checkedResources, optInResources, propertiesFor, realAccountProperties } from './resourceFlag.js';
import { integerFlag } from './integerFlag.js';
import { describeTargetFailure } from './targetFailure.js';
import { runWorkers } from './runWorkers.js';
import { shellQuote } from '../report/shellQuote.js';
import { errorLine } from '../errorLine.js';
import { wrapped } from './wrapText.js';
import { waitForEndpoint } from './endpointReadiness.js';
import { observationsFromFlags, observationsLine } from './observationsFlag.js';
import type { ObservationsApplied } from '../observations/applyObservations.js';

export const runUsage = `apigw-patch-conformance run [--target msw|endpoint|aws] [--endpoint-url URL] [--region R] [--profile P]
    [--allow-account ID] [--allow-resource NAME]... [--wait-for-endpoint SECONDS] [--observations FILE]... [--implementation MODULE] [--runs N] [--seed S] [--property ID]... [--resource NAME]... [--path P]
    [--workers N|auto] [--shard I/N] [--report-dir DIR] [--baseline FILE] [--write-baseline FILE]
    [--expectations FILE] [--fail-on LEVEL] [--edge-sweep on|off] [--request-timeout SECONDS] [--fault-rate R] [--fault-seed S] [--msw-transport dispatch|intercept] [--quiet|--verbose]`;

export const runHelp = `
Targets (default: the embedded msw mock with the reference implementation):
  --target msw|endpoint|aws     where to send the calls
  --implementation MODULE       msw: a module whose default export follows the contract (README);
                                Integration's properties unless --property or --resource says otherwise
  --msw-transport dispatch|intercept   msw: straight to the handlers (default) or through setupServer
  --endpoint-url URL            endpoint: LocalStack, moto, serve, ... (also AWS_ENDPOINT_URL)
  --region R, --profile P       the SDK's region and shared-config profile
  --wait-for-endpoint SECONDS   endpoint: wait up to this long for the endpoint to answer (an emulator still starting)
  --allow-account ID            aws: the only account the run may touch (checked with STS)
  --allow-resource NAME         aws: also run a resource that needs your opt-in on a real account (repeatable):
                                ${optInResources()}
  --fault-rate R, --fault-seed S   msw: fault this fraction of requests (throttle, 5xx, latency, drop)
  --request-timeout SECONDS     how long one call may go unanswered (default 30 s over the wire, 10 s in-process);
                                a call that stays unanswered while the target answers others is a "no answer" finding
Truth:
  --observations FILE           what a real account answered (probe --out): observed rules become evidence
                                aws-observed and, where they contradict the shipped rule, answer as observed
Budget and replay:
  --runs N                      random cases per property (default 100), after the edge sweep
  --edge-sweep on|off           the edge sweep: fixed cases from the rule table, the same at every seed (default on)
  --seed S                      the run's seed (default: time-based, printed in the report)
  --property ID                 run only this property (repeatable)
  --resource NAME               run only the properties of this resource (repeatable):
                                ${wrapped(checkedResources().join(', '), 32)}
  --path P                      with one --property: replay that one recorded case
  --workers N|auto              processes (auto: both cores from 400 runs per property up)
  --shard I/N                   run part I of N (several CI machines; combine with merge)
Output:
  --report-dir DIR              default reports/<timestamp>/, reports/latest points at the newest
  --baseline FILE               known findings pass; new ones fail, and so do entries whose counterexample now conforms
  --write-baseline FILE         record this run's findings (same file as --baseline: update it, and pass)
  --expectations FILE           hand-written known divergences (rule, operation, path, reason, link) that pass
  --fail-on LEVEL               fail only on findings whose rule has at least this evidence:
                                aws-recorded | aws-observed | aws-doc | aws-e2e | user-quote | inferred (default: every finding)
  --quiet | --verbose           only the summary | a line per case
Exit: 0 passes (conforms, incomplete, or every finding accepted), 1 a finding fails the run (or a baseline
entry is fixed), 2 bad usage, 3 target unreachable or gone mid-run.`;

export interface RunPlan {
  choice: TargetChoice;
  sweep: boolean;
  /** --observations files, for worker processes to apply as this one did. */
  observations?: readonly string[];
  /** What they decided (for the report). */
  observed?: ObservationsApplied;
  /** Baseline entries to re-check by their counterexample when the run does not hit them. */
  baselineFile?: string;
  /** What the report is settled with: --fail-on, --baseline, --expectations (also for a partial report on a signal). */
  settle: SettleInputs;
  runs: number;
  seed: number;
  properties: string[];
  path?: string;
  shard?: string;
  workers: number;
  quiet: boolean;
  verbose: boolean;
}

export const runFlags = {
  ...targetOptions,
      runs: { type: 'string' },
      seed: { type: 'string' },
      property: { type: 'string', multiple: true },
      resource: { type: 'string', multiple: true },
      'allow-resource': { type: 'string', multiple: true },
      'wait-for-endpoint': { type: 'string' },
      observations: { type: 'string', multiple: true },
      path: { type: 'string' },
      workers: { type: 'string' },
      shard: { type: 'string' },
      'report-dir': { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      expectations: { type: 'string' },
      'fail-on': { type: 'string' },
      'edge-sweep': { type: 'string' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: runFlags,
  });
  const runs = integerFlag('--runs', values.runs, 100, 1);
  const seed = integerFlag('--seed', values.seed, Date.now() % 2 ** 31, -(2 ** 31));
  if (values.path && (values.property?.length ?? 0) !== 1) throw new UsageError('--path replays one case of one property: give exactly one --property with it');
  checkReplayPath(values.path);
  checkPropertyIds(values.property ?? []);
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose contradict each other: choose one');
  const shard = values.shard === undefined ? { index: 1, count: 1 } : parseShard(values.shard);
  if (!shard) throw new UsageError(`--shard ${values.shard}: write it as I/N with 1 <= I <= N, e.g. --shard 2/4`);
  const choice = chooseTarget(values);
  const observed = await observationsFromFlags(values.observations);
  const waitSeconds = values['wait-for-endpoint'] === undefined ? undefined : integerFlag('--wait-for-endpoint', values['wait-for-endpoint'], 0, 0);
  if (waitSeconds !== undefined && choice.kind !== 'endpoint') throw new UsageError('--wait-for-endpoint waits for an emulator to start: use it with --endpoint-url (or AWS_ENDPOINT_URL)');
  if (values.workers !== undefined && values.workers !== 'auto' && !/^\d+$/.test(values.workers)) throw new UsageError(`--workers ${values.workers}: give a number of processes (1, 2, ...) or auto`);
  // --verbose prints every case: one process, so the lines come in order.
  const workers = values.workers === undefined || values.workers === 'auto' ? (values.verbose ? 1 : autoWorkers(choice.kind, runs, values.path)) : integerFlag('--workers', values.workers, 1, 1);
  if (workers > 1 && values.verbose) throw new UsageError('--verbose prints every case in order: use it with --workers 1');
  if (workers > 1 && values.path) throw new UsageError('--path replays one case in one process: drop --workers');
  if (workers > 1 && choice.kind === 'aws') throw new UsageError('--workers shares one account\'s API quota: use --workers 1 against AWS');
  const writeTo = values['write-baseline'];
  // Bad output paths, baselines and expectations are found before the run, not after it has spent its budget.
  const settle = await settleInputsFromFlags(values, {
    // Writing to the baseline being compared against updates it and accepts this run's findings.
    updatesBaseline: writeTo !== undefined && values.baseline !== undefined && resolve(writeTo) === resolve(values.baseline),
  });
  for (const [flag, path, isDir] of [['--report-dir', values['report-dir'], true], ['--write-baseline', writeTo, false]] as const) {
    if (path !== undefined) checkOutputPath(flag, path, isDir);
  }
  let selected = propertiesFor(values.property ?? [], values.resource ?? (choice.implementationPath && !values.property ? ['Integration'] : []));
  if (values['allow-resource'] && choice.kind !== 'aws') throw new UsageError('--allow-resource opts into resources on a real account: use it with --target aws');
  if (choice.kind === 'aws') {
    const real = realAccountProperties(selected, values.resource ?? [], values['allow-resource'] ?? []);
    for (const line of real.skipped) process.stderr.write(`${line}\n`);
    if (real.properties.length === 0) throw new UsageError('every selected resource needs an opt-in on a real account: add --allow-resource NAME');
    selected = real.properties;
  }
  const plan: RunPlan = {
    choice,
    ...(values.observations ? { observations: values.observations } : {}),
    ...(observed ? { observed } : {}),
    // The sweep is the same cases everywhere: of several shards, the first runs it.
    sweep: onOff('--edge-sweep', values['edge-sweep']) && shard.index === 1,
    ...(values.baseline ? { baselineFile: values.baseline } : {}),
    settle,
    runs,
    seed,
    // An implementation module speaks Integration's contract: by default only Integration's properties judge it.
    properties: selected,
    ...(values.path ? { path: values.path } : {}),
    ...(values.shard ? { shard: values.shard } : {}),
    workers,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
  };

  // First line: where the calls go (an environment variable may have chosen it) and how to repeat the run.
  if (!plan.quiet) process.stdout.write(`target: ${choice.label}; seed ${seed}; ${runs} case(s) per property\n${observed ? `${observationsLine(observed)}\n` : ''}`);
  // Not up in time: the run goes ahead and ends as unreachable, with its report (exit 3).
  if (waitSeconds && choice.endpoint) await waitForEndpoint(choice.endpoint, waitSeconds);
  const dir = values['report-dir'] ?? defaultReportDir('.', new Date());
  const out = workers > 1 ? await runWorkers(plan, shard, dir) : await runInProcess(plan, partitionRun(runs, seed, shard.index, shard.count), dir);
  if (workers > 1 && !plan.quiet) {
    // Each worker showed its own part; the whole run's lines and summary come from the merged report.
    process.stderr.write('merged:\n');
    const progress = createProgress({ stream: process.stderr, quiet: false, verbose: false, isTTY: false });
    out.report.properties.forEach((p) => progress.propertyFinished(p));
    progress.finish();
  }
  // A path with shrink steps leads from a failing case; when its case holds, there is nothing to follow.
  if (plan.path && /^\d+:/.test(plan.path) && out.report.verdict === 'conforms') {
    throw new UsageError(`--path ${plan.path}: case ${plan.path.split(':')[0]} of ${plan.properties[0]} holds at seed ${seed}, so the path's shrink steps lead nowhere; copy a replay command from a run's output (paths depend on the seed and the suite's version)`);
  }
  await writeReports(out.report, dir);
  // With --baseline, the baseline written is the given one brought up to date (whatever file it goes to).
  if (writeTo) await writeBaselineFile(out.nextBaseline, writeTo);
  printSummary(out.report, dir, plan.quiet);
  if (out.unavailable) {
    process.stderr.write(`apigw-patch-conformance: ${redactText(out.unavailable)}\n`);
    return 3;
  }
  return out.report.gate.passed ? 0 : 1;
}

/**
 * --fail-on, --baseline and --expectations, read and checked (a bad one is a usage error, exit 2):
 * what a run, or the merge of its parts, is settled with. `run` and `merge` share them.
 */
export async function settleInputsFromFlags(
  values: { 'fail-on'?: string | undefined; baseline?: string | undefined; expectations?: string | undefined },
  o: { updatesBaseline?: boolean } = {},
): Promise<SettleInputs> {
  const failOn = values['fail-on'] ?? 'inferred';
  if (!(evidenceLevels as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on ${failOn}: choose one of ${evidenceLevels.join(', ')} (the weakest evidence whose findings fail the run)`);
  const baseline = values.baseline
    ? await readBaseline(values.baseline).catch((e: unknown) => {
        throw new UsageError(`--baseline: ${errorLine(e)}`);
      })
    : undefined;
  const expectations = values.expectations
    ? await readExpectations(values.expectations, knownNames()).catch((e: unknown) => {
        throw new UsageError(`--expectations: ${errorLine(e)}`);
      })
    : undefined;
  return {
    failOn: failOn as Evidence,
    ...(baseline && values.baseline ? { baseline: { file: values.baseline, content: baseline, ...(o.updatesBaseline ? { updates: true } : {}) } } : {}),
    ...(expectations && values.expectations ? { expectations: { file: values.expectations, content: expectations } } : {}),
  };
}

/** A run in this process, or the merged workers: settled (settleRun), with the baseline it would write. */
export interface RunOutcome {
  report: RunReport;
  nextBaseline: BaselineFile;
  /** The target went away: why (exit 3). */
  unavailable?: string;
}

/**
 * Both cores when the run is big enough to repay a second process's start-up (about a second):
 * measured 1.3-1.4x at 1000 runs per property (npm run bench). Never against AWS (one account quota),
 * never for a replay.
 */
export function autoWorkers(kind: TargetChoice['kind'], runs: number, path: string | undefined): number {
  if (kind === 'aws' || path !== undefined || runs < 400) return 1;
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** The run in this process: open the target, run the properties, close the target whatever happens. */
async function runInProcess(plan: RunPlan, part: { runs: number; seed: number }, dir: string): Promise<RunOutcome> {
  const { choice } = plan;
  const runId = newRunId();
  const target = await choice.build(runId);
  const uninstall = installCleanupOnSignals(target);
  // On SIGINT/SIGTERM, what has finished is still reported (marked interrupted) while the sandbox goes.
  let snapshot: (() => RunReport) | undefined;
  let signalled = false;
  const partialReport = {
    close: async () => {
      signalled = true;
      // Settled with the run's own --fail-on, --baseline and --expectations, like the whole report would be.
      if (snapshot) await writeReports(snapshot(), dir);
    },
  };
  const uninstallPartial = installCleanupOnSignals(partialReport);
  const display = createProgress({ stream: process.stderr, quiet: plan.quiet, verbose: plan.verbose, isTTY: process.stderr.isTTY ?? false });
  // After a signal the sandbox is going away: what the run prints then would only be noise.
  const progress: typeof display = {
    ...display,
    propertyStarted: (...a) => void (signalled || display.propertyStarted(...a)),
    caseDone: (...a) => void (signalled || display.caseDone(...a)),
    propertyFinished: (...a) => void (signalled || display.propertyFinished(...a)),
  };
  try {
    const out = await runSuite({
      target,
      runId,
      settings: {
        target: choice.label,
        ...(choice.endpoint ? { endpoint: choice.endpoint } : {}),
        ...(choice.implementationPath ? { implementation: choice.implementationPath } : {}),
        runs: part.runs,
        seed: part.seed,
        workers: 1,
        ...(plan.shard ? { shard: plan.shard } : {}),
        properties: [],
        ...(plan.sweep ? {} : { sweep: false }),
        ...(plan.observed ? { observations: plan.observed } : {}),
      },
      only: plan.properties,
      ...(plan.path ? { path: plan.path } : {}),
      replayCommand: (property, s, path) =>
        ['npx apigw-patch-conformance run', ...choice.argv.map(shellQuote), '--property', property, `--seed=${s}`, '--path', shellQuote(path)].join(' '),
      cli: { region: choice.region, ...(choice.kind === 'endpoint' && choice.endpoint ? { endpointUrl: choice.endpoint } : {}) },
      progress,
      onSnapshot: (s) => (snapshot = s),
      ...(plan.settle.baseline ? { recheck: recheckRequests(plan.settle.baseline.content) } : {}),
      settle: plan.settle,
    });
    if (!plan.quiet) progress.finish(); // quiet: the one summary is printSummary's
    return { report: out.report, nextBaseline: out.nextBaseline, ...(out.unavailable ? { unavailable: out.unavailable.message } : {}) };
  } catch (e) {
    const failure = replayPathError(e, plan.path, plan.properties[0], part.seed) ?? describeTargetFailure(e, choice.label) ?? e;
    // Unreachable before anything ran: the report says so, for CI steps that upload and summarise it.
    if (failure instanceof UsageError && failure.exitCode === 3) {
      const settings = { target: choice.label, ...(choice.endpoint ? { endpoint: choice.endpoint } : {}), runs: part.runs, seed: part.seed, workers: 1, properties: plan.properties };
      const written = await writeReports(settleRun(unreachableReport({ runId, startedAt: new Date(), settings, toolVersion, message: failure.message }), plan.settle).report, dir).then(() => true, () => false);
      if (written && !plan.quiet) process.stdout.write(`reports: ${dir}\n`);
    }
    throw failure;
  } finally {
    await target.close().catch(() => undefined);
    uninstall();
    uninstallPartial();
  }
}

/** An output path must be creatable: its parent is made now, and it must not be a file where a directory goes. */
function checkOutputPath(flag: string, path: string, isDir: boolean): void {
  const problem = isDir ? reportDirProblem(path) : null;
  if (problem) throw new UsageError(`${flag} ${problem}`);
  try {
    if (existsSync(path) && statSync(path).isDirectory() !== isDir) throw new Error(isDir ? 'it is a file, a directory is needed' : 'it is a directory, a file is needed');
    mkdirSync(dirname(resolve(path)), { recursive: true });
    // Reports are written through a temporary sibling: that must be possible before the run spends its budget.
    rmSync(mkdtempSync(join(dirname(resolve(path)), '.apigw-write-probe-')), { recursive: true });
  } catch (e) {
    throw new UsageError(`${flag} ${path}: cannot write there (${errorLine(e)}); choose a writable path`);
  }
}

function printSummary(report: RunReport, dir: string, quiet: boolean): void {
  // Everything on the terminal passes redaction, as the reports do: URLs and bodies may carry secrets.
  const out = { write: (s: string) => process.stdout.write(redactText(s)) };
  if (!quiet) {
    for (const d of report.divergences) {
      const rule = d.rules[0];
      out.write(`\nFINDING ${d.id}: ${d.operation}${d.kind === 'crash' ? ' crashes' : ''} breaks ${ruleLabel(d)} [${gateLabel(d, report)}], ${d.hits} case(s) in ${d.properties.join(', ')}\n`);
      if (d.gate?.status === 'expected') out.write(`  accepted: ${d.gate.reason ?? ''} (${d.gate.link ?? ''})\n`);
      out.write(`  put:      ${JSON.stringify(d.counterexample.put)}\n`);
      d.counterexample.patches.forEach((p, n) => out.write(`  patch ${n}: ${JSON.stringify(p)}\n`));
      if (d.step > 0 || d.counterexample.patches.length > 1) out.write(`  at:       ${d.operation} of ${d.operation === 'PutIntegration' ? 'the put' : `patch ${d.step}`}\n`);
      out.write(`  expected: ${JSON.stringify(d.expected)}\n  actual:   ${JSON.stringify(d.actual)}\n`);
      for (const f of d.fieldDiffs) {
        // A success where an error was due (or the reverse) is one diff at the root: say it in words.
        if (f.path === '/') out.write(`  differs:  expected ${describeOutcome(d.expected)}, got ${describeOutcome(d.actual)}\n`);
        else out.write(`  differs at ${f.path}: expected ${JSON.stringify(f.expected) ?? '(absent)'}, got ${JSON.stringify(f.actual) ?? '(absent)'}\n`);
      }
      if (rule) out.write(`  rule:     ${rule.id} (${rule.evidence}): ${rule.summary}\n            source: ${rule.source}\n`);
      out.write(`  replay:   ${d.replayCommand}\n`);
    }
  }
  const b = report.baseline;
  const baselineLine = b
    ? `\nbaseline ${b.file}${b.updated ? ' (updated)' : ''}: ${b.new.length} new, ${b.known.length} known, ${b.confirmed.length} not hit but confirmed, ${b.fixed.length} fixed, ${b.unchecked.length} not checked`
    : '';
  const x = report.expectations;
  const expectationsLine = x ? `\nexpectations ${x.file}: ${x.matched} matched, ${x.stale.length} stale${x.stale.length > 0 ? ` (${x.stale.map((s) => s.rule).join(', ')})` : ''}` : '';
  // Each property as the gate has it (`fails (known)` when its findings are accepted), with its settled findings.
  const properties = report.properties.map((p) => `${p.id} ${propertyVerdictLabel(p, report).label}${p.divergences.length > 0 ? ` [${p.divergences.join(' ')}]` : ''}`);
  out.write(`\n${runVerdictText(report).headline}; ${properties.join(', ')}${baselineLine}${expectationsLine}\nreports: ${dir}\n`);
}

/** An on|off flag (on when not given). */
function onOff(flag: string, value: string | undefined): boolean {
  if (value === undefined || value === 'on') return true;
  if (value === 'off') return false;
  throw new UsageError(`${flag} ${value}: on (the default) or off`);
}
