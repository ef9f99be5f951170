import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { updateCase, type UpdateCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/** Property 1: UpdateIntegration answers what AWS answers: the integration, or the error class. */
export const updateMatchesReference: ConformanceProperty<UpdateCase> = {
  id: 'update-matches-reference',
  title: "UpdateIntegration's answer equals the reference's",
  operations: ['PutIntegration', 'UpdateIntegration'],
  arbitrary: updateCase,
  fromRecord: (r) => ({ put: r.put, patch: r.patches[0] ?? { patchOperations: [] } }) as UpdateCase,
  async run(session, c) {
    const rec = new CaseRecorder(session.ctx, c.put);
    const state = await resetIntegration(session, rec, c.put);
    if (state) {
      rec.record.patches.push(c.patch);
      rec.check('UpdateIntegration', 0, updateIntegration(state, c.patch, session.ctx), await session.updateIntegration(c.patch), c.patch);
    }
    return rec.done();
  },
};
