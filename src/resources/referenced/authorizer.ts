/** Authorizer: CreateAuthorizer, GetAuthorizer, DeleteAuthorizer (LocalStack test_apigateway_api.py#TestApiGatewayApiAuthorizer). */
import { defineRule } from '../../rules/defineRule.js';
import type { MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { bodyShape } from '../memberShape.js';
import { errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiAuthorizer (${key})`] as const;

const members: readonly MemberDeclaration[] = [
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
];

const authTypeFilled = defineRule(
  'authorizer.auth-type-default',
  'CreateAuthorizer fills in authType "custom" for a TOKEN or REQUEST authorizer sent without one; authorizerResultTtlInSeconds is not filled in',
  'aws-recorded',
  'LocalStack test_apigateway_basic.py#TestAPIGateway::test_apigateway_with_custom_authorization_method (authorizer: a TOKEN authorizer answered with authType "custom"); REQUEST is inferred to be the same',
);

export const authorizer: ResourceDeclaration = {
  name: 'Authorizer',
  uri: '/restapis/{restApiId}/authorizers/{authorizerId}',
  key: 'authorizerId',
  members,
  lifecycle: {
    put: {
      operation: 'CreateAuthorizer',
      status: 201,
      verb: 'post',
      shape: bodyShape(members, ['id']),
      // authType is filled in when not sent: "custom" for a Lambda (TOKEN, REQUEST) authorizer.
      build: (b) => ({ value: { ...(b.authType === undefined && (b.type === 'TOKEN' || b.type === 'REQUEST') ? { authType: 'custom' } : {}), ...b }, rules: [authTypeFilled] }),
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
  apiMissing: {
    put: errorRule('authorizer.create-api-missing', 'CreateAuthorizer on an unknown API: 409, not 404', 'ConflictException', () => 'Unable to complete operation due to concurrent modification. Please try again later.', rec('wrong-rest-api-id-create-authorizer')),
  },
  rows: [],
  constraints: [],
  dialect: longFormDialect({ prefix: 'authorizer', updateInput: 'updateAuthorizerInput', paths: ['inferred', 'long form recorded on Model and RequestValidator (patch-surface research 1.1); not yet checked here'], opEnum: ['inferred', 'not yet checked here'], ordered: ['inferred', 'not yet checked here'] }),
  rules: [authTypeFilled],
};
