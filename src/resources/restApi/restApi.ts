/**
 * RestApi: CreateRestApi, GetRestApi, UpdateRestApi, DeleteRestApi. Served by the control plane's own
 * routes (src/mock/controlPlaneRoutes.ts), which keep the API's resource tree and tags beside this
 * value. Recorded answers: LocalStack test_apigateway_api.py#TestApiGatewayApiRestApi (all, against AWS),
 * test_apigateway_integrations.py#test_create_execute_api_vpc_endpoint and
 * test_apigateway_lambda.py#test_aws_proxy_binary_response (their UpdateRestApi calls).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { clearableText, enumText, lenientBoolean } from '../declaredValues.js';
import { badRequestRule, errorRule } from '../declaredErrorRules.js';
import { binaryMediaTypesRow } from './binaryMediaTypes.js';
import { compressionOutOfRange, compressionValue } from './compressionSize.js';
import { endpointRows, invalidEndpointType, invalidIpAddressType, privateNeedsDualstack } from './endpointConfiguration.js';
import { invalidPolicy, policyRewritten, policyValue } from './resourcePolicy.js';
import { apiKeySources, buildRestApi, createDefaults, createEnums, createEnumViolations, createShape, endpointAccessModes, nameRequired, securityPolicies } from './restApiCreation.js';
import { restApiDialect } from './restApiDialect.js';
import { inferred, recordedApi, recordedVpcEndpoint } from './restApiEvidence.js';

/** The account the texts name when the caller does not say which (the mock's, moto's and the AWS docs' example account). */
const exampleAccount = '123456789012';

/** AWS names the account and the id as sent: `Invalid API identifier specified 111111111111:api_id`. */
const unknownApi = errorRule(
  'rest-api.missing',
  'GetRestApi, UpdateRestApi, DeleteRestApi (and calls below the API that say so) on an unknown API: 404 naming the account and the id as sent',
  'NotFoundException',
  (id: string, _restApiId?: string, accountId: string = exampleAccount) => `Invalid API identifier specified ${accountId}:${id}`,
  recordedApi('test_update_rest_api_invalid_api_id (not-found-update-rest-api), test_get_api_case_insensitive (get-api-upper-case: ids are case-sensitive); DeleteRestApi assumed alike'),
);

const blankName = badRequestRule('rest-api.name-not-blank', 'replace /name with no value or "": 400', () => 'Rest API name cannot be blank', inferred('a RestApi needs a name (required on create); the text follows RequestValidator\'s recorded "name cannot be blank"'), true);
const nameValue: DeclaredValue = {
  rule: defineRule('rest-api.value.name', 'the name, stored verbatim; never blank', ...inferred('Terraform rest_api.go renames with replace /name; a blank name assumed refused')),
  inside: ['renamed-api', 'a name with spaces'],
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(blankName) } : { ok: true, value: raw }),
};

const badApiKeySource = badRequestRule('rest-api.api-key-source', 'a patched apiKeySource other than HEADER or AUTHORIZER: 400', () => 'apiKeySource must be either HEADER or AUTHORIZER.', inferred("a bad enum in a patch value is a prose 400 (recorded for ipAddressType); the text follows ipAddressType's"), true);
const badSecurityPolicy = badRequestRule('rest-api.security-policy', 'a patched securityPolicy outside its enum: 400', () => 'Invalid security policy specified.', inferred('a bad enum in a patch value is a prose 400 (recorded for ipAddressType); the text is unrecorded'), true);
const badAccessMode = badRequestRule('rest-api.endpoint-access-mode', 'a patched endpointAccessMode other than BASIC or STRICT: 400', () => 'endpointAccessMode must be either BASIC or STRICT.', inferred("a bad enum in a patch value is a prose 400 (recorded for ipAddressType); the text follows ipAddressType's"), true);

