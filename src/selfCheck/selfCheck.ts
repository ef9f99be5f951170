/**
 * Measures the suite's bug-finding power: the suite runs against every faulty implementation of the
 * catalogue, called in process (the same findings as through the msw mock, fifty times cheaper; see
 * spec/inProcessEquivalence.spec.ts). A fault is caught at a budget when the edge sweep or one of the
 * first `budget` random cases of some property shows a finding; one run at the largest budget tells
 * every smaller one, since fast-check draws the same cases in the same order whatever numRuns is.
 */
import { faultyImplementations, servedAs, type FaultyImplementation } from './faultyImplementations/index.js';
import { runSuite } from '../run/runSuite.js';
import type { RunReport } from '../run/runReport.js';
import { propertiesOf } from '../../spec/properties/index.js';
import { InProcessTarget } from '../targets/inProcessTarget.js';
import { MswTarget } from '../targets/mswTarget.js';
import type { Target } from '../targets/target.js';
import { faultyDeclarations, type FaultyDeclaration } from './faultyDeclarations/index.js';
import { shellQuote } from '../report/shellQuote.js';

/** The nightly budget a real account affords, reported beside the run's own. */
export const nightlyRuns = 20;

export interface FaultVerdict {
  id: string;
  ruleFamily: string;
  description: string;
  /** Caught at the run's budget. */
  caught: boolean;
  /** Caught at each budget up to the run's (`nightlyRuns` and the run's `--runs`). */
  caughtAt: Record<string, boolean>;
  /** The edge sweep alone shows it. */
  bySweep: boolean;
  /** Random cases up to the first that showed it (the soonest property); null when no random case did. */
  casesToDetection: number | null;
  /** Patch operations in the smallest counterexample. */
  counterexampleOps: number | null;
  /** Properties that caught it. */
  caughtBy: string[];
  /** Findings blamed on a rule the fault does not break: the blame is wrong (`operation rule`). */
  misblamed: string[];
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

/** A fault of either catalogue: an implementation of Integration, or a changed declaration of another resource. */
export type Fault = FaultyImplementation | FaultyDeclaration;

/**
 * Integration's faults are called in process, with Integration's properties; a declared resource's
 * fault is served by the msw mock from its changed declaration, with that resource's property.
 */
function servedFault(fault: Fault): { target: Target; name: string; properties: string[] } {
  if ('resources' in fault) {
    return { target: new MswTarget({ resources: fault.resources, seed: 1 }), name: `msw (${fault.id})`, properties: propertiesOf(fault.resource) };
  }
  return { target: new InProcessTarget(servedAs(fault)), name: `in-process (${fault.id})`, properties: propertiesOf('Integration') };
}

export async function checkFault(fault: Fault, opts: FaultCheckOptions): Promise<FaultVerdict> {
  const { target, name, properties } = servedFault(fault);
  let report: RunReport;
  try {
    ({ report } = await runSuite({
      target,
      settings: { target: name, runs: opts.runs, seed: opts.seed, workers: 1, properties: [] },
      only: opts.property ? [opts.property] : properties,
      ...(opts.path ? { path: opts.path } : {}),
      replayCommand: (p, s, path) => `npx apigw-patch-conformance self-check --fault ${fault.id} --property ${p} --seed=${s} --path ${shellQuote(path)}`,
      cli: { region: 'us-east-1' },
    }));
  } finally {
    await target.close();
  }
  const ds = report.divergences;
  const smallest = [...ds].sort((a, b) => a.size - b.size)[0];
  const bySweep = ds.some((d) => d.sweepCase !== undefined);
  const random = ds.flatMap((d) => (d.casesToDetection === null ? [] : [d.casesToDetection]));
  const casesToDetection = random.length > 0 ? Math.min(...random) : null;
  const budgets = [...new Set([nightlyRuns, opts.runs])].filter((b) => b <= opts.runs);
  return {
    id: fault.id,
    ruleFamily: fault.ruleFamily,
    description: fault.description,
    caught: ds.length > 0,
    caughtAt: Object.fromEntries(budgets.map((b) => [String(b), bySweep || (casesToDetection !== null && casesToDetection <= b)])),
    bySweep,
    casesToDetection,
    counterexampleOps: smallest ? smallest.size : null,
    caughtBy: [...new Set(ds.flatMap((d) => d.properties))].sort(),
    misblamed: ds.filter((d) => !fault.rules.includes(d.rules[0]!.id)).map((d) => `${d.operation} ${d.rules[0]!.id}`),
    ...(smallest ? { replay: smallest.replayCommand } : {}),
  };
}

/** Every fault the self-check knows: Integration's, then the declared resources'. */
export const allFaults: readonly Fault[] = [...faultyImplementations, ...faultyDeclarations];

export async function selfCheck(opts: FaultCheckOptions & { only?: readonly string[]; onVerdict?: (v: FaultVerdict) => void }): Promise<FaultVerdict[]> {
  const faults = opts.only?.length ? allFaults.filter((f) => opts.only!.includes(f.id)) : allFaults;
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
