/**
 * Method: PutMethod, GetMethod, UpdateMethod, DeleteMethod. Facts and their sources: research note
 * integration-patch-semantics.md section 4; recorded answers in LocalStack's
 * test_apigateway_api.py#TestApiGatewayApiMethod (snapshot keys quoted per rule).
 */
import { defineRule, reject, type Rule } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredContext, DeclaredConstraint, DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { bodyShape } from '../memberShape.js';
import { clearableText, enumText, existingName, lenientBoolean } from '../declaredValues.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { shortFormDialect } from '../shortFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiMethod (${key})`] as const;
const doc = ['aws-doc', 'AWS API reference, Patch Operations table for UpdateMethod'] as const;

export const methodVerbs = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'] as const;
export const authorizationTypes = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'] as const;
const needsAuthorizer = new Set(['CUSTOM', 'COGNITO_USER_POOLS']);

const dialect = shortFormDialect({
  prefix: 'method',
  updateInput: 'updateMethodInput',
  opEnum: ['inferred', 'format recorded on UpdateMethodResponse (test_update_method_response_wrong_operations); the input name follows the operation'],
  unknownPath: rec('unsupported-path, wrong-path-request-parameters, wrong-path-request-models'),
  unsupportedOp: rec('unsupported-operation, unsupported-operation-2'),
  ordered: ['aws-recorded', 'LocalStack test_update_method (update-method-replace-authorizer: authorizerId then authorizationType CUSTOM in one call); all-or-nothing is inferred'],
  emptiedMap: rec('update-method-remove: requestParameters and requestModels emptied by removes are absent'),
  untouchedKept: rec('update-method-replace'),
});

const invalidVerb = badRequestRule('method.http-method', 'the method verb in the URI is one of GET, PUT, POST, DELETE, PATCH, OPTIONS, HEAD, ANY', () => `Invalid HttpMethod specified. Valid options are ${methodVerbs.join(',')}`, rec('wrong-method (WRONG); a lower-case verb is assumed refused alike'));
const invalidAuthorizationType = badRequestRule(
  'method.authorization-type',
  `authorizationType is one of ${authorizationTypes.join(', ')}`,
  (v: string | undefined) => `Invalid authorization type specified. Valid options are ${authorizationTypes.join(',')}: ${v ?? 'null'}`,
  ['inferred', 'no recording of a bad authorizationType; worded like the recorded httpMethod text'],
  true,
);
const invalidAuthorizer = badRequestRule(
  'method.authorizer-valid',
  'authorizationType CUSTOM or COGNITO_USER_POOLS needs the id of an authorizer of the API, on put and after every patch',
  () => 'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.',
  rec('missing-authorizer-id, wrong-auth-type, wrong-auth-id'),
);
const invalidValidator = badRequestRule('method.request-validator-valid', 'requestValidatorId names a request validator of the API: 400, not 404', () => 'Invalid Request Validator identifier specified', rec('invalid-request-validator, wrong-req-validator-id'));
const invalidModel = badRequestRule('method.request-model-valid', 'a requestModels value names a model of the API (Empty and Error always exist)', (name: string | undefined) => `Invalid model identifier specified: ${name ?? 'null'}`, rec('invalid-model-name; update-method-add used the default model Empty'));
const duplicateParameterName = badRequestRule('method.parameter-names-unique', 'a request parameter name is used in one location only (querystring, header, path)', () => 'Parameter names must be unique across querystring, header and path', ['aws-recorded', 'LocalStack test_apigateway_api.py#TestApiGatewayApiMethod::test_method_request_parameters (req-params-same-name, on PutMethod); assumed the same after an UpdateMethod']);
const missingParameter = notFoundRule('method.parameter-missing', 'replace or remove of a request parameter the method does not declare: 404', 'Invalid parameter name specified', ['inferred', 'the text recorded for the same case on UpdateMethodResponse (a sibling of the Method family)']);
const missingModel = notFoundRule('method.model-missing', 'replace or remove of a request model content type the method does not have: 404', 'Content-Type specified was not found', ['inferred', 'the text recorded for responseModels on UpdateMethodResponse']);
const missing = notFoundRule('method.missing', 'the method does not exist on the resource', 'Invalid Method identifier specified', rec('get-deleted-method-response, delete-deleted-method-response, method-does-not-exist'));
const exists = errorRule('method.exists', 'PutMethod on a verb the resource already has: 409', 'ConflictException', () => 'Method already exists for this resource', ['inferred', 'a method is replaced only by deleting it first (API reference: PutMethod adds a method); the text is the one emulators use'], true);

const parameterName = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;
const invalidParameterName = badRequestRule(
  'method.parameter-name',
  'a request parameter name is method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}',
  (key: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${key}]`,
  ['aws-recorded', 'LocalStack test_apigateway_api.py#TestApigatewayIntegration::test_put_integration_request_parameter_bool_type (put-method-request-param-wrong-type: the key "true"); assumed the same for a patched key'],
);
const parameterKeyCheck = (key: string) => (parameterName.test(key) ? null : reject(invalidParameterName, key));

