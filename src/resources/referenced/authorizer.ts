/**
 * Authorizer: CreateAuthorizer, GetAuthorizer, UpdateAuthorizer, DeleteAuthorizer (LocalStack
 * test_apigateway_api.py#TestApiGatewayApiAuthorizer and test_apigateway_basic.py, recorded against AWS,
 * for the create; the update's rows are the API reference's patch-operations table, nothing recorded).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { clearableText, enumText } from '../declaredValues.js';
import { bodyShape } from '../memberShape.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiAuthorizer (${key})`] as const;
const doc = (what: string) => ['aws-doc', `API reference, Patch Operations: UpdateAuthorizer ${what}`] as const;

const authorizerTypes = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'] as const;

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'name', kind: 'string', examples: ['conformance-authorizer'] },
  { name: 'type', kind: 'string' },
  { name: 'providerARNs', kind: 'stringList', examples: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_conform'] },
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

const requiredMissing = errorRule(
  'authorizer.required',
  'CreateAuthorizer without name or type: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createAuthorizerInput.${member}`, null, mustNotBeNull)]),
  ['inferred', "the API reference marks name and type required; Coral's required-member text as recorded for putIntegrationInput.type"],
);

// Values. Nothing of UpdateAuthorizer is recorded: the readers follow the member types and the doc's words.
const invalidType = badRequestRule(
  'authorizer.value.type-invalid',
  'replace /type with a value outside TOKEN, REQUEST, COGNITO_USER_POOLS: 400',
  (value: string | undefined) => `Invalid authorizer type specified: ${value ?? 'null'}`,
  ['inferred', 'a bad enum inside a patch value is a prose 400 on UpdateRestApi (recorded); the words are a guess'],
  true,
);
const typeValue = enumText('authorizer.value.type', authorizerTypes, invalidType, doc('/type (TOKEN, REQUEST, COGNITO_USER_POOLS)'));

const ttlOutOfRange = badRequestRule(
  'authorizer.value.ttl-range',
  'replace /authorizerResultTtlInSeconds with something other than an integer from 0 to 3600: 400',
  (value: string | undefined) => `Invalid authorizer result TTL specified: ${value ?? 'null'}. Must be between 0 and 3600`,
  ['inferred', 'the API reference gives the range (0 disables caching, 3600 at most); the words are a guess'],
  true,
);
const ttlValue: DeclaredValue = {
  rule: defineRule('authorizer.value.ttl', 'an integer from 0 to 3600, read from its decimal string', 'aws-doc', 'API reference, Authorizer.authorizerResultTtlInSeconds ("the maximum value is 3600"); Patch Operations: an integer'),
  inside: ['0', '300', '3600'],
  edges: ['-1', '3601', '1.5', 'abc', ''],
  read: (raw) => (raw !== undefined && /^\d{1,4}$/.test(raw) && Number(raw) <= 3600 ? { ok: true, value: Number(raw) } : { ok: false, ...reject(ttlOutOfRange, raw) }),
};

const verbatim = (id: string, examples: readonly string[]): DeclaredValue => ({
  rule: defineRule(id, 'stored verbatim', 'inferred', 'a required member of the create: kept as sent (no emptiness rule is known)'),
  inside: examples,
  edges: ['', ' '],
  read: (raw) => ({ ok: true, value: raw ?? '' }),
});
const lambdaUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:conformance/invocations';
const cleared = (id: string, examples: readonly string[]) => clearableText(id, ['inferred', 'an optional member: "" or no value removes it, as recorded for Model /description'], examples);
const providerArn: DeclaredValue = {
  rule: defineRule('authorizer.value.provider-arn', 'one Cognito user pool ARN, added or removed by value', 'aws-e2e', 'Terraform authorizer.go: add /providerARNs with the ARN as value, then remove the old ones'),
  inside: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_conform', 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_other'],
  edges: [''],
  read: (raw) => ({ ok: true, value: raw ?? '' }),
};

const replaceRow = (pattern: string, member: string, value: DeclaredValue): DeclaredRow => ({
  rule: defineRule(`authorizer.path:${pattern}`, `${pattern}: replace`, ...doc(pattern)),
  pattern,
  ops: ['replace'],
  target: { kind: 'member', member },
  value,
});
// The doc table's order (AWS's own order for the long-form list is unrecorded).
const rows: readonly DeclaredRow[] = [
  replaceRow('/authorizerUri', 'authorizerUri', verbatim('authorizer.value.uri', [lambdaUri])),
  replaceRow('/authorizerCredentials', 'authorizerCredentials', cleared('authorizer.value.credentials', ['arn:aws:iam::123456789012:role/conformance-invoke'])),
  replaceRow('/authorizerResultTtlInSeconds', 'authorizerResultTtlInSeconds', ttlValue),
  replaceRow('/authType', 'authType', cleared('authorizer.value.auth-type', ['custom', 'cognito_user_pools'])),
  {
    rule: defineRule('authorizer.path:/identitySource', '/identitySource: add, replace (both set it), remove (unsets it)', ...doc('/identitySource (add, replace, remove)')),
    pattern: '/identitySource',
    ops: ['add', 'replace', 'remove'],
    target: { kind: 'member', member: 'identitySource' },
    value: cleared('authorizer.value.identity-source', ['method.request.header.Authorization', 'method.request.header.Auth, method.request.querystring.q']),
  },
  replaceRow('/identityValidationExpression', 'identityValidationExpression', cleared('authorizer.value.validation-expression', ['^Bearer .+$'])),
  replaceRow('/name', 'name', verbatim('authorizer.value.name', ['conformance-authorizer', 'renamed authorizer'])),
  {
    rule: defineRule('authorizer.path:/providerARNs', '/providerARNs: add or remove one ARN by value; the list disappears when emptied', ...doc('/providerARNs (add, remove)')),
    pattern: '/providerARNs',
    ops: ['add', 'remove'],
    target: { kind: 'listValue', member: 'providerARNs' },
    value: providerArn,
  },
  replaceRow('/type', 'type', typeValue),
];

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
      required: { name: ['conformance-authorizer'], type: ['TOKEN', 'REQUEST'] },
      requiredMissing,
      minimal: { name: 'conformance-authorizer', type: 'TOKEN', authorizerUri: lambdaUri, identitySource: 'method.request.header.Authorization' },
      // authType is filled in when not sent: "custom" for a Lambda (TOKEN, REQUEST) authorizer.
      build: (b) => ({ value: { ...(b.authType === undefined && (b.type === 'TOKEN' || b.type === 'REQUEST') ? { authType: 'custom' } : {}), ...b }, rules: [authTypeFilled] }),
    },
    get: { operation: 'GetAuthorizer', status: 200 },
    list: { operation: 'GetAuthorizers', status: 200 },
    update: { operation: 'UpdateAuthorizer', status: 200 },
    delete: { operation: 'DeleteAuthorizer', status: 202 },
    answers: {
      put: defineRule('authorizer.create', 'CreateAuthorizer answers 201 with the authorizer as sent and its id', 'aws-doc', 'API reference, CreateAuthorizer'),
      get: defineRule('authorizer.get', 'GetAuthorizer answers 200 with the authorizer', 'aws-doc', 'API reference, GetAuthorizer'),
      update: defineRule('authorizer.update', 'UpdateAuthorizer answers 200 with the whole authorizer', 'aws-doc', 'API reference, UpdateAuthorizer; AWS CLI example update-authorizer (the whole authorizer after replace /name)'),
      delete: defineRule('authorizer.delete', 'DeleteAuthorizer answers 202 and the authorizer is gone', 'inferred', '202 as the other Delete calls (patch-surface research 1.5)'),
    },
    missing: notFoundRule('authorizer.missing', 'the API has no authorizer with this id', 'Invalid Authorizer identifier specified', ['inferred', 'moto words it so; the AWS text is unrecorded (patch-surface research 1.2)']),
  },
  apiMissing: {
    put: errorRule('authorizer.create-api-missing', 'CreateAuthorizer on an unknown API: 409, not 404', 'ConflictException', () => 'Unable to complete operation due to concurrent modification. Please try again later.', rec('wrong-rest-api-id-create-authorizer')),
  },
  rows,
  constraints: [],
  // Long form: the family of the API's other small resources (Model, RequestValidator, DocumentationPart), all recorded; Authorizer's own texts are not.
  dialect: longFormDialect({
    prefix: 'authorizer',
    updateInput: 'updateAuthorizerInput',
    paths: ['inferred', 'long form recorded on Model, RequestValidator and DocumentationPart, the API\'s other small resources (patch-surface research 1.1); unrecorded on Authorizer'],
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [authTypeFilled, requiredMissing, invalidType, ttlOutOfRange],
};
