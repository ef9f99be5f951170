import type { IntegrationImplementation } from '../contract.js';
import { putIntegration } from './putIntegration.js';
import { updateIntegration } from './updateIntegration.js';

/** The reference engine behind the implementation contract: what real API Gateway answers. */
export const referenceImplementation: IntegrationImplementation = {
  putIntegration: (body, ctx) => putIntegration(body, ctx).outcome,
  updateIntegration: (current, body, ctx) => updateIntegration(current, body, ctx).outcome,
};
