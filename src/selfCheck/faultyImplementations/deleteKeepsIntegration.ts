/** Fault (lifecycle): DeleteIntegration answers 204 but the integration stays (the delete is not persisted). */
import { deleteIntegration } from '../../engine/integrationLifecycle.js';
import { faultyStore } from './faultForms.js';

export const createImplementation = faultyStore((correct) => ({
  async deleteIntegration(ctx) {
    const held = await correct.getIntegration(ctx);
    return deleteIntegration(held.ok ? held.value : undefined).outcome;
  },
}));
