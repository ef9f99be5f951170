/** RequestValidator: Create, Get, Update and Delete (LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator, recorded against AWS). */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { lenientBoolean } from '../declaredValues.js';
import { bodyShape } from '../memberShape.js';
import { badRequestRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator (${key})`] as const;
const missing = notFoundRule('request-validator.missing', 'the API has no request validator with this id (also for an unknown API)', 'Invalid Request Validator identifier specified', rec('get-deleted-request-validator, get-request-validators-invalid-api-id, delete-request-validator-invalid-api-id'));

const blankName = badRequestRule('request-validator.name-not-blank', 'replace /name without a value (or with ""): 400', () => 'Request Validator name cannot be blank', rec('update-request-validator-empty-name-value: replace /name without a value; "" is assumed the same'));
const nameValue: DeclaredValue = {
  rule: defineRule('request-validator.value.name', 'the name, stored verbatim; never blank', ...rec('update-request-validator-empty-name-value')),
  inside: ['validator', 'a name with spaces'],
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(blankName) } : { ok: true, value: raw }),
};
const flag = lenientBoolean('request-validator.value.flag', ['aws-recorded', 'LocalStack test_apigateway_api.py#TestApiGatewayApiRequestValidator::test_request_validator_lifecycle (update-request-validator-with-value: "true" is true; -without-value: no value is false)']);
const paths = rec('test_invalid_update_request_validator_operations: update-request-validator-invalid-add-operation, -invalid-remove-operation, -invalid-path');
const row = (pattern: string, member: string, value: DeclaredValue, key: string): DeclaredRow => ({
  rule: defineRule(`request-validator.path:${pattern}`, `${pattern}: replace`, ...rec(key)),
  pattern,
  ops: ['replace'],
  target: { kind: 'member', member },
  value,
});
// AWS's order, as its text lists them: [/name, /validateRequestParameters, /validateRequestBody].
const rows: readonly DeclaredRow[] = [
  row('/name', 'name', nameValue, 'update-request-validator-empty-name-value'),
  row('/validateRequestParameters', 'validateRequestParameters', flag, 'update-request-validator-invalid-path (the list)'),
  row('/validateRequestBody', 'validateRequestBody', flag, 'update-request-validator-with-value, -without-value'),
];

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
    list: { operation: 'GetRequestValidators', status: 200 },
    update: { operation: 'UpdateRequestValidator', status: 200 },
    delete: { operation: 'DeleteRequestValidator', status: 202 },
    answers: {
      put: defineRule('request-validator.create', 'CreateRequestValidator answers 201 with id, name and both flags (false by default)', ...rec('create-request-validator')),
      get: defineRule('request-validator.get', 'GetRequestValidator answers 200 with the validator', ...rec('get-request-validator')),
      update: defineRule('request-validator.update', 'UpdateRequestValidator answers 200 with the whole validator', ...rec('update-request-validator-with-value')),
      delete: defineRule('request-validator.delete', 'DeleteRequestValidator answers 202 and the validator is gone', ...rec('delete-request-validator (202), get-deleted-request-validator')),
    },
    missing,
  },
  apiMissing: {
    put: badRequestRule('request-validator.create-api-missing', 'CreateRequestValidator on an unknown API: 400, not 404', () => 'Invalid REST API identifier specified', rec('wrong-rest-api-id-create-validator, invalid-create-request-validator')),
    get: missing,
    update: missing,
    delete: missing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'request-validator',
    updateInput: 'updateRequestValidatorInput',
    paths,
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [blankName],
};
