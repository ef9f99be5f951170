/** Rules about reading the integration back, which the read-after-write properties rely on. */
import { defineRule } from './defineRule.js';

export const getReturnsStored = defineRule(
  'get.returns-stored',
  'GetIntegration answers 200 with the integration exactly as the last successful PutIntegration or UpdateIntegration answered it',
  'aws-doc',
  'API reference GetIntegration and UpdateIntegration (same Integration response shape); recorded Get after Put in LocalStack snapshots',
);

export const rejectedPatchLeavesState = defineRule(
  'get.unchanged-after-rejection',
  'after a rejected UpdateIntegration, GetIntegration answers the integration as it was before the call',
  'inferred',
  'no recording reads state back after a failed patch; all-or-nothing is the natural assumption (research note section 1)',
);
