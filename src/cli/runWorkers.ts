/**
 * `run --workers N`: the run split into N child processes (one per core), each a plain `run` of its
 * part with its own seed, its report merged into one and settled with the run's own --fail-on,
 * --baseline and --expectations (the children's gates are not used). Children are whole runs, so
 * each part's divergences carry their own replay command.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { writeReports } from '../report/writeReports.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';
import { mergeReports } from '../run/mergeReports.js';
import { partitionRun } from '../run/partitionRun.js';
import { settleRun } from '../run/runGate.js';
import type { RunOutcome, RunPlan } from './runCommand.js';
import { readReport } from './replayCommand.js';
import { UsageError } from './usageError.js';

const bin = join(packageRoot, 'bin', 'apigw-patch-conformance.mjs');

export async function runWorkers(plan: RunPlan, shard: { index: number; count: number }, reportDir: string): Promise<RunOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-workers-'));
  const children = new Set<ReturnType<typeof spawn>>();
  // On a signal, each worker deletes its own sandbox; wait for them, then exit as a signalled run does.
  let interrupted: NodeJS.Signals | null = null;
  const stopChildren = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    children.forEach((c) => c.kill(signal));
  };
  process.on('SIGINT', stopChildren);
  process.on('SIGTERM', stopChildren);
  try {
    const parts = Array.from({ length: plan.workers }, (_, j) => partitionRun(plan.runs, plan.seed, (shard.index - 1) * plan.workers + j + 1, shard.count * plan.workers));
    const results = await Promise.all(
      parts.map(async (part, j) => {
        const out = join(dir, `worker-${j + 1}`);
        // The first worker (of the first shard) runs the edge sweep and re-checks the baseline's entries; the others need not repeat them.
        const recheck = j === 0 && plan.baselineFile ? ['--baseline', plan.baselineFile] : [];
        const args = [bin, 'run', ...plan.choice.argv, '--runs', String(part.runs), '--seed', String(part.seed), '--workers', '1', '--report-dir', out, ...recheck, ...(plan.quiet ? ['--quiet'] : []), ...(plan.observations ?? []).flatMap((f) => ['--observations', f]), ...(plan.sweep && j === 0 ? [] : ['--edge-sweep', 'off']), ...plan.properties.flatMap((p) => ['--property', p])];
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
        children.add(child);
        // A worker's progress lines (plain: its stderr is a pipe) are shown as they come, marked with its number.
        let stderr = '';
        let pending = '';
        child.stderr!.on('data', (b: Buffer) => {
          stderr += b.toString();
          pending += b.toString();
          const lines = pending.split('\n');
          pending = lines.pop()!;
          for (const line of lines) if (line.trim() && !line.startsWith('apigw-patch-conformance: ')) process.stderr.write(`[worker ${j + 1}] ${line}\n`);
        });
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        children.delete(child);
        if (!plan.quiet) process.stderr.write(`worker ${j + 1}/${plan.workers}: ${part.runs} runs per property at seed ${part.seed}, exit ${code}\n`);
        // Only the worker's own error line matters to the parent (the progress lines were shown).
        const errorLine = stderr.split('\n').reverse().find((l) => l.startsWith('apigw-patch-conformance: ')) ?? '';
        return { code, stderr: errorLine, out };
      }),
    );
    if (interrupted) {
      // Each worker wrote what it had finished (interrupted); their merge, settled as the whole run would be, is the run's partial report.
      const partial = results.filter((r) => existsSync(join(r.out, 'report.json'))).map((r) => readReport(r.out));
      if (partial.length > 0) await writeReports(settleRun({ ...mergeReports(partial), interrupted: true }, plan.settle).report, reportDir).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      process.exit(interrupted === 'SIGINT' ? 130 : 143);
    }
    const failed = results.find((r) => r.code !== 0 && r.code !== 1 && r.code !== 3);
    if (failed) throw new UsageError(failed.stderr.replace(/^apigw-patch-conformance: /, '').split('\n')[0] || `a worker exited with ${failed.code}`, failed.code === 2 ? 2 : 3);
    const merged = mergeReports(results.map((r) => readReport(r.out)));
    const unreachable = results.find((r) => r.code === 3);
    const unavailable = unreachable ? unreachable.stderr.replace(/^apigw-patch-conformance: /, '') : undefined;
    // The first worker's re-check of the baseline travels in its report.json (`rechecked`): the merge carries it to the settlement.
    const { report, nextBaseline } = settleRun(
      {
        ...merged,
        settings: { ...merged.settings, workers: plan.workers, ...(plan.shard ? { shard: plan.shard } : {}) },
        ...(unavailable !== undefined && merged.unreachable === undefined ? { unreachable: unavailable } : {}),
      },
      plan.settle,
    );
    return unavailable !== undefined ? { report, nextBaseline, unavailable } : { report, nextBaseline };
  } finally {
    process.off('SIGINT', stopChildren);
    process.off('SIGTERM', stopChildren);
    rmSync(dir, { recursive: true, force: true });
  }
}
