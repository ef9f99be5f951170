import type { Integration, Outcome } from '../../src/contract.js';
import type { Expectation } from '../../src/engine/expectation.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import type { TargetSession } from '../../src/targets/target.js';
import type { UpdateCase } from '../../generators/index.js';
import type { CaseRecord } from '../../src/run/runReport.js';
import { CaseRecorder, type CaseRun } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/**
 * The shape of the single-patch properties: put the starting integration, send the patch and check
 * the answer against the reference, then, when `readBack` expects something of GetIntegration given
 * the state before and the patch's answer, read the integration back and check that too.
 */
export async function patchThenReadBack(
  session: TargetSession,
  c: UpdateCase,
  readBack: (before: Integration, answer: Outcome) => Expectation | null = () => null,
): Promise<CaseRun> {
  const rec = new CaseRecorder(session.ctx, c.put);
  const before = await resetIntegration(session, rec, c.put);
  if (!before) return rec.done();
  rec.record.patches.push(c.patch);
  const answer = await session.updateIntegration(c.patch);
  if (!rec.check('UpdateIntegration', 0, updateIntegration(before, c.patch, session.ctx), answer, c.patch)) return rec.done();
  const expected = readBack(before, answer);
  if (expected) rec.check('GetIntegration', 0, expected, await session.getIntegration());
  return rec.done();
}

/** A single-patch case back from its record (replay, corpus). */
export const singlePatchFromRecord = (r: CaseRecord): UpdateCase => ({ put: r.put, patch: r.patches[0] ?? { patchOperations: [] } }) as UpdateCase;
