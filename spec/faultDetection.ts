/**
 * Shared by the two fault-detection spec files (split so vitest runs them on both cores): each
 * faulty implementation of the catalogue is caught, every finding it causes is blamed on a rule the
 * fault breaks (never on one that merely passed), a fault in PutIntegration alone leaves every update
 * property holding (set-up divergences do not mask the updates), and the counterexample is small.
 */
import { describe, expect, it } from 'vitest';
import { faultyImplementations } from '../src/selfCheck/selfCheck.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import { runSuite } from '../src/run/runSuite.js';

export const defaultBudget = { runs: 50, seed: 1 };

export function describeFaultDetection(half: 0 | 1): void {
  const faults = faultyImplementations.filter((_, n) => n % 2 === half);
  describe(`the suite catches faulty implementations and blames the rule they break (${half === 0 ? 'even' : 'odd'} half of the catalogue)`, () => {
    for (const fault of faults) {
      it(`${fault.id} (${fault.ruleFamily}): ${fault.description}`, async () => {
        const target = new MswTarget({ implementation: fault.implementation });
        const { report } = await runSuite({
          target,
          settings: { target: fault.id, ...defaultBudget, workers: 1, properties: [] },
          replayCommand: (p, s, path) => `self-check --fault ${fault.id} --property ${p} --seed=${s} --path ${path}`,
          cli: {},
        }).finally(() => target.close());
        const findings = report.divergences.map((d) => `${d.operation} ${d.rules[0]!.id} (${d.hits} cases; replay: ${d.replayCommand})`);
        expect(report.divergences.length, `${fault.id} survived ${defaultBudget.runs} runs per property at seed ${defaultBudget.seed}`).toBeGreaterThan(0);
        for (const d of report.divergences) expect(fault.rules, `blamed on a rule the fault does not break:\n${findings.join('\n')}`).toContain(d.rules[0]!.id);
        if (fault.rules.every((r) => r.startsWith('put.'))) {
          // The updates are judged on the state the target's own put answered: they all hold.
          expect(report.divergences.every((d) => d.operation === 'PutIntegration'), findings.join('\n')).toBe(true);
          for (const p of report.properties.filter((p) => p.id !== 'put-matches-reference')) expect(p.divergingCases, `${p.id} diverged`).toBe(0);
        }
        const smallest = Math.min(...report.divergences.map((d) => d.size));
        expect(smallest, `counterexample too large:\n${findings.join('\n')}`).toBeLessThanOrEqual(3);
      });
    }
  });
}
