import { rejectedPatchLeavesState } from '../../src/rules/getIntegration.js';
import { failingUpdateCase, type UpdateCase } from '../../generators/index.js';
import type { ConformanceProperty } from './conformanceProperty.js';
import { patchThenReadBack, singlePatchFromRecord } from './patchThenReadBack.js';

/** Property 3: a rejected patch changes nothing: GetIntegration still answers the state before it. */
export const rejectedUpdateIsAtomic: ConformanceProperty<UpdateCase> = {
  id: 'rejected-update-is-atomic',
  title: 'After a rejected patch, GetIntegration equals the state before it (all-or-nothing)',
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration'],
  arbitrary: failingUpdateCase,
  fromRecord: singlePatchFromRecord,
  run: (session, c) =>
    patchThenReadBack(session, c, (before, answer) => (answer.ok ? null : { outcome: { ok: true, status: 200, value: before }, rules: [rejectedPatchLeavesState], fallback: rejectedPatchLeavesState })),
};
