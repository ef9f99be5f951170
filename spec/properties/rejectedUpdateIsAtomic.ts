import { getIntegration } from '../../src/engine/integrationLifecycle.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { rejectedPatchLeavesState } from '../../src/rules/integrationLifecycle.js';
import { atomicitySweep, failingUpdateCase, type UpdateCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';
import { singlePatchFromRecord } from './patchThenReadBack.js';

/**
 * Property 3: a rejected patch changes nothing. The integration is read back before the patch and
 * after it, and atomicity is judged between the two readings: a GetIntegration that misreports what
 * is stored (get.returns-stored, a set-up check here) is its own finding, never taken for a patch
 * that left a trace.
 */
export const rejectedUpdateIsAtomic: ConformanceProperty<UpdateCase> = {
  id: 'rejected-update-is-atomic',
  title: 'After a rejected patch, GetIntegration equals the state before it (all-or-nothing)',
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration'],
  arbitrary: failingUpdateCase,
  sweep: atomicitySweep,
  fromRecord: singlePatchFromRecord,
  async run(session, c) {
    const rec = new CaseRecorder(session.ctx, c.put);
    const before = await resetIntegration(session, rec, c.put);
    if (!before) return rec.done();
    const reference = updateIntegration(before, c.patch, session.ctx);
    // Only a patch AWS rejects is this property's: the other cases are update-matches-reference's.
    const held = reference.outcome.ok ? null : await rec.send('GetIntegration', 0, getIntegration(before), () => session.getIntegration(), { setup: true });
    rec.record.patches.push(c.patch);
    const answer = await rec.send('UpdateIntegration', 0, reference, () => session.updateIntegration(c.patch), { body: c.patch, settle: { before, readBack: () => session.getIntegration() } });
    if (answer && !answer.ok && held?.ok) {
      await rec.send('GetIntegration', 0, { outcome: held, rules: [rejectedPatchLeavesState], fallback: rejectedPatchLeavesState }, () => session.getIntegration());
    }
    return rec.done();
  },
};
