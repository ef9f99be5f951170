/**
 * Integration as the registry sees it: kept by the implementation under test (the mock asks it), with
 * its own engine and rule table (src/engine/putIntegration.ts, updateIntegration.ts, src/rules), so it
 * has no `build` and no rows here. Declared
 * here for what the other resources need of it: where it lives, that it is the parent of the integration
 * responses, and how GetMethod shows it.
 */
import { getReturnsStored, deleteAnswer, integrationMissing } from '../../rules/integrationLifecycle.js';
import { putDefaults } from '../../rules/putIntegration.js';
import { patchAnswer, opOutsideEnum, opsInOrder, unknownPatchPath, unsupportedPatchOp, untouchedMembersKept } from '../../rules/patchOperations.js';
import { emptiedMapDisappears } from '../../rules/integration.js';
import { putIntegrationBodyShape } from '../../rules/putIntegration.js';
import type { ResourceDeclaration } from '../declaration.js';
import { integrationMembers } from './members.js';

export const integration: ResourceDeclaration = {
  name: 'Integration',
  uri: '/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration',
  key: 'httpMethod',
  external: true,
  parent: 'Method',
  embeddedAs: 'methodIntegration',
  members: integrationMembers,
  lifecycle: {
    put: {
      operation: 'PutIntegration',
      status: 201,
      verb: 'put',
      shape: putIntegrationBodyShape,
      minimal: { type: 'MOCK' },

    },
    get: { operation: 'GetIntegration', status: 200 },
    update: { operation: 'UpdateIntegration', status: 200 },
    delete: { operation: 'DeleteIntegration', status: 204 },
    answers: { put: putDefaults, get: getReturnsStored, update: patchAnswer, delete: deleteAnswer },
    missing: integrationMissing,
  },
  rows: [],
  constraints: [],
  dialect: { updateInput: 'updateIntegrationInput', opEnum: opOutsideEnum, unknownPath: unknownPatchPath, unsupportedOp: unsupportedPatchOp, ordered: opsInOrder, emptiedMap: emptiedMapDisappears, untouchedKept: untouchedMembersKept },
  rules: [],
};
