import fc from 'fast-check';
import { acceptedUpdateCase, updateCase, updateSweep, type UpdateCase } from '../../generators/index.js';
import type { ConformanceProperty } from './conformanceProperty.js';
import { patchThenReadBack, singlePatchFromRecord } from './patchThenReadBack.js';

/** Property 1: UpdateIntegration answers what AWS answers: the integration, or the error class. */
export const updateMatchesReference: ConformanceProperty<UpdateCase> = {
  id: 'update-matches-reference',
  title: "UpdateIntegration's answer equals the reference's",
  operations: ['PutIntegration', 'UpdateIntegration'],
  // Half edges (mostly rejected), half patches AWS accepts: both answers get checked.
  arbitrary: fc.oneof(updateCase, acceptedUpdateCase),
  sweep: updateSweep,
  fromRecord: singlePatchFromRecord,
  run: (session, c) => patchThenReadBack(session, c),
};