/** Each parameter name in one location only; multivalue locations count as their plain ones. */
function duplicateNames(params: Record<string, unknown> | undefined): boolean {
  const seen = new Map<string, string>();
  for (const k of Object.keys(params ?? {})) {
    const m = parameterName.exec(k);
    if (!m) continue;
    const location = m[1]!.replace('multivalue', '');
    const other = seen.get(m[2]!);
    if (other !== undefined && other !== location) return true;
    seen.set(m[2]!, location);
  }
  return false;
}

const authorizerConstraint: DeclaredConstraint = {
  rule: invalidAuthorizer,
  members: ['authorizationType', 'authorizerId'],
  violation: (v, ctx) => (needsAuthorizer.has(String(v.authorizationType)) && !(typeof v.authorizerId === 'string' && ctx.world.exists('Authorizer', v.authorizerId)) ? reject(invalidAuthorizer) : null),
};
const uniqueNames: DeclaredConstraint = {
  rule: duplicateParameterName,
  members: ['requestParameters'],
  violation: (v) => (duplicateNames(v.requestParameters as Record<string, unknown> | undefined) ? reject(duplicateParameterName) : null),
};

const authorizerDropped: Rule = defineRule('method.authorizer-id-dropped', 'an authorizerId on a method whose authorizationType is not CUSTOM or COGNITO_USER_POOLS is dropped, without error', ...rec('skip-auth-id-with-wrong-type: replace /authorizerId on a NONE method answers without it; assumed the same on PutMethod and for AWS_IAM'));

