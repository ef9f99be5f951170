/**
 * Shared by the two fault-detection spec files (split so vitest runs them on both cores): each
 * faulty implementation of the catalogue is caught at the default budget, with a small counterexample.
 */
import { describe, expect, it } from 'vitest';
import { checkFault, faultyImplementations } from '../src/selfCheck/selfCheck.js';

export const defaultBudget = { runs: 100, seed: 1 };

export function describeFaultDetection(half: 0 | 1): void {
  const faults = faultyImplementations.filter((_, n) => n % 2 === half);
  describe(`the suite catches faulty implementations (${half === 0 ? 'even' : 'odd'} half of the catalogue)`, () => {
    for (const fault of faults) {
      it(`${fault.id} (${fault.ruleFamily}): ${fault.description}`, async () => {
        const v = await checkFault(fault, defaultBudget);
        expect(v.caught, `${fault.id} survived ${defaultBudget.runs} runs per property at seed ${defaultBudget.seed}`).toBe(true);
        expect(v.counterexampleOps, `counterexample too large; replay: ${v.replay}`).toBeLessThanOrEqual(3);
        expect(v.casesToDetection).toBeLessThanOrEqual(defaultBudget.runs);
      });
    }
  });
}
