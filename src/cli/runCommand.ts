/** `run`: every property against one target; reports; exit 0 conforms, 1 diverges, 3 unreachable. */
import { parseArgs } from 'node:util';
import { newRunId } from '../targets/sandbox.js';
import { installCleanupOnSignals } from '../targets/cleanupOnSignals.js';
import { runSuite } from '../run/runSuite.js';
import type { RunReport } from '../run/runReport.js';
import { baselineExitCode, compareWithBaseline, writeBaseline } from '../report/baseline.js';
import { createProgress } from '../report/progressDisplay.js';
import { defaultReportDir, writeReports } from '../report/writeReports.js';
import { redactText } from '../report/redactSecrets.js';
import { chooseTarget, targetOptions } from './targetFlags.js';
import { UsageError } from './usageError.js';
import { integerFlag } from './integerFlag.js';
import { describeTargetFailure } from './targetFailure.js';

export const runUsage = `apigw-patch-conformance run [--target msw|endpoint|aws] [--endpoint-url URL] [--region R] [--profile P]
    [--allow-account ID] [--implementation MODULE] [--runs N] [--seed S] [--property ID]... [--path P]
    [--report-dir DIR] [--baseline FILE] [--write-baseline FILE] [--fault-rate R] [--fault-seed S] [--quiet|--verbose]`;

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...targetOptions,
      runs: { type: 'string' },
      seed: { type: 'string' },
      property: { type: 'string', multiple: true },
      path: { type: 'string' },
      'report-dir': { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const runs = integerFlag('--runs', values.runs, 100, 1);
  const seed = integerFlag('--seed', values.seed, Date.now() % 2 ** 31, -(2 ** 31));
  if (values.path && (values.property?.length ?? 0) !== 1) throw new UsageError('--path replays one case of one property: give exactly one --property with it');
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose contradict each other: choose one');
  const choice = chooseTarget(values);
  const runId = newRunId();
  const target = await choice.build(runId);
  const uninstall = installCleanupOnSignals(target);
  const progress = createProgress({ stream: process.stderr, quiet: values.quiet ?? false, verbose: values.verbose ?? false, isTTY: process.stderr.isTTY ?? false });

  let report: RunReport;
  let unavailable: Error | undefined;
  try {
    const out = await runSuite({
      target,
      runId,
      settings: {
        target: choice.label,
        ...(choice.endpoint ? { endpoint: choice.endpoint } : {}),
        ...(choice.implementationPath ? { implementation: choice.implementationPath } : {}),
        runs,
        seed,
        workers: 1,
        properties: [],
      },
      only: values.property ?? [],
      ...(values.path ? { path: values.path } : {}),
      replayCommand: (property, s, path) =>
        ['npx apigw-patch-conformance run', ...choice.argv.map(shellWord), '--property', property, '--seed', String(s), '--path', shellWord(path)].join(' '),
      cli: { region: choice.region, ...(choice.kind === 'endpoint' && choice.endpoint ? { endpointUrl: choice.endpoint } : {}) },
      progress,
    });
    report = out.report;
    unavailable = out.unavailable;
  } catch (e) {
    const known = describeTargetFailure(e, choice.label);
    if (known) throw known;
    throw e;
  } finally {
    await target.close().catch(() => undefined);
    uninstall();
  }

  let exit = report.verdict === 'conforms' ? 0 : 1;
  if (values.baseline) {
    const cmp = await compareWithBaseline(report, values.baseline);
    report = { ...report, baseline: { file: values.baseline, ...cmp } };
    exit = baselineExitCode(cmp);
  }
  const dir = values['report-dir'] ?? defaultReportDir('.', report.startedAt);
  await writeReports(report, dir);
  if (values['write-baseline']) await writeBaseline(report, values['write-baseline']);
  progress.finish();
  printSummary(report, dir, values.quiet ?? false);
  if (unavailable) {
    process.stderr.write(`apigw-patch-conformance: ${redactText(unavailable.message)}\n`);
    return 3;
  }
  return exit;
}

function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function printSummary(report: RunReport, dir: string, quiet: boolean): void {
  const out = process.stdout;
  if (!quiet) {
    for (const d of report.divergences) {
      const rule = d.rules[0];
      out.write(`\nDIVERGENCE ${d.id} in ${d.property} (${d.operation}${d.step ? ` step ${d.step}` : ''})\n`);
      out.write(`  put:      ${JSON.stringify(d.counterexample.put)}\n`);
      d.counterexample.patches.forEach((p, n) => out.write(`  patch ${n}: ${JSON.stringify(p)}\n`));
      out.write(`  expected: ${JSON.stringify(d.expected)}\n  actual:   ${JSON.stringify(d.actual)}\n`);
      for (const f of d.fieldDiffs) out.write(`  differs at ${f.path}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}\n`);
      if (rule) out.write(`  rule:     ${rule.id} (${rule.evidence}): ${rule.summary}\n            source: ${rule.source}\n`);
      out.write(`  replay:   ${d.replayCommand}\n`);
    }
  }
  const b = report.baseline;
  const verdict = b
    ? `${b.new.length} new, ${b.known.length} known, ${b.fixed.length} no longer seen, ${b.unchecked?.length ?? 0} not checked (baseline ${b.file})`
    : report.verdict === 'conforms' ? 'conforms' : `${report.divergences.length} divergence(s)`;
  out.write(`\n${report.settings.target}: ${verdict}; ${report.properties.map((p) => `${p.id} ${p.verdict}`).join(', ')}\nreports: ${dir}\n`);
}
