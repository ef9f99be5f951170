/** Fault (constraints): a patched uri is stored without PutIntegration's checks for the type (an ARN on HTTP, a URL on AWS). */
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { uriMatchesType } from '../../rules/integration.js';
import { faultyUpdate } from './faultForms.js';

export default faultyUpdate((current, body, ctx) => updateIntegrationUnchecked(current, body, ctx, [uriMatchesType]).outcome);
