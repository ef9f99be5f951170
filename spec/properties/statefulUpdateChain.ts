import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { chainCase, type ChainCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/**
 * Property 4, model-based: a chain of UpdateIntegration calls on one integration, the reference as the
 * model, one API call per step. The chain is a plain array (not fc.commands) so a seed and a path alone
 * replay it exactly; shrinking drops and simplifies steps the same way.
 */
export const statefulUpdateChain: ConformanceProperty<ChainCase> = {
  id: 'stateful-update-chain',
  title: 'A chain of UpdateIntegration calls follows the reference model, step by step',
  operations: ['PutIntegration', 'UpdateIntegration'],
  arbitrary: chainCase,
  fromRecord: (r) => ({ put: r.put, patches: r.patches }) as ChainCase,
  async run(session, c) {
    const rec = new CaseRecorder(session.ctx, c.put);
    let model = await resetIntegration(session, rec, c.put);
    for (const [step, patch] of c.patches.entries()) {
      if (!model) break;
      rec.record.patches.push(patch);
      const expected = updateIntegration(model, patch, session.ctx);
      if (!rec.check('UpdateIntegration', step, expected, await session.updateIntegration(patch), patch)) break;
      if (expected.outcome.ok) model = expected.outcome.value;
    }
    return rec.done();
  },
};
