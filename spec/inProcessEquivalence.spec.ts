/**
 * The in-process target (what self-check and the fault-detection specs use) finds what the msw target
 * finds: the same findings, hit by the same number of cases, for faults of several kinds (a value
 * rule, a put default, a store that keeps a deleted integration).
 */
import { describe, expect, it } from 'vitest';
import { runSuite } from '../src/run/runSuite.js';
import { faultyImplementations } from '../src/selfCheck/selfCheck.js';
import { InProcessTarget } from '../src/targets/inProcessTarget.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import type { Target } from '../src/targets/target.js';

const sample = ['missing-key-upsert', 'cache-namespace-not-defaulted', 'delete-keeps-integration'];

async function findings(target: Target, id: string): Promise<string[]> {
  const { report } = await runSuite({
    target,
    // Random cases only: the transport is what differs, and the edge sweep would cost the most over msw.
    settings: { target: id, runs: 15, seed: 4, workers: 1, properties: [], sweep: false },
    replayCommand: () => '',
    cli: {},
  }).finally(() => target.close());
  return report.divergences.map((d) => `${d.fingerprint} x${d.hits}`).sort();
}

describe('the in-process target finds what the msw target finds', () => {
  for (const id of sample) {
    it(id, async () => {
      const fault = faultyImplementations.find((f) => f.id === id)!;
      const made = fault.createImplementation ? { createImplementation: fault.createImplementation } : { implementation: fault.implementation! };
      const viaMsw = await findings(new MswTarget(made), id);
      expect(viaMsw.length, 'the fault is found at all').toBeGreaterThan(0);
      expect(await findings(new InProcessTarget(made), id)).toEqual(viaMsw);
    });
  }
});
