import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { rejectedPatchLeavesState } from '../../src/rules/getIntegration.js';
import { failingUpdateCase, type UpdateCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/** Property 3: a rejected patch changes nothing: GetIntegration still answers the state before it. */
export const rejectedUpdateIsAtomic: ConformanceProperty<UpdateCase> = {
  id: 'rejected-update-is-atomic',
  title: 'After a rejected patch, GetIntegration equals the state before it (all-or-nothing)',
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration'],
  arbitrary: failingUpdateCase,
  fromRecord: (r) => ({ put: r.put, patch: r.patches[0] ?? { patchOperations: [] } }) as UpdateCase,
  async run(session, c) {
    const rec = new CaseRecorder(session.ctx, c.put);
    const state = await resetIntegration(session, rec, c.put);
    if (!state) return rec.done();
    rec.record.patches.push(c.patch);
    const updated = await session.updateIntegration(c.patch);
    if (!rec.check('UpdateIntegration', 0, updateIntegration(state, c.patch, session.ctx), updated, c.patch) || updated.ok) return rec.done();
    rec.check('GetIntegration', 0, { outcome: { ok: true, status: 200, value: state }, rules: [rejectedPatchLeavesState] }, await session.getIntegration());
    return rec.done();
  },
};
