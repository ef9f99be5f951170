/**
 * What findings cost and how well baselines hold, measured over the self-check's faulty
 * implementations (and a many-gap JSON-patch emulator): part of `npm run bench`, too slow for `npm test`.
 */
import type { CreateImplementation, IntegrationImplementation } from '../src/contract.js';
import { compareWithBaselineEntries, baselineOf, recheckRequests, type BaselineFile } from '../src/report/baseline.js';
import { runSuite } from '../src/run/runSuite.js';
import type { RunReport } from '../src/run/runReport.js';
import { faultyImplementations, servedAs } from '../src/selfCheck/faultyImplementations/index.js';
import { InProcessTarget } from '../src/targets/inProcessTarget.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import type { Target } from '../src/targets/target.js';

type Served = { implementation: IntegrationImplementation } | { createImplementation: CreateImplementation } | Record<string, never>;
import { jsonPatchEmulator } from '../test/fixtures/jsonPatchEmulator.js';

/** One run; through msw (what a user's run costs) or in process (the same findings, for the many runs of the baseline measurement). */
async function run(served: Served, runs: number, seed: number, baseline?: BaselineFile, via: 'msw' | 'in-process' = 'msw'): Promise<{ report: RunReport; ms: number; green?: boolean }> {
  const target: Target = via === 'msw' ? new MswTarget(served) : new InProcessTarget(served);
  const started = performance.now();
  try {
    const out = await runSuite({ target, settings: { target: 'bench', runs, seed, workers: 1, properties: [] }, replayCommand: () => '', cli: {}, ...(baseline ? { recheck: recheckRequests(baseline) } : {}) });
    const ms = performance.now() - started;
    if (!baseline) return { report: out.report, ms };
    const cmp = compareWithBaselineEntries(out.report, baseline.divergences, out.rechecked);
    return { report: out.report, ms, green: cmp.new.length === 0 && cmp.fixed.length === 0 };
  } finally {
    await target.close();
  }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Wall time of a run with findings over a conforming run of the same budget (100 runs, three seeds). */
export async function findingsCost(): Promise<Record<string, number>> {
  const subjects: [string, Served][] = [
    ['fault', servedAs(faultyImplementations.find((f) => f.id === 'missing-key-upsert')!)],
    ['emulator', { implementation: jsonPatchEmulator }],
  ];
  await run({}, 20, 99); // warm-up
  const out: Record<string, number> = {};
  for (const [name, impl] of subjects) {
    let ratio = 0;
    for (const seed of [1, 2, 3]) ratio += (await run(impl, 100, seed)).ms / (await run({}, 100, seed)).ms;
    out[`findings_cost_ratio_${name}`] = round(ratio / 3);
  }
  return out;
}

/**
 * Baselines hold: each self-check fault's baseline is written at seed 1 with 300 runs, then runs at
 * seeds 2, 3 and 4 with 100 runs compare with it. Green shares of those runs, and how often the
 * baseline of one fault wrongly keeps another fault green: the next fault in the catalogue that
 * breaks none of the same rules (one that breaks the same rule the same way is the same finding).
 */
export async function baselineStability(): Promise<Record<string, number>> {
  let green = 0;
  let runs = 0;
  let newFaultFails = 0;
  const faults = faultyImplementations;
  const baselines = new Map<string, BaselineFile>();
  for (const f of faults) baselines.set(f.id, baselineOf((await run(servedAs(f), 300, 1, undefined, 'in-process')).report));
  for (const f of faults) {
    for (const seed of [2, 3, 4]) {
      runs += 1;
      if ((await run(servedAs(f), 100, seed, baselines.get(f.id), 'in-process')).green) green += 1;
      else process.stderr.write(`baseline of ${f.id} did not hold at seed ${seed}\n`);
    }
  }
  for (const [n, f] of faults.entries()) {
    const other = [...faults.slice(n + 1), ...faults.slice(0, n)].find((g) => !g.rules.some((r) => f.rules.includes(r)))!;
    if (!(await run(servedAs(other), 100, 2, baselines.get(f.id), 'in-process')).green) newFaultFails += 1;
    else process.stderr.write(`the baseline of ${f.id} kept ${other.id} green\n`);
  }
  return { baseline_green_share: round(green / runs, 3), baseline_runs: runs, new_fault_fails_share: round(newFaultFails / faults.length, 3) };
}
