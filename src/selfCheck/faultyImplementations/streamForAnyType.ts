/** Fault (constraints): responseTransferMode STREAM is patched on any integration type, where AWS allows it on proxy integrations only. */
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { streamOnlyProxy } from '../../rules/integration.js';
import { faultyUpdate } from './faultForms.js';

export default faultyUpdate((current, body, ctx) => updateIntegrationUnchecked(current, body, ctx, [streamOnlyProxy]).outcome);
