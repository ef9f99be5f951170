import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { getReturnsStored } from '../../src/rules/getIntegration.js';
import { updateCase, type UpdateCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/** Property 2: after a successful patch, GetIntegration answers exactly what the patch answered. */
export const getAfterUpdate: ConformanceProperty<UpdateCase> = {
  id: 'get-after-update',
  title: 'GetIntegration after a successful patch equals the patch\'s answer',
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration'],
  arbitrary: updateCase,
  fromRecord: (r) => ({ put: r.put, patch: r.patches[0] ?? { patchOperations: [] } }) as UpdateCase,
  async run(session, c) {
    const rec = new CaseRecorder(session.ctx, c.put);
    const state = await resetIntegration(session, rec, c.put);
    if (!state) return rec.done();
    rec.record.patches.push(c.patch);
    const updated = await session.updateIntegration(c.patch);
    if (!rec.check('UpdateIntegration', 0, updateIntegration(state, c.patch, session.ctx), updated, c.patch) || !updated.ok) return rec.done();
    rec.check('GetIntegration', 0, { outcome: { ok: true, status: 200, value: updated.value }, rules: [getReturnsStored] }, await session.getIntegration());
    return rec.done();
  },
};