const row = (pattern: string, ops: DeclaredRow['ops'], target: DeclaredRow['target'], value: DeclaredRow['value'], evidence: readonly [Parameters<typeof defineRule>[2], string] = doc): DeclaredRow => ({
  rule: defineRule(`method.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, evidence[0], evidence[1]),
  pattern,
  ops,
  target,
  value,
});

const text = (what: string) => clearableText(`method.value.${what}`, ['inferred', 'free text; "" clears it as on the other resources of the family']);

const invalidScope = badRequestRule('method.scope-value', 'an authorization scope added or removed without a value: 400', () => 'Invalid authorization scope specified: null', ['inferred', 'a scope is named by the value; nothing names none'], true);
const scopeValue: DeclaredValue = {
  rule: defineRule('method.value.scope', 'the scope named by the value, added once or removed', 'aws-doc', 'API reference, Method.authorizationScopes and the Patch Operations table (add, remove)'),
  inside: ['email', 'openid', 'https://api.example.com/read'],
  edges: [''],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(invalidScope) } : { ok: true, value: raw }),
};

/** Scopes only on a COGNITO_USER_POOLS method: what an emulator most often lets through. */
const scopesNeedCognito: DeclaredConstraint = {
  rule: badRequestRule(
    'method.scopes-cognito-only',
    'authorizationScopes only with authorizationType COGNITO_USER_POOLS, on put and after every patch',
    () => 'Invalid Method authorization type specified. Authorization Scopes are only valid for COGNITO_USER_POOLS authorization type',
    ['user-quote', 'aws/aws-cdk PR #30035 (the error a PutMethod with scopes on a CUSTOM method got from API Gateway through CloudFormation); assumed the same on UpdateMethod'],
  ),
  members: ['authorizationScopes', 'authorizationType'],
  violation: (v) => (Array.isArray(v.authorizationScopes) && v.authorizationScopes.length > 0 && v.authorizationType !== 'COGNITO_USER_POOLS' ? reject(scopesNeedCognito.rule) : null),
};

const rows: readonly DeclaredRow[] = [
  row('/authorizationScopes', ['add', 'remove'], { kind: 'listValue', member: 'authorizationScopes' }, scopeValue),
  row('/authorizationType', ['replace'], { kind: 'member', member: 'authorizationType' }, enumText('method.value.authorization-type', authorizationTypes, invalidAuthorizationType, ['aws-doc', 'API reference, Method.authorizationType']), rec('update-method-replace')),
  row('/authorizerId', ['replace'], { kind: 'member', member: 'authorizerId' }, text('authorizer-id'), rec('update-method-replace-authorizer')),
  row('/apiKeyRequired', ['replace'], { kind: 'member', member: 'apiKeyRequired' }, lenientBoolean('method.value.boolean', rec('wrong-value-type: "whatever" is false')), rec('update-method-replace')),
  row('/operationName', ['replace'], { kind: 'member', member: 'operationName' }, text('operation-name'), rec('update-method-replace; unsupported-operation (add)')),
  row('/requestParameters/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'requestParameters', missingKey: missingParameter, validKey: parameterKeyCheck }, lenientBoolean('method.value.required-flag', rec('update-method-add, update-method-replace: "true" and "false" are stored as booleans')), rec('update-method-add, update-method-replace, update-method-remove')),
  row('/requestModels/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'requestModels', missingKey: missingModel }, existingName('method.value.model', 'Model', invalidModel, ['inferred', 'PutMethod checks model names (recorded invalid-model-name); assumed for patches too'], ['Empty', 'Error']), rec('update-method-add, update-method-remove; TestApiGatewayApiMethod::test_put_method_model (update-method-model)')),
  row('/requestValidatorId', ['replace'], { kind: 'member', member: 'requestValidatorId' }, {
    ...text('request-validator-id'),
    read: (raw, ctx) => (raw === undefined || raw === '' ? { ok: true, value: undefined } : ctx.world.exists('RequestValidator', raw) ? { ok: true, value: raw } : { ok: false, ...reject(invalidValidator) }),
  }, rec('wrong-req-validator-id; unsupported-operation-2 (add)')),
];

const putAnswer = defineRule('method.put', 'PutMethod answers 201 with apiKeyRequired (default false), authorizationType (upper-cased), httpMethod and the members sent; nothing else', 'aws-recorded', 'LocalStack TestApiGatewayApiMethod (put-base-method-response, put-method-request-params-response, put-method-request-models); test_apigateway_integrations.py#test_put_integration_responses (put-method-put: "none" answered as NONE)');

function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  const verb = ctx.params.httpMethod ?? '';
  if (!(methodVerbs as readonly string[]).includes(verb)) return reject(invalidVerb);
  if (typeof b.authorizationType !== 'string') return reject(missingAuthorizationType, 'authorizationType');
  // Upper-cased before the check: "none" is NONE (recorded put-method-put).
  const authorizationType = b.authorizationType.toUpperCase();
  if (!(authorizationTypes as readonly string[]).includes(authorizationType)) return reject(invalidAuthorizationType, b.authorizationType);
  for (const key of Object.keys((b.requestParameters ?? {}) as Record<string, unknown>)) {
    const bad = parameterKeyCheck(key);
    if (bad) return bad;
  }
  if (typeof b.requestValidatorId === 'string' && !ctx.world.exists('RequestValidator', b.requestValidatorId)) return reject(invalidValidator);
  for (const name of Object.values((b.requestModels ?? {}) as Record<string, string>)) if (!ctx.world.exists('Model', name)) return reject(invalidModel, name);
  const value: ResourceValue = {
    httpMethod: verb,
    authorizationType,
    apiKeyRequired: b.apiKeyRequired === true,
    ...pick(b, ['authorizerId', 'operationName', 'requestValidatorId', 'requestParameters', 'requestModels', 'authorizationScopes']),
  };
  // (An authorizerId the type cannot use is dropped by the normalizer, as after a patch.)
  return { value, rules: [] };
}

const missingAuthorizationType = errorRule('method.put-authorization-type-required', 'PutMethod without authorizationType: model validation, before any lookup', 'ValidationException', (member: string) => validationText([violation(`putMethodInput.${member}`, null, mustNotBeNull)]), ['inferred', "Coral's required-member text, recorded for putIntegrationInput.type"]);

function pick(b: Record<string, unknown>, names: readonly string[]): ResourceValue {
  return Object.fromEntries(names.filter((n) => b[n] !== undefined).map((n) => [n, b[n]]));
}

function dropUnusableAuthorizer(v: ResourceValue): ResourceValue {
  if (v.authorizerId === undefined || needsAuthorizer.has(String(v.authorizationType))) return v;
  const { authorizerId: _dropped, ...rest } = v;
  return rest;
}

const members: readonly MemberDeclaration[] = [
  { name: 'httpMethod', kind: 'string' },
  { name: 'authorizationType', kind: 'string', examples: [...authorizationTypes] },
  { name: 'authorizerId', kind: 'string', refersTo: 'Authorizer' },
  { name: 'apiKeyRequired', kind: 'boolean' },
  { name: 'requestValidatorId', kind: 'string', refersTo: 'RequestValidator' },
  { name: 'operationName', kind: 'string' },
  // Two locations share the name q: the uniqueness check is in reach.
  { name: 'requestParameters', kind: 'booleanMap', examples: ['method.request.querystring.q', 'method.request.header.h', 'method.request.path.p', 'method.request.header.q'] },
  { name: 'requestModels', kind: 'stringMap', examples: ['application/json', 'text/plain'] },
  { name: 'authorizationScopes', kind: 'stringList', examples: ['email', 'openid'] },
];

export const method: ResourceDeclaration = {
  name: 'Method',
  uri: '/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}',
  key: 'httpMethod',
  keyExamples: ['OPTIONS', 'HEAD'],
  keyEdges: ['WRONG', 'options'],
  members,
  lifecycle: {
    put: {
      operation: 'PutMethod',
      status: 201,
      verb: 'put',
      shape: bodyShape(members, ['httpMethod']),
      required: { authorizationType: ['NONE', 'AWS_IAM'] },
      requiredMissing: missingAuthorizationType,
      build,
      exists,
    },
    get: { operation: 'GetMethod', status: 200 },
    update: { operation: 'UpdateMethod', status: 200 },
    delete: { operation: 'DeleteMethod', status: 204 },
    answers: {
      put: putAnswer,
      get: defineRule('method.get', 'GetMethod answers 200 with the method as stored, its integration as methodIntegration and its responses as methodResponses', ...rec('get-base-method-response, get-method-request-params-response')),
      update: defineRule('method.update', 'UpdateMethod answers 200 with the whole method', ...rec('update-method-add')),
      delete: defineRule('method.delete', 'DeleteMethod answers 204; the method, its responses and its integration are gone', ...rec('del-base-method-response, get-deleted-method-response')),
    },
    missing,
  },
  rows,
  constraints: [authorizerConstraint, uniqueNames, scopesNeedCognito],
  normalizers: [{ rule: authorizerDropped, apply: dropUnusableAuthorizer }],
  dialect,
  rules: [dialect.ordered, dialect.emptiedMap, dialect.untouchedKept, authorizerDropped, invalidVerb, invalidAuthorizationType, invalidValidator, invalidModel, invalidParameterName, missingAuthorizationType, invalidScope],
};
