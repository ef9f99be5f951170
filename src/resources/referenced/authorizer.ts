/** Authorizer: CreateAuthorizer, GetAuthorizer, DeleteAuthorizer (LocalStack test_apigateway_api.py#TestApiGatewayApiAuthorizer). */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceDeclaration } from '../declaration.js';
import { errorRule, notFoundRule } from '../declaredValues.js';
import { longFormDialect } from './referencedDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiAuthorizer (${key})`] as const;

export const authorizer: ResourceDeclaration = {
  name: 'Authorizer',
  uri: '/restapis/{restApiId}/authorizers/{authorizerId}',
  key: 'authorizerId',
  members: [
    { name: 'id', kind: 'string' },
    { name: 'name', kind: 'string' },
    { name: 'type', kind: 'string' },
    { name: 'providerARNs', kind: 'stringList' },
    { name: 'authType', kind: 'string' },
    { name: 'authorizerUri', kind: 'string' },
    { name: 'authorizerCredentials', kind: 'string' },
    { name: 'identitySource', kind: 'string' },
    { name: 'identityValidationExpression', kind: 'string' },
    { name: 'authorizerResultTtlInSeconds', kind: 'integer' },
  ],
  lifecycle: {
    put: {
      operation: 'CreateAuthorizer',
      status: 201,
      verb: 'post',
      shape: {
        struct: {
          name: 'string', type: 'string', providerARNs: { list: 'string' }, authType: 'string', authorizerUri: 'string', authorizerCredentials: 'string',
          identitySource: 'string', identityValidationExpression: 'string', authorizerResultTtlInSeconds: 'integer',
        },
      },
      build: (b) => ({ value: { ...b }, rules: [] }),
    },
    get: { operation: 'GetAuthorizer', status: 200 },
    delete: { operation: 'DeleteAuthorizer', status: 202 },
    answers: {
      put: defineRule('authorizer.create', 'CreateAuthorizer answers 201 with the authorizer as sent and its id', 'aws-doc', 'API reference, CreateAuthorizer'),
      get: defineRule('authorizer.get', 'GetAuthorizer answers 200 with the authorizer', 'aws-doc', 'API reference, GetAuthorizer'),
      delete: defineRule('authorizer.delete', 'DeleteAuthorizer answers 202 and the authorizer is gone', 'inferred', '202 as the other Delete calls (patch-surface research 1.5)'),
    },
    missing: notFoundRule('authorizer.missing', 'the API has no authorizer with this id', 'Invalid Authorizer identifier specified', ['inferred', 'moto words it so; the AWS text is unrecorded (patch-surface research 1.2)']),
  },
  parentMissing: {
    put: errorRule('authorizer.create-api-missing', 'CreateAuthorizer on an unknown API: 409, not 404', 'ConflictException', () => 'Unable to complete operation due to concurrent modification. Please try again later.', rec('wrong-rest-api-id-create-authorizer')),
  },
  rows: [],
  constraints: [],
  dialect: longFormDialect('authorizer', 'updateAuthorizerInput'),
  rules: [],
};
