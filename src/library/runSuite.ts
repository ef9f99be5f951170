/**
 * The suite as a library call: what `apigw-patch-conformance run` does, for an emulator's own test
 * suite. `runSuite({ implementation })` checks an implementation of the contract through the embedded
 * msw mock; `runSuite({ target })` any target (an EndpointTarget at an emulator, an AwsTarget). The
 * answer is the report object, the same as report.json.
 */
import type { CreateImplementation, IntegrationImplementation } from '../contract.js';
import { loadImplementation, type LoadedImplementation } from '../cli/loadImplementation.js';
import { propertiesFor } from '../cli/resourceFlag.js';
import type { Evidence } from '../provenance.js';
import { runSuite as runProperties } from '../run/runSuite.js';
import { applyObservationsInForce } from '../observations/observationsInForce.js';
import type { RunReport } from '../run/runReport.js';
import { MswTarget } from '../targets/mswTarget.js';
import type { Target } from '../targets/target.js';

export interface RunSuiteOptions {
  /**
   * The implementation under test, behind the embedded msw mock: its pure form, `{ createImplementation }`
   * (the stateful form), or the path of a module exporting either. Without it (and without `target`), the
   * reference implementation. Alone, it is judged by Integration's properties unless `properties` or
   * `resources` say otherwise.
   */
  implementation?: IntegrationImplementation | { createImplementation: CreateImplementation } | string;
  /** Where to send the calls instead: an EndpointTarget, an AwsTarget, an MswTarget you configured. Closed at the end. */
  target?: Target;
  /** Random cases per property after the edge sweep (default 100). */
  runs?: number;
  /** The run's seed (default: time-based; the report names it). */
  seed?: number;
  /** Property ids (default: all, or Integration's with an implementation). */
  properties?: readonly string[];
  /** Resource names (the registry's): their properties only. */
  resources?: readonly string[];
  /** The deterministic edge sweep before the random cases (default true). */
  sweep?: boolean;
  /** Fail only on findings whose rule has at least this evidence (default: every finding). */
  failOn?: Evidence;
  /** Observations files (probe --out): the rules they observed follow them, for this process from now on. */
  observations?: readonly string[];
}

export async function runSuite(options: RunSuiteOptions = {}): Promise<RunReport> {
  if (options.target && options.implementation !== undefined) throw new TypeError('runSuite: give an implementation (checked through the embedded mock) or a target, not both');
  const runs = options.runs ?? 100;
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`runSuite: runs must be a positive integer, got ${runs}`);
  const seed = options.seed ?? Date.now() % 2 ** 31;
  await applyObservationsInForce(options.observations);
  const loaded = await implementationOf(options.implementation);
  const target = options.target ?? new MswTarget({ ...loaded, seed });
  const only = propertiesFor(options.properties ?? [], options.resources ?? (options.implementation !== undefined && !options.properties ? ['Integration'] : []));
  const module = typeof options.implementation === 'string' ? ['--implementation', options.implementation] : [];
  try {
    const out = await runProperties({
      target,
      settings: { target: target.name, runs, seed, workers: 1, properties: [], ...(options.sweep === false ? { sweep: false } : {}) },
      only,
      replayCommand: (property, s, path) => ['npx apigw-patch-conformance run', ...module, '--property', property, `--seed=${s}`, '--path', `'${path}'`].join(' '),
      cli: { region: 'us-east-1' },
      settle: { failOn: options.failOn ?? 'inferred' },
    });
    return out.report;
  } finally {
    await target.close().catch(() => undefined);
  }
}

async function implementationOf(given: RunSuiteOptions['implementation']): Promise<LoadedImplementation | Record<string, never>> {
  if (given === undefined) return {};
  if (typeof given === 'string') return loadImplementation(given);
  if ('createImplementation' in given) return { createImplementation: given.createImplementation };
  return { implementation: given };
}
