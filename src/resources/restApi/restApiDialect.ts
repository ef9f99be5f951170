/**
 * RestApi's error texts: the short family (`Invalid patch path <path>`, `Invalid patch operation
 * specified. Must be one of: [...]`), plus a third op text AWS gives only for
 * `/endpointConfiguration/types/*`: `Invalid patch operation specified. Must be 'add'|'remove'|'replace'`.
 */
import { defineErrorRule } from '../../rules/defineRule.js';
import type { ErrorDialect } from '../declaration.js';
import { shortFormDialect } from '../shortFormDialect.js';
import { inferred, recordedApi } from './restApiEvidence.js';

const typesPrefix = '/endpointConfiguration/types/';
const typesOpText = "Invalid patch operation specified. Must be 'add'|'remove'|'replace'";

const shortForm = shortFormDialect({
  prefix: 'rest-api',
  updateInput: 'updateRestApiInput',
  opEnum: recordedApi('test_update_rest_api_concatenation_of_errors (every bad op listed, before the paths are read)'),
  unknownPath: recordedApi('test_update_rest_api_behaviour (update-rest-api-add-, -replace-, -remove-base-path)'),
  unsupportedOp: recordedApi('test_update_rest_api_compression (unsupported-operation)'),
  ordered: recordedApi('test_update_rest_api_ip_address_type (update-rest-api-replace-type: three replaces of one path, the last wins); all-or-nothing inferred'),
  emptiedMap: inferred('binaryMediaTypes emptied by removes is assumed absent, as a create with [] answers it'),
  untouchedKept: recordedApi('test_update_rest_api_operation_add_remove (description kept through the binary media type adds)'),
});

export const restApiDialect: ErrorDialect = {
  ...shortForm,
  unsupportedOp: defineErrorRule(
    {
      id: 'rest-api.patch.unsupported-op',
      summary: "a known path with an op its row does not take: 400 listing the ops; `/endpointConfiguration/types/*` has its own text (`Must be 'add'|'remove'|'replace'`)",
      exception: 'BadRequestException',
      message: (allowed: readonly string[], path?: string) =>
        typeof path === 'string' && path.startsWith(typesPrefix) ? typesOpText : `Invalid patch operation specified. Must be one of: [${[allowed].flat().join(', ')}]`,
    },
    ...recordedApi('test_update_rest_api_compression (unsupported-operation), test_update_rest_api_ip_address_type (update-rest-api-invalid-operation-on-ipAddressType, -on-type); add on a type path assumed alike'),
  ),
};
