/**
 * `npm run bench`: measures the suite on this machine and prints one JSON object. Each measurement
 * runs in its own process (timings and peak memory are its own); worker scaling is measured on the
 * real CLI. Targets: engine >= 100000 patches/s, msw_to_floor >= 0.5, calls_per_case_stateful <= 1.1,
 * findings_cost_ratio_* <= 1.5, baseline_green_share >= 0.95, new_fault_fails_share 1, caught_at_20_min_share 1,
 * misblamed_findings 0, model_based_accepted_update_share >= 0.5, default_run_s < 10.
 * `npm run bench -- --only findings-cost,baseline-stability` measures a subset.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

async function measureHere(name: string): Promise<Record<string, number>> {
  const m = await import('./measurements.js');
  const f = await import('./findingMeasurements.js');
  const c = await import('./checkingPower.js');
  switch (name) {
    case 'checking-power': return c.checkingPower();
    case 'model-based': return c.modelBasedShape();
    case 'default-run': return c.defaultRunSeconds();
    case 'findings-cost': return f.findingsCost();
    case 'baseline-stability': return f.baselineStability();
    case 'engine': return m.enginePatchesPerSecond();
    case 'floor': return m.sdkFloorCallsPerSecond();
    case 'msw': return m.mswCasesPerSecond();
    case 'serve': return m.serveCasesPerSecond();
    case 'rss-2k': return m.peakRss(2000);
    case 'rss-10k': return m.peakRss(10000);
    default: throw new Error(`unknown measurement ${name}`);
  }
}

function measureInChild(name: string): Record<string, number> {
  const r = spawnSync(process.execPath, [tsx, self, '--measure', name], { cwd: root, encoding: 'utf8', env, maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`measurement ${name} failed: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(line) as Record<string, number>;
}

/** Wall-clock throughput of the CLI with 1 and 2 workers on the same total budget. */
function workerScaling(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const workers of [1, 2]) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['bin/apigw-patch-conformance.mjs', 'run', '--runs', '1000', '--seed', '42', '--workers', String(workers), '--quiet', '--report-dir', `/tmp/apigw-bench-w${workers}`], { cwd: root, encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`worker run failed: ${r.stderr}`);
    out[`workers_${workers}_cases_per_s`] = Math.round(5000 / ((performance.now() - started) / 1000));
  }
  out['workers_speedup'] = Math.round((out['workers_2_cases_per_s']! / out['workers_1_cases_per_s']!) * 100) / 100;
  return out;
}

const i = process.argv.indexOf('--measure');
if (i >= 0) {
  process.stdout.write(JSON.stringify(await measureHere(process.argv[i + 1]!)) + '\n');
} else {
  const results: Record<string, number | string> = { cpus: cpus().length, node: process.version };
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;
  for (const name of ['engine', 'floor', 'msw', 'serve', 'rss-2k', 'rss-10k', 'findings-cost', 'baseline-stability', 'checking-power', 'model-based', 'default-run']) if (!only || only.includes(name)) Object.assign(results, measureInChild(name));
  if (results['msw_cases_per_s'] !== undefined) results['msw_to_floor'] = Math.round(((results['msw_cases_per_s'] as number) / (results['sdk_floor_calls_per_s'] as number)) * 1000) / 1000;
  if (!only && !process.argv.includes('--no-workers')) Object.assign(results, workerScaling());
  process.stdout.write(JSON.stringify(results) + '\n');
}
