/**
 * Shared by the two fault-detection spec files (split so vitest runs them on both cores): at the
 * nightly budget (`--runs 20`), each faulty implementation of the catalogue, stateful ones included,
 * is caught; every finding it causes is blamed on a rule the fault breaks (never on one that merely
 * passed); a fault in PutIntegration alone leaves every update property holding (set-up divergences
 * do not mask the updates); and the counterexample is small. The faults are called in process (the
 * same findings as through msw: spec/inProcessEquivalence.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { faultyImplementations, servedAs } from '../src/selfCheck/faultyImplementations/index.js';
import { InProcessTarget } from '../src/targets/inProcessTarget.js';
import { runSuite } from '../src/run/runSuite.js';
import { propertiesOf } from './properties/index.js';

export const defaultBudget = { runs: 20, seed: 1 };

/** Integration's properties: the faults of this catalogue are in Integration (the other resources' are in spec/declaredFaultDetection.spec.ts). */
const integrationProperties = propertiesOf('Integration');

export function describeFaultDetection(half: 0 | 1): void {
  const faults = faultyImplementations.filter((_, n) => n % 2 === half);
  describe(`the suite catches faulty implementations and blames the rule they break (${half === 0 ? 'even' : 'odd'} half of the catalogue)`, () => {
    for (const fault of faults) {
      it(`${fault.id} (${fault.ruleFamily}): ${fault.description}`, async () => {
        const target = new InProcessTarget(servedAs(fault));
        const { report } = await runSuite({
          target,
          settings: { target: fault.id, ...defaultBudget, workers: 1, properties: [] },
          only: integrationProperties,
          replayCommand: (p, s, path) => `self-check --fault ${fault.id} --property ${p} --seed=${s} --path ${path}`,
          cli: {},
        }).finally(() => target.close());
        const findings = report.divergences.map((d) => `${d.operation} ${d.rules[0]!.id} (${d.hits} cases; replay: ${d.replayCommand})`);
        expect(report.divergences.length, `${fault.id} survived ${defaultBudget.runs} runs per property at seed ${defaultBudget.seed}`).toBeGreaterThan(0);
        for (const d of report.divergences) expect(fault.rules, `blamed on a rule the fault does not break:\n${findings.join('\n')}`).toContain(d.rules[0]!.id);
        if (fault.rules.every((r) => r.startsWith('put.')) && !fault.stateful) {
          // The updates are judged on the state the target's own put answered: the update properties hold.
          expect(report.divergences.every((d) => d.operation === 'PutIntegration'), findings.join('\n')).toBe(true);
          for (const id of ['update-matches-reference', 'get-after-update', 'rejected-update-is-atomic']) {
            expect(report.properties.find((p) => p.id === id), `${id} did not hold`).toMatchObject({ verdict: 'holds', divergingCases: 0 });
          }
        }
        const smallest = Math.min(...report.divergences.map((d) => d.size));
        expect(smallest, `counterexample too large:\n${findings.join('\n')}`).toBeLessThanOrEqual(3);
      });
    }
  });
}
