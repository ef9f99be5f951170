/** Fault (constraints): tlsConfig is patched on any integration type, where AWS allows it on HTTP and HTTP_PROXY only. */
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { tlsConfigOnlyHttp } from '../../rules/integration.js';
import { faultyUpdate } from './faultForms.js';

export default faultyUpdate((current, body, ctx) => updateIntegrationUnchecked(current, body, ctx, [tlsConfigOnlyHttp]).outcome);
