/** `run`: every property against one target; reports; exit 0 conforms, 1 diverges, 3 unreachable. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { newRunId } from '../targets/sandbox.js';
import { installCleanupOnSignals } from '../targets/cleanupOnSignals.js';
import { runSuite } from '../run/runSuite.js';
import { interruptedReport, type RunReport } from '../run/runReport.js';
import { parseShard, partitionRun } from '../run/partitionRun.js';
import { baselineExitCode, compareWithBaselineEntries, readBaseline, writeBaseline } from '../report/baseline.js';
import { createProgress } from '../report/progressDisplay.js';
import { defaultReportDir, reportDirProblem, writeReports } from '../report/writeReports.js';
import { redactText } from '../report/redactSecrets.js';
import { describeOutcome } from '../report/outcomeText.js';
import { chooseTarget, targetOptions, type TargetChoice } from './targetFlags.js';
import { UsageError } from './usageError.js';
import { checkPropertyIds, checkReplayPath, replayPathError } from './replayFlags.js';
import { integerFlag } from './integerFlag.js';
import { describeTargetFailure } from './targetFailure.js';
import { runWorkers } from './runWorkers.js';
import { shellQuote } from '../report/shellQuote.js';
import { errorLine } from '../errorLine.js';

export const runUsage = `apigw-patch-conformance run [--target msw|endpoint|aws] [--endpoint-url URL] [--region R] [--profile P]
    [--allow-account ID] [--implementation MODULE] [--runs N] [--seed S] [--property ID]... [--path P]
    [--workers N|auto] [--shard I/N] [--report-dir DIR] [--baseline FILE] [--write-baseline FILE]
    [--fault-rate R] [--fault-seed S] [--msw-transport dispatch|intercept] [--quiet|--verbose]`;

export const runHelp = `
Targets (default: the embedded msw mock with the reference implementation):
  --target msw|endpoint|aws     where to send the calls
  --implementation MODULE       msw: a module whose default export follows the contract (README)
  --msw-transport dispatch|intercept   msw: straight to the handlers (default) or through setupServer
  --endpoint-url URL            endpoint: LocalStack, moto, serve, ... (also AWS_ENDPOINT_URL)
  --region R, --profile P       the SDK's region and shared-config profile
  --allow-account ID            aws: the only account the run may touch (checked with STS)
  --fault-rate R, --fault-seed S   msw: fault this fraction of requests (throttle, 5xx, latency, drop)
Budget and replay:
  --runs N                      cases per property (default 100)
  --seed S                      the run's seed (default: time-based, printed in the report)
  --property ID                 run only this property (repeatable)
  --path P                      with one --property: replay that one recorded case
  --workers N|auto              processes (auto: both cores from 400 runs per property up)
  --shard I/N                   run part I of N (several CI machines; combine with merge)
Output:
  --report-dir DIR              default reports/<timestamp>/, reports/latest points at the newest
  --baseline FILE               known divergences pass; new ones and ones no longer seen fail
  --write-baseline FILE         record this run's divergences (same file as --baseline: update it)
  --quiet | --verbose           only the summary | a line per case
Exit: 0 conforms (or incomplete), 1 divergence, 2 bad usage, 3 target unreachable.`;

export interface RunPlan {
  choice: TargetChoice;
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
      path: { type: 'string' },
      workers: { type: 'string' },
      shard: { type: 'string' },
      'report-dir': { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
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
  if (values.workers !== undefined && values.workers !== 'auto' && !/^\d+$/.test(values.workers)) throw new UsageError(`--workers ${values.workers}: give a number of processes (1, 2, ...) or auto`);
  // --verbose prints every case: one process, so the lines come in order.
  const workers = values.workers === undefined || values.workers === 'auto' ? (values.verbose ? 1 : autoWorkers(choice.kind, runs, values.path)) : integerFlag('--workers', values.workers, 1, 1);
  if (workers > 1 && values.verbose) throw new UsageError('--verbose prints every case in order: use it with --workers 1');
  if (workers > 1 && values.path) throw new UsageError('--path replays one case in one process: drop --workers');
  if (workers > 1 && choice.kind === 'aws') throw new UsageError('--workers shares one account\'s API quota: use --workers 1 against AWS');
  // Bad output paths and baselines are found before the run, not after it has spent its budget.
  const baseline = values.baseline
    ? await readBaseline(values.baseline).catch((e: unknown) => {
        throw new UsageError(`--baseline: ${errorLine(e)}`);
      })
    : undefined;
  for (const [flag, path, isDir] of [['--report-dir', values['report-dir'], true], ['--write-baseline', values['write-baseline'], false]] as const) {
    if (path !== undefined) checkOutputPath(flag, path, isDir);
  }
  const plan: RunPlan = {
    choice,
    runs,
    seed,
    properties: values.property ?? [],
    ...(values.path ? { path: values.path } : {}),
    ...(values.shard ? { shard: values.shard } : {}),
    workers,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
  };

  const dir = values['report-dir'] ?? defaultReportDir('.', new Date());
  const { report: raw, unavailable } = workers > 1 ? await runWorkers(plan, shard, dir) : await runInProcess(plan, partitionRun(runs, seed, shard.index, shard.count), dir);
  if (workers > 1 && !plan.quiet) {
    // Each worker showed its own part; the whole run's lines and summary come from the merged report.
    process.stderr.write('merged:\n');
    const progress = createProgress({ stream: process.stderr, quiet: false, verbose: false, isTTY: false });
    raw.properties.forEach((p) => progress.propertyFinished(p));
    progress.finish();
  }
  let report = raw;
  // incomplete (an operation the target does not implement) is reported, not failed: exit 0.
  let exit = report.verdict === 'diverges' ? 1 : 0;
  if (baseline && values.baseline) {
    const cmp = compareWithBaselineEntries(report, baseline.divergences);
    report = { ...report, baseline: { file: values.baseline, ...cmp } };
    exit = baselineExitCode(cmp);
  }
  await writeReports(report, dir);
  // Writing to the baseline being compared against updates it (adds new, drops fixed) instead of replacing it.
  const sameFile = baseline && values['write-baseline'] && values.baseline && resolve(values['write-baseline']) === resolve(values.baseline);
  if (values['write-baseline']) await writeBaseline(report, values['write-baseline'], sameFile ? baseline : undefined);
  printSummary(report, dir, plan.quiet);
  if (unavailable) {
    process.stderr.write(`apigw-patch-conformance: ${redactText(unavailable)}\n`);
    return 3;
  }
  return exit;
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
async function runInProcess(plan: RunPlan, part: { runs: number; seed: number }, dir: string): Promise<{ report: RunReport; unavailable?: string }> {
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
      if (snapshot) await writeReports(interruptedReport(snapshot()), dir);
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
      },
      only: plan.properties,
      ...(plan.path ? { path: plan.path } : {}),
      replayCommand: (property, s, path) =>
        ['npx apigw-patch-conformance run', ...choice.argv.map(shellQuote), '--property', property, `--seed=${s}`, '--path', shellQuote(path)].join(' '),
      cli: { region: choice.region, ...(choice.kind === 'endpoint' && choice.endpoint ? { endpointUrl: choice.endpoint } : {}) },
      progress,
      onSnapshot: (s) => (snapshot = s),
    });
    if (!plan.quiet) progress.finish(); // quiet: the one summary is printSummary's
    return out.unavailable ? { report: out.report, unavailable: out.unavailable.message } : { report: out.report };
  } catch (e) {
    throw replayPathError(e, plan.path, plan.properties[0], part.seed) ?? describeTargetFailure(e, choice.label) ?? e;
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
      out.write(`\nDIVERGENCE ${d.id} in ${d.property} (${d.operation}${d.step ? ` step ${d.step}` : ''})\n`);
      out.write(`  put:      ${JSON.stringify(d.counterexample.put)}\n`);
      d.counterexample.patches.forEach((p, n) => out.write(`  patch ${n}: ${JSON.stringify(p)}\n`));
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
  const verdict = b
    ? `${b.new.length} new, ${b.known.length} known, ${b.fixed.length} no longer seen, ${b.unchecked?.length ?? 0} not checked (baseline ${b.file})`
    : report.verdict === 'conforms'
      ? 'conforms'
      : report.verdict === 'incomplete'
        ? `incomplete: no divergence, but ${report.properties.filter((p) => p.verdict !== 'holds').length} propert(ies) could not be checked`
        : `${report.divergences.length} divergence(s)`;
  out.write(`\n${report.settings.target}: ${verdict}; ${report.properties.map((p) => `${p.id} ${p.verdict}`).join(', ')}\nreports: ${dir}\n`);
}
