import type { Integration } from '../../src/contract.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import type { TargetSession } from '../../src/targets/target.js';
import type { CaseRecorder } from './conformanceProperty.js';

/**
 * Puts the case's starting integration (which also resets the slot) and checks the answer. Returns
 * the target's own answer as the state to patch whenever both the target and the reference accepted
 * the put: a wrong put answer is one PutIntegration divergence, and the updates that follow are still
 * judged, on the state the target really holds. Null when there is no state the engine can start
 * from (either side rejected the put). For the properties that start from it, the put is set-up.
 */
export async function resetIntegration(session: TargetSession, rec: CaseRecorder, body: unknown, setup = true): Promise<Integration | null> {
  const expected = putIntegration(body, session.ctx);
  const actual = await rec.send('PutIntegration', 0, expected, () => session.putIntegration(body), { body, setup });
  return actual?.ok && expected.outcome.ok ? actual.value : null;
}
