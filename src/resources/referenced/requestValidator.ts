/** RequestValidator: CreateRequestValidator, GetRequestValidator, DeleteRequestValidator (LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator). */
import { defineRule } from '../../rules/defineRule.js';
import type { MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { bodyShape } from '../memberShape.js';
import { badRequestRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from './referencedDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator (${key})`] as const;
const missing = notFoundRule('request-validator.missing', 'the API has no request validator with this id (also for an unknown API)', 'Invalid Request Validator identifier specified', rec('get-deleted-request-validator, get-request-validators-invalid-api-id, delete-request-validator-invalid-api-id'));

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'name', kind: 'string' },
  { name: 'validateRequestBody', kind: 'boolean' },
  { name: 'validateRequestParameters', kind: 'boolean' },
];

export const requestValidator: ResourceDeclaration = {
  name: 'RequestValidator',
  uri: '/restapis/{restApiId}/requestvalidators/{requestValidatorId}',
  key: 'requestValidatorId',
  members,
  lifecycle: {
    put: {
      operation: 'CreateRequestValidator',
      status: 201,
      verb: 'post',
      shape: bodyShape(members, ['id']),
      build: (b) => ({ value: { ...(b.name !== undefined ? { name: b.name } : {}), validateRequestBody: b.validateRequestBody === true, validateRequestParameters: b.validateRequestParameters === true }, rules: [] }),
    },
    get: { operation: 'GetRequestValidator', status: 200 },
    delete: { operation: 'DeleteRequestValidator', status: 202 },
    answers: {
      put: defineRule('request-validator.create', 'CreateRequestValidator answers 201 with id, name and both flags (false by default)', ...rec('create-request-validator')),
      get: defineRule('request-validator.get', 'GetRequestValidator answers 200 with the validator', ...rec('get-request-validator')),
      delete: defineRule('request-validator.delete', 'DeleteRequestValidator answers 202 and the validator is gone', ...rec('delete-request-validator (202), get-deleted-request-validator')),
    },
    missing,
  },
  apiMissing: {
    put: badRequestRule('request-validator.create-api-missing', 'CreateRequestValidator on an unknown API: 400, not 404', () => 'Invalid REST API identifier specified', rec('wrong-rest-api-id-create-validator, invalid-create-request-validator')),
    get: missing,
    delete: missing,
  },
  rows: [],
  constraints: [],
  dialect: longFormDialect('request-validator', 'updateRequestValidatorInput'),
  rules: [],
};
