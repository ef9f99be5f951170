/** Fault (constraints): an update may leave connectionType VPC_LINK without a connectionId (the check runs on PutIntegration only). */
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { vpcLinkNeedsConnectionId } from '../../rules/integration.js';
import { faultyUpdate } from './faultForms.js';

export default faultyUpdate((current, body, ctx) => updateIntegrationUnchecked(current, body, ctx, [vpcLinkNeedsConnectionId]).outcome);
