import type { Integration } from '../../src/contract.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import type { TargetSession } from '../../src/targets/target.js';
import type { CaseRecorder } from './conformanceProperty.js';

/**
 * Puts the case's starting integration (which also resets the slot) and checks the answer.
 * Returns the target's own answer as the state to patch, so an update is judged on the state the
 * target really holds; a wrong put answer is reported as a PutIntegration divergence.
 */
export async function resetIntegration(session: TargetSession, rec: CaseRecorder, body: unknown): Promise<Integration | null> {
  const actual = await session.putIntegration(body);
  const expected = putIntegration(body, session.ctx);
  if (!rec.check('PutIntegration', 0, expected, actual, body)) return null;
  return actual.ok ? actual.value : null;
}
