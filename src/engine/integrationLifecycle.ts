/**
 * GetIntegration and DeleteIntegration as AWS answers them, and any call on a method whose
 * integration is not there: pure, the stored integration (or none) in, the answer out.
 */
import type { Integration } from '../contract.js';
import { reject } from '../rules/defineRule.js';
import { deleteAnswer, getReturnsStored, integrationMissing, integrationMissingOnChange } from '../rules/integrationLifecycle.js';
import { rejected, type Expectation } from './expectation.js';

export function getIntegration(stored: Integration | undefined): Expectation {
  if (!stored) return rejected(reject(integrationMissing));
  return { outcome: { ok: true, status: 200, value: stored }, rules: [getReturnsStored], fallback: getReturnsStored };
}

export function deleteIntegration(stored: Integration | undefined): Expectation {
  if (!stored) return rejected(reject(integrationMissingOnChange));
  return { outcome: { ok: true, status: 204, value: {} }, rules: [deleteAnswer], fallback: deleteAnswer };
}
