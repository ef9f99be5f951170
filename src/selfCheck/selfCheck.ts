/**
 * Measures the suite's bug-finding power: every faulty implementation of the catalogue is served by
 * the msw mock and the suite runs against it at the given budget. A fault is caught when some
 * property diverges; "cases to detection" is the fewest cases any property needed.
 */
import { faultyImplementations, type FaultyImplementation } from './faultyImplementations/index.js';
import { runSuite } from '../run/runSuite.js';
import type { RunReport } from '../run/runReport.js';
import { MswTarget } from '../targets/mswTarget.js';
import { shellQuote } from '../report/shellQuote.js';

export interface FaultVerdict {
  id: string;
  ruleFamily: string;
  description: string;
  caught: boolean;
  /** Fewest cases a property ran up to and including its first divergence. */
  casesToDetection: number | null;
  /** Patch operations in the smallest shrunk counterexample. */
  counterexampleOps: number | null;
  /** Properties that caught it. */
  caughtBy: string[];
  /** The smallest counterexample's replay command. */
  replay?: string;
}

export interface FaultCheckOptions {
  runs: number;
  seed: number;
  /** Replay: one property and one recorded counterexample path. */
  property?: string;
  path?: string;
}

export async function checkFault(fault: FaultyImplementation, opts: FaultCheckOptions): Promise<FaultVerdict> {
  const target = new MswTarget({ implementation: fault.implementation });
  let report: RunReport;
  try {
    ({ report } = await runSuite({
      target,
      settings: { target: `msw (${fault.id})`, runs: opts.runs, seed: opts.seed, workers: 1, properties: [] },
      ...(opts.property ? { only: [opts.property] } : {}),
      ...(opts.path ? { path: opts.path } : {}),
      replayCommand: (p, s, path) => `npx apigw-patch-conformance self-check --fault ${fault.id} --property ${p} --seed=${s} --path ${shellQuote(path)}`,
      cli: { region: 'us-east-1' },
    }));
  } finally {
    await target.close();
  }
  const ds = [...report.divergences].sort((a, b) => a.size - b.size || a.casesToDetection - b.casesToDetection);
  const smallest = ds[0];
  return {
    id: fault.id,
    ruleFamily: fault.ruleFamily,
    description: fault.description,
    caught: ds.length > 0,
    casesToDetection: ds.length ? Math.min(...ds.map((d) => d.casesToDetection)) : null,
    counterexampleOps: smallest ? smallest.size : null,
    caughtBy: [...new Set(ds.flatMap((d) => d.properties))],
    ...(smallest ? { replay: smallest.replayCommand } : {}),
  };
}

export async function selfCheck(opts: FaultCheckOptions & { only?: readonly string[]; onVerdict?: (v: FaultVerdict) => void }): Promise<FaultVerdict[]> {
  const faults = opts.only?.length ? faultyImplementations.filter((f) => opts.only!.includes(f.id)) : faultyImplementations;
  const verdicts: FaultVerdict[] = [];
  for (const fault of faults) {
    const v = await checkFault(fault, opts);
    verdicts.push(v);
    opts.onVerdict?.(v);
  }
  return verdicts;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export { faultyImplementations };
