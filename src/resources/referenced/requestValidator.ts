/** RequestValidator: CreateRequestValidator, GetRequestValidator, DeleteRequestValidator (LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator). */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceDeclaration } from '../declaration.js';
import { badRequestRule, notFoundRule } from '../declaredValues.js';
import { longFormDialect } from './referencedDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator (${key})`] as const;
const missing = notFoundRule('request-validator.missing', 'the API has no request validator with this id (also for an unknown API)', 'Invalid Request Validator identifier specified', rec('get-deleted-request-validator, get-request-validators-invalid-api-id, delete-request-validator-invalid-api-id'));

export const requestValidator: ResourceDeclaration = {
  name: 'RequestValidator',
  uri: '/restapis/{restApiId}/requestvalidators/{requestValidatorId}',
  key: 'requestValidatorId',
  members: [
    { name: 'id', kind: 'string' },
    { name: 'name', kind: 'string' },
    { name: 'validateRequestBody', kind: 'boolean' },
    { name: 'validateRequestParameters', kind: 'boolean' },
  ],
  lifecycle: {
    put: {
      operation: 'CreateRequestValidator',
      status: 201,
      verb: 'post',
      shape: { struct: { name: 'string', validateRequestBody: 'boolean', validateRequestParameters: 'boolean' } },
      build: (b) => ({ value: { ...(b.name !== undefined ? { name: b.name } : {}), validateRequestBody: b.validateRequestBody === true, validateRequestParameters: b.validateRequestParameters === true }, rules: [] }),
    },
    get: { operation: 'GetRequestValidator', status: 200 },
    delete: { operation: 'DeleteRequestValidator', status: 202 },
    answers: {
      put: defineRule('request-validator.create', 'CreateRequestValidator answers 201 with id, name and both flags (false by default)', ...rec('create-request-validator')),
      get: defineRule('request-validator.get', 'GetRequestValidator answers 200 with the validator', ...rec('get-request-validator')),
      delete: defineRule('request-validator.delete', 'DeleteRequestValidator answers 202 and the validator is gone', 'inferred', 'recorded delete-request-validator has no body; 202 as the other Delete calls (patch-surface research 1.5)'),
    },
    missing,
  },
  parentMissing: {
    put: badRequestRule('request-validator.create-api-missing', 'CreateRequestValidator on an unknown API: 400, not 404', () => 'Invalid REST API identifier specified', rec('wrong-rest-api-id-create-validator, invalid-create-request-validator')),
    get: missing,
    delete: missing,
  },
  rows: [],
  constraints: [],
  dialect: longFormDialect('request-validator', 'updateRequestValidatorInput'),
  rules: [],
};
