/** The integration slot the generator tests run against: the sandbox method's declared parameters. */
import type { IntegrationContext } from '../../src/contract.js';
import { sandboxMethodRequestParameters } from '../../src/sandboxMethod.js';

export const sandboxContext: IntegrationContext = {
  restApiId: 'a1b2c3d4e5',
  resourceId: 'r3s0ur',
  httpMethod: 'POST',
  methodRequestParameters: sandboxMethodRequestParameters,
};