const row = (pattern: string, ops: DeclaredRow['ops'], member: string, value: DeclaredValue, [evidence, source]: readonly [Parameters<typeof defineRule>[2], string]): DeclaredRow => ({
  rule: defineRule(`rest-api.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, evidence, source),
  pattern,
  ops,
  target: { kind: 'member', member },
  value,
});

const doc = (path: string) => inferred(`the API reference's patch-operations table lists ${path} with these ops; unrecorded`);

const rows: readonly DeclaredRow[] = [
  row('/name', ['replace'], 'name', nameValue, doc('/name')),
  row('/description', ['add', 'replace', 'remove'], 'description', clearableText('rest-api.value.description', inferred('Model\'s recorded replace /description "" drops the member; RestApi\'s remove recorded (update-rest-api-remove)')), recordedApi('test_update_rest_api_operation_add_remove (update-rest-api-remove: remove /description, the member disappears); add and replace per the API reference')),
  row('/apiKeySource', ['replace'], 'apiKeySource', enumText('rest-api.value.api-key-source', apiKeySources, badApiKeySource, doc('/apiKeySource')), ['aws-doc', "the API reference's patch-operations table (UpdateRestApi /apiKeySource: replace)"]),
  binaryMediaTypesRow,
  row('/minimumCompressionSize', ['replace'], 'minimumCompressionSize', compressionValue, recordedApi('test_update_rest_api_compression (add refused: unsupported-operation)')),
  ...endpointRows,
  row('/policy', ['replace'], 'policy', policyValue, recordedVpcEndpoint('api-details: replace /policy')),
  row('/disableExecuteApiEndpoint', ['replace'], 'disableExecuteApiEndpoint', lenientBoolean('rest-api.value.disable-execute-api-endpoint', inferred('booleans in patch values read as Java\'s parseBoolean (recorded for RequestValidator and Method)')), doc('/disableExecuteApiEndpoint')),
  row('/securityPolicy', ['replace'], 'securityPolicy', enumText('rest-api.value.security-policy', securityPolicies, badSecurityPolicy, doc('/securityPolicy')), doc('/securityPolicy')),
  row('/endpointAccessMode', ['replace'], 'endpointAccessMode', enumText('rest-api.value.endpoint-access-mode', endpointAccessModes, badAccessMode, doc('/endpointAccessMode')), doc('/endpointAccessMode')),
];

const updateShowsTags = defineRule(
  'rest-api.update-shows-tags',
  'UpdateRestApi answers carry tags ({} when the API has none), which the create answer leaves out',
  ...recordedApi('every update answer (update-rest-api-add, enable-compression, update-rest-api-replace-type, …) carries "tags": {}; a later GetRestApi showing it too is inferred'),
);

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string', assigned: 'create' },
  { name: 'name', kind: 'string', examples: ['conformance-api'] },
  { name: 'description', kind: 'string', examples: ['an API of the conformance suite'] },
  { name: 'version', kind: 'string', examples: ['v1'] },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
  { name: 'binaryMediaTypes', kind: 'stringList', examples: ['image/png', 'image/jpeg', '*/*'] },
  { name: 'minimumCompressionSize', kind: 'integer' },
  { name: 'apiKeySource', kind: 'string' },
  // Its edges are the segments `/endpointConfiguration/types/{segment}` is written with (not read by AWS).
  { name: 'endpointConfiguration', kind: 'struct', fields: { types: { list: 'string' }, ipAddressType: 'string', vpcEndpointIds: { list: 'string' } }, edges: ['0', 'EDGE'] },
  { name: 'policy', kind: 'string' },
  { name: 'disableExecuteApiEndpoint', kind: 'boolean' },
  { name: 'rootResourceId', kind: 'string', assigned: 'create' },
  { name: 'securityPolicy', kind: 'string' },
  { name: 'endpointAccessMode', kind: 'string' },
  { name: 'tags', kind: 'stringMap' },
];

export const restApi: ResourceDeclaration = {
  name: 'RestApi',
  uri: '/restapis/{restApiId}',
  key: 'restApiId',
  servedBy: 'controlPlane',
  realAccountOptIn: 'each case creates and deletes a RestApi of its own (CreateRestApi 1 per 3 s, DeleteRestApi 1 per 30 s per account)',
  members,
  lifecycle: {
    put: {
      operation: 'CreateRestApi',
      status: 201,
      verb: 'post',
      shape: createShape,
      required: { name: ['conformance-api'] },
      requiredMissing: nameRequired,
      modelValidation: createEnumViolations,
      // REGIONAL: AWS allows one edge-optimized create per 30 s, a regional one per 3 s.
      minimal: { name: 'conformance-api', endpointConfiguration: { types: ['REGIONAL'] } },
      build: buildRestApi,
    },
    get: { operation: 'GetRestApi', status: 200 },
    update: { operation: 'UpdateRestApi', status: 200 },
    delete: { operation: 'DeleteRestApi', status: 202 },
    answers: {
      put: createDefaults,
      get: defineRule('rest-api.get', 'GetRestApi answers 200 with the API (tags when it has any)', ...recordedApi('test_create_rest_api_with_tags (get-rest-api-w-tags)')),
      update: defineRule('rest-api.update', 'UpdateRestApi answers 200 with the whole API', ...recordedApi('test_update_rest_api_operation_add_remove, test_update_rest_api_compression, test_update_rest_api_ip_address_type')),
      delete: defineRule('rest-api.delete', 'DeleteRestApi answers 202 and the API leaves GetRestApis', ...recordedApi('test_list_and_delete_apis (delete-rest-api, get-rest-api-after-delete)')),
    },
    missing: unknownApi,
  },
  apiMissing: { get: unknownApi, update: unknownApi, delete: unknownApi },
  rows,
  constraints: [privateNeedsDualstack],
  // Update answers carry tags, {} when the API has none; the create's and get's leave them out.
  answerView: { rule: updateShowsTags, apply: (v, call) => (call === 'update' ? { ...v, tags: v.tags ?? {} } : v) },
  dialect: restApiDialect,
  rules: [restApiDialect.ordered, restApiDialect.emptiedMap, restApiDialect.untouchedKept, createEnums, nameRequired, compressionOutOfRange, invalidEndpointType, invalidIpAddressType, invalidPolicy, policyRewritten, updateShowsTags, blankName, badApiKeySource, badSecurityPolicy, badAccessMode],
};
