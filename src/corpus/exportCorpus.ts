/** Builds corpus cases from the generators and the reference engine: pure, seeded, reproducible. */
import fc from 'fast-check';
import { chainCase } from '../../generators/index.js';
import type { IntegrationContext } from '../contract.js';
import type { Expectation } from '../engine/expectation.js';
import { putIntegration } from '../engine/putIntegration.js';
import { updateIntegration } from '../engine/updateIntegration.js';
import { expectsExactMessage } from '../compare/compareOutcomes.js';
import { sandboxMethodRequestParameters } from '../sandboxMethod.js';
import { corpusFormat, type CorpusCase, type CorpusStep } from './corpusFormat.js';

export const corpusContext: Required<IntegrationContext> = {
  restApiId: 'corpusapi1',
  resourceId: 'corpusres1',
  httpMethod: 'GET',
  methodRequestParameters: sandboxMethodRequestParameters,
};

function step(operation: CorpusStep['operation'], body: unknown, e: Expectation): CorpusStep {
  return { operation, body, expected: e.outcome, messageChecked: expectsExactMessage(e), rules: e.rules.map((r) => r.id) };
}

export function exportCorpus(count: number, seed: number): CorpusCase[] {
  return fc.sample(chainCase, { seed, numRuns: count }).map((c, n) => {
    const put = putIntegration(c.put, corpusContext);
    const steps = [step('PutIntegration', c.put, put)];
    let state = put.outcome.ok ? put.outcome.value : null;
    for (const patch of c.patches) {
      if (!state) break;
      const e = updateIntegration(state, patch, corpusContext);
      steps.push(step('UpdateIntegration', patch, e));
      if (e.outcome.ok) state = e.outcome.value;
    }
    return { format: corpusFormat, id: `c${String(n + 1).padStart(5, '0')}`, ctx: corpusContext, steps };
  });
}
