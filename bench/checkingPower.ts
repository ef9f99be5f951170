/**
 * How much the suite catches, and how its model-based property behaves: part of `npm run bench`.
 * Targets: every self-check fault caught at --runs 20 on every seed 1..5 (caught_at_20_min_share 1),
 * no finding blamed outside a fault's rules (misblamed_findings 0), accepted update steps >= 50% in
 * the model-based property, a full default run (eight properties, four resources) under 15 s on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { modelCase } from '../generators/index.js';
import type { Integration } from '../src/contract.js';
import { putIntegration } from '../src/engine/putIntegration.js';
import { updateIntegration } from '../src/engine/updateIntegration.js';
import { median, nightlyRuns, selfCheck } from '../src/selfCheck/selfCheck.js';
import { conformanceProperties } from '../spec/properties/index.js';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const seeds = [1, 2, 3, 4, 5];

/** The self-check at --runs 100 on seeds 1..5: caught at 20 and at 100, cases to detection, per-property divergence rates. */
export async function checkingPower(): Promise<Record<string, number>> {
  const at20: number[] = [];
  const at100: number[] = [];
  const cases: number[] = [];
  let faults = 0;
  let misblamed = 0;
  let bySweep = 0;
  const byProperty = new Map<string, number>(conformanceProperties.map((p) => [p.id, 0]));
  for (const seed of seeds) {
    const verdicts = await selfCheck({ runs: 100, seed });
    faults = verdicts.length;
    at20.push(verdicts.filter((v) => v.caughtAt[String(nightlyRuns)]).length / verdicts.length);
    at100.push(verdicts.filter((v) => v.caught).length / verdicts.length);
    for (const v of verdicts) {
      if (v.casesToDetection !== null) cases.push(v.casesToDetection);
      if (v.bySweep) bySweep += 1;
      misblamed += v.misblamed.length;
      for (const p of v.caughtBy) byProperty.set(p, (byProperty.get(p) ?? 0) + 1);
      for (const s of v.caughtAt[String(nightlyRuns)] ? [] : [v.id]) process.stderr.write(`seed ${seed}: ${s} survived --runs ${nightlyRuns}\n`);
    }
  }
  const runs = faults * seeds.length;
  return {
    self_check_faults: faults,
    caught_at_20_min_share: round(Math.min(...at20)),
    caught_at_20_mean_share: round(at20.reduce((a, b) => a + b, 0) / at20.length),
    caught_at_100_min_share: round(Math.min(...at100)),
    caught_by_sweep_share: round(bySweep / runs),
    median_random_cases_to_detection: median(cases) ?? -1,
    misblamed_findings: misblamed,
    ...Object.fromEntries([...byProperty].map(([p, n]) => [`divergence_rate_${p.replace(/-/g, '_')}`, round(n / runs)])),
  };
}

/** The model-based property's chains against the reference: accepted update steps, long chains, distinct states. */
export function modelBasedShape(): Record<string, number> {
  const ctx = { restApiId: 'bench', resourceId: 'r3s0ur', httpMethod: 'GET', methodRequestParameters: { 'method.request.path.proxy': true } };
  let updates = 0;
  let accepted = 0;
  let longChains = 0;
  const chains = fc.sample(modelCase, { seed: 7, numRuns: 500 });
  for (const c of chains) {
    const put = putIntegration(c.put, ctx).outcome;
    if (!put.ok) continue;
    let model: Integration | null = put.value;
    let ok = 0;
    for (const command of c.commands) {
      if (command.kind === 'put') {
        const reput = putIntegration(command.body, ctx).outcome;
        if (reput.ok) model = reput.value;
      } else if (command.kind === 'delete') model = null;
      if (command.kind !== 'update') continue;
      updates += 1;
      const out = model ? updateIntegration(model, command.aim(model), ctx).outcome : null;
      if (out?.ok) (accepted += 1), (ok += 1), (model = out.value);
    }
    if (ok >= 10) longChains += 1;
  }
  return { model_based_accepted_update_share: round(accepted / updates), model_based_chains_with_10_ok_updates_share: round(longChains / chains.length) };
}

/** Wall time of the default job (`npm run conformance`: the whole suite against the embedded msw mock). */
export function defaultRunSeconds(): Record<string, number> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  const r = spawnSync(process.execPath, ['bin/apigw-patch-conformance.mjs', 'run', '--seed', '1', '--quiet', '--report-dir', '/tmp/apigw-bench-default'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the default run failed: ${r.stderr}`);
  return { default_run_s: round((performance.now() - started) / 1000, 1) };
}
