import { getReturnsStored } from '../../src/rules/integrationLifecycle.js';
import fc from 'fast-check';
import { acceptedUpdateCase, readBackSweep, updateCase, type UpdateCase } from '../../generators/index.js';
import type { ConformanceProperty } from './conformanceProperty.js';
import { patchThenReadBack, singlePatchFromRecord } from './patchThenReadBack.js';

/** Property 2: after a successful patch, GetIntegration answers exactly what the patch answered. */
export const getAfterUpdate: ConformanceProperty<UpdateCase> = {
  id: 'get-after-update',
  title: "GetIntegration after a successful patch equals the patch's answer",
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration'],
  // The read-back happens only after a success: draw mostly patches AWS accepts.
  arbitrary: fc.oneof({ weight: 3, arbitrary: acceptedUpdateCase }, { weight: 1, arbitrary: updateCase }),
  sweep: readBackSweep,
  fromRecord: singlePatchFromRecord,
  run: (session, c) =>
    patchThenReadBack(session, c, (_before, answer) => (answer.ok ? { outcome: { ok: true, status: 200, value: answer.value }, rules: [getReturnsStored], fallback: getReturnsStored } : null)),
};
