/**
 * The declared resources' faults (src/selfCheck/faultyDeclarations): each is a changed declaration
 * served by the msw mock, and the resource's property, at the nightly budget (`--runs 20`, seed 1),
 * must catch it through the SDK and blame only the rules the fault breaks.
 */
import { describe, expect, it } from 'vitest';
import { checkFault } from '../src/selfCheck/selfCheck.js';
import { faultyDeclarations } from '../src/selfCheck/faultyDeclarations/index.js';

describe('the suite catches faults in the declared resources and blames the rule they break', () => {
  for (const fault of faultyDeclarations) {
    it(`${fault.id} (${fault.resource}, ${fault.ruleFamily}): ${fault.description}`, async () => {
      const v = await checkFault(fault, { runs: 20, seed: 1 });
      expect(v.caught, `${fault.id} survived 20 runs at seed 1`).toBe(true);
      expect(v.misblamed, `blamed outside ${fault.rules.join(', ')}; replay: ${v.replay}`).toEqual([]);
      expect(v.counterexampleOps, `counterexample too large; replay: ${v.replay}`).toBeLessThanOrEqual(3);
    });
  }
});
