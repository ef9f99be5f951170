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
 * the answer against the reference (computed from the state the target's put answered), then, when
 * `readBack` expects something of GetIntegration given that state and the target's own answer to the
 * patch, read the integration back and check that too: a wrong answer does not hide what is stored.
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
  const answer = await rec.send('UpdateIntegration', 0, updateIntegration(before, c.patch, session.ctx), () => session.updateIntegration(c.patch), {
    body: c.patch,
    settle: { before, readBack: () => session.getIntegration() },
  });
  const expected = answer && readBack(before, answer);
  if (expected) await rec.send('GetIntegration', 0, expected, () => session.getIntegration());
  return rec.done();
}

/** A single-patch case back from its record (replay, corpus). */
export const singlePatchFromRecord = (r: CaseRecord): UpdateCase => ({ put: r.put, patch: r.patches[0] ?? { patchOperations: [] } }) as UpdateCase;
