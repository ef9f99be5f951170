/**
 * AWS's recorded answers for RestApi (LocalStack test_apigateway_api.py#TestApiGatewayApiRestApi, all of it,
 * plus the UpdateRestApi calls of test_apigateway_integrations.py#test_create_execute_api_vpc_endpoint and
 * test_apigateway_lambda.py#test_aws_proxy_binary_response), replayed against `serve` over loopback through
 * the SDK; each test named after the LocalStack test and the snapshot keys it encodes. Ids and dates the
 * snapshot tool replaced are compared by shape; the account is the mock's (AWS's recordings show 111111111111).
 */
import {
  APIGatewayClient,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  UpdateRestApiCommand,
  type CreateRestApiCommandInput,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { resource } from '../../src/resources/resource/resource.js';
import { policyDocument } from '../../src/resources/restApi/resourcePolicy.js';
import { restApi } from '../../src/resources/restApi/restApi.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(11);
let client: APIGatewayClient;
beforeEach(() => void (client = servedClient()));

const account = '123456789012';
const create = (input: Partial<CreateRestApiCommandInput>) => call(client.send(new CreateRestApiCommand({ name: 'recorded-api', ...input })));
const update = (restApiId: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateRestApiCommand({ restApiId, patchOperations })));
const get = (restApiId: string) => call(client.send(new GetRestApiCommand({ restApiId })));
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const invalid = (message: string) => ({ error: 'ValidationException', message, status: 400 });

/** What every answer carries that the snapshot tool replaced: an id, a root resource id, a date. */
const assigned = { id: expect.any(String), rootResourceId: expect.any(String), createdDate: expect.any(Date) };
const defaults = { apiKeySource: 'HEADER', disableExecuteApiEndpoint: false, endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] } };
const created = (extra: Record<string, unknown> = {}) => ({ status: 201, ...assigned, ...defaults, name: 'recorded-api', ...extra });
const updated = (extra: Record<string, unknown> = {}) => ({ status: 200, ...assigned, ...defaults, name: 'recorded-api', tags: {}, ...extra });
const idOf = (a: Record<string, unknown>) => a.id as string;

const typesEnum = "Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]";
const ipEnum = "Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]";
const opEnum = (n: number) => `Value 'wrong' at 'updateRestApiInput.patchOperations.${n}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;

describe('TestApiGatewayApiRestApi (LocalStack snapshots recorded against AWS)', () => {
  it('test_list_and_delete_apis: create-rest-api-1, create-rest-api-2, get-rest-api-before-delete, delete-rest-api, get-rest-api-after-delete', async () => {
    const one = await create({ description: 'this is my api' });
    expect(one).toEqual(created({ description: 'this is my api' }));
    const two = await create({ description: 'this is my api2' });
    expect(two).toEqual(created({ description: 'this is my api2' }));
    const { status: _s1, ...first } = one;
    const { status: _s2, ...second } = two;
    const before = await call(client.send(new GetRestApisCommand({})));
    expect(before.items).toEqual(expect.arrayContaining([first, second]));
    expect(await call(client.send(new DeleteRestApiCommand({ restApiId: idOf(one) })))).toEqual({ status: 202 });
    const after = (await call(client.send(new GetRestApisCommand({})))).items as Array<Record<string, unknown>>;
    expect(after).toContainEqual(second);
    expect(after.map(idOf)).not.toContain(idOf(one));
  });

  it('test_get_api_case_insensitive: create-rest-api, get-api-upper-case (ids are case-sensitive; the text names account and id as sent)', async () => {
    const api = await create({ description: 'lower case api' });
    expect(api).toEqual(created({ description: 'lower case api' }));
    const upper = idOf(api).toUpperCase();
    expect(await get(upper)).toEqual({ error: 'NotFoundException', message: `Invalid API identifier specified ${account}:${upper}`, status: 404 });
  });

  it('test_create_rest_api_with_optional_params: create-only-name, create-empty-desc, create-with-version, create-with-empty-binary-media, string-compression-size', async () => {
    expect(await create({})).toEqual(created());
    expect(await create({ description: '' })).toEqual(bad('Description cannot be an empty string'));
    expect(await create({ version: 'v1' })).toEqual(created({ version: 'v1' }));
    expect(await create({ binaryMediaTypes: [] })).toEqual(created());
    expect(await create({ minimumCompressionSize: -1 })).toEqual(bad('Invalid minimum compression size, must be between 0 and 10485760'));
  });

  it('test_create_rest_api_with_binary_media_types: create-with-binary-media', async () => {
    expect(await create({ binaryMediaTypes: ['image/png'] })).toEqual(created({ binaryMediaTypes: ['image/png'] }));
  });

  it('test_create_rest_api_with_tags: create-rest-api-w-tags, get-rest-api-w-tags, get-rest-apis-w-tags', async () => {
    const tags = { MY_TAG1: 'MY_VALUE1' };
    const api = await create({ description: 'this is my api', tags });
    expect(api).toEqual(created({ description: 'this is my api', tags }));
    expect(await get(idOf(api))).toEqual({ ...api, status: 200 });
    const { status: _s, ...listed } = api;
    expect((await call(client.send(new GetRestApisCommand({})))).items).toContainEqual(listed);
  });

  it('test_update_rest_api_operation_add_remove: update-rest-api-add, update-rest-api-replace, update-rest-api-remove', async () => {
    const id = idOf(await create({ description: 'this is my api' }));
    const added = await update(id, [{ op: 'add', path: '/binaryMediaTypes/image~1png' }, { op: 'add', path: '/binaryMediaTypes/image~1jpeg' }]);
    expect(added).toEqual(updated({ description: 'this is my api', binaryMediaTypes: ['image/png', 'image/jpeg'] }));
    expect(await update(id, [{ op: 'replace', path: '/binaryMediaTypes/image~1png', value: 'image/gif' }])).toEqual(updated({ description: 'this is my api', binaryMediaTypes: ['image/jpeg', 'image/gif'] }));
    expect(await update(id, [{ op: 'remove', path: '/binaryMediaTypes/image~1gif' }, { op: 'remove', path: '/description' }])).toEqual(updated({ binaryMediaTypes: ['image/jpeg'] }));
  });

  it('test_update_rest_api_compression: enable-compression, disable-compression, set-compression-zero, set-negative-compression, set-string-compression, unsupported-operation', async () => {
    const id = idOf(await create({ description: 'this is my api' }));
    const replace = (value: string) => update(id, [{ op: 'replace', path: '/minimumCompressionSize', value }]);
    expect(await replace('10')).toEqual(updated({ description: 'this is my api', minimumCompressionSize: 10 }));
    expect((await get(id)).status).toBe(200);
    expect(await replace('')).toEqual(updated({ description: 'this is my api' }));
    expect((await get(id)).status).toBe(200);
    expect(await replace('0')).toEqual(updated({ description: 'this is my api', minimumCompressionSize: 0 }));
    expect((await get(id)).status).toBe(200);
    const range = bad('Invalid minimum compression size, must be between 0 and 10485760');
    expect(await replace('-1')).toEqual(range);
    expect(await replace('test')).toEqual(range);
    expect(await update(id, [{ op: 'add', path: '/minimumCompressionSize', value: '10' }])).toEqual(bad('Invalid patch operation specified. Must be one of: [replace]'));
  });

  it('test_update_rest_api_behaviour: update-rest-api-array, update-rest-api-add-base-path, update-rest-api-replace-base-path, update-rest-api-remove-base-path', async () => {
    const id = idOf(await create({ description: 'this is my api' }));
    expect(await update(id, [{ op: 'add', path: '/binaryMediaTypes/-', value: 'image/png' }])).toEqual(updated({ description: 'this is my api', binaryMediaTypes: ['-'] }));
    const basePath = bad('Invalid patch path /binaryMediaTypes');
    expect(await update(id, [{ op: 'add', path: '/binaryMediaTypes', value: 'image/gif' }])).toEqual(basePath);
    expect(await update(id, [{ op: 'replace', path: '/binaryMediaTypes', value: 'image/gif' }])).toEqual(basePath);
    expect(await update(id, [{ op: 'remove', path: '/binaryMediaTypes' }])).toEqual(basePath);
  });

  it('test_update_rest_api_invalid_api_id: not-found-update-rest-api', async () => {
    expect(await update('api_id', [{ op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' }])).toEqual({ error: 'NotFoundException', message: `Invalid API identifier specified ${account}:api_id`, status: 404 });
  });

  it('test_update_rest_api_concatenation_of_errors: update-rest-api-wrong-operations-on-ipAddressType, -on-type, -on-type-and-on-ip-address-type', async () => {
    const id = idOf(await create({}));
    const wrong = (path: string, value: string) => ({ op: 'wrong' as never, path, value });
    expect(await update(id, [wrong('/endpointConfiguration/ipAddressType', 'dualstack'), wrong('/endpointConfiguration/ipAddressType', 'dualstack')])).toEqual(invalid(`2 validation errors detected: ${opEnum(1)}; ${opEnum(2)}`));
    expect(await update(id, [wrong('/endpointConfiguration/types/0', 'EDGE'), wrong('/endpointConfiguration/types/0', 'EDGE')])).toEqual(invalid(`2 validation errors detected: ${opEnum(1)}; ${opEnum(2)}`));
    expect(await update(id, [wrong('/endpointConfiguration/ipAddressType', 'dualstack'), wrong('/endpointConfiguration/types/0', 'EDGE'), wrong('/binaryMediaTypes', 'image/gif')])).toEqual(
      invalid(`3 validation errors detected: ${opEnum(1)}; ${opEnum(2)}; ${opEnum(3)}`),
    );
  });

  it('test_update_rest_api_ip_address_type: update-rest-api-replace-type, -replace-to-ipv4-within-private-type, -wrong-ipAddressType, -wrong-type, -invalid-operation-on-ipAddressType, -invalid-operation-on-type, -replace-ip-address-type', async () => {
    const id = idOf(await create({}));
    const types = (value: string) => ({ op: 'replace' as const, path: '/endpointConfiguration/types/0', value });
    const privateApi = updated({ endpointConfiguration: { ipAddressType: 'dualstack', types: ['PRIVATE'] } });
    expect(await update(id, [types('EDGE'), types('REGIONAL'), types('PRIVATE')])).toEqual(privateApi);
    expect(await update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv4' }])).toEqual(bad('Only dualstack ipAddressType is supported for Private APIs.'));
    expect(await update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'wrong' }])).toEqual(bad('ipAddressType must be either ipv4 or dualstack.'));
    expect(await update(id, [types('wrong')])).toEqual(bad('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE'));
    expect(await update(id, [{ op: 'remove', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }])).toEqual(bad('Invalid patch operation specified. Must be one of: [replace]'));
    expect(await update(id, [{ op: 'remove', path: '/endpointConfiguration/types/0', value: 'EDGE' }])).toEqual(bad("Invalid patch operation specified. Must be 'add'|'remove'|'replace'"));
    expect(await update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }])).toEqual(privateApi);
  });

  it('test_create_rest_api_with_endpoint_configuration: create-with-empty-types, -invalid-ip-address-type, -invalid-types, -invalid-ip-address-type-and-types, -invalid-types-and-ip-address-type, -multiple-errors-1, -multiple-errors-2, -two-types, -endpoint-config-dualstack, -endpoint-config-regional', async () => {
    expect(await create({ endpointConfiguration: { types: [] } })).toEqual(bad('REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.'));
    expect(await create({ endpointConfiguration: { ipAddressType: 'wrong' as never, types: ['EDGE'] } })).toEqual(invalid(`1 validation error detected: ${ipEnum}`));
    expect(await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['wrong' as never] } })).toEqual(invalid(`1 validation error detected: ${typesEnum}`));
    const both = invalid(`2 validation errors detected: ${typesEnum}; ${ipEnum}`);
    expect(await create({ endpointConfiguration: { ipAddressType: 'wrong' as never, types: ['wrong' as never] } })).toEqual(both);
    expect(await create({ endpointConfiguration: { types: ['wrong' as never], ipAddressType: 'wrong' as never } })).toEqual(both);
    expect(await create({ description: '', minimumCompressionSize: -1, endpointConfiguration: { ipAddressType: 'wrong' as never, types: ['wrong' as never] } })).toEqual(both);
    expect(await create({ description: '', minimumCompressionSize: -1, endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] } })).toEqual(bad('Description cannot be an empty string'));
    expect(await create({ endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } })).toEqual(bad('Cannot create an api with multiple Endpoint Types.'));
    expect(await create({ endpointConfiguration: { ipAddressType: 'dualstack', types: ['EDGE'] } })).toEqual(created({ endpointConfiguration: { ipAddressType: 'dualstack', types: ['EDGE'] } }));
    expect(await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } })).toEqual(created({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } }));
  });

  it('test_create_rest_api_private_type: create-with-private-type-and-ipv4-ip-address-type, -and-wrong-ip-address-type, -and-ipv4-ip-address-type-and-empty-description', async () => {
    expect(await create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } })).toEqual(bad('Only dualstack ipAddressType is supported for Private APIs.'));
    expect(await create({ endpointConfiguration: { ipAddressType: 'wrong' as never, types: ['PRIVATE'] } })).toEqual(invalid(`1 validation error detected: ${ipEnum}`));
    expect(await create({ description: '', endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } })).toEqual(bad('Description cannot be an empty string'));
  });

  it('test_create_rest_api_verify_defaults: create-with-edge-default, -regional-default, -private-default, -empty-default, create-with-empty-ip-address-type-and-wrong-type', async () => {
    expect(await create({ endpointConfiguration: { types: ['EDGE'] } })).toEqual(created());
    expect(await create({ endpointConfiguration: { types: ['REGIONAL'] } })).toEqual(created({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } }));
    expect(await create({ endpointConfiguration: { types: ['PRIVATE'] } })).toEqual(created({ endpointConfiguration: { ipAddressType: 'dualstack', types: ['PRIVATE'] } }));
    expect(await create({})).toEqual(created());
    expect(await create({ description: '', endpointConfiguration: { types: ['wrong' as never] } })).toEqual(invalid(`1 validation error detected: ${typesEnum}`));
  });
});

describe('UpdateRestApi in other LocalStack tests recorded against AWS (control-plane calls only)', () => {
  it('test_apigateway_integrations.py#test_create_execute_api_vpc_endpoint: api-details (types/EDGE replaced by PRIVATE with a VPC endpoint, then the policy rewritten to the API ARN)', async () => {
    const id = idOf(await create({ endpointConfiguration: { types: ['REGIONAL'] } }));
    const endpoint = 'vpce-0123456789abcdef0';
    const madePrivate = await update(id, [
      { op: 'replace', path: '/endpointConfiguration/types/EDGE', value: 'PRIVATE' },
      { op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: endpoint },
    ]);
    const endpointConfiguration = { ipAddressType: 'dualstack', types: ['PRIVATE'], vpcEndpointIds: [endpoint] };
    expect(madePrivate).toEqual(updated({ endpointConfiguration }));
    const statement = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] }] };
    const withPolicy = await update(id, [{ op: 'replace', path: '/policy', value: JSON.stringify(statement, null, 1) }]);
    const { policy, ...rest } = withPolicy;
    expect(rest).toEqual(updated({ endpointConfiguration }));
    // AWS answers the policy escaped once more (the LocalStack test unescapes it to read it).
    expect(policy).toMatch(/^\{\\"Version\\":/);
    expect(policyDocument(policy as string)).toEqual({
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Principal: '*', Resource: `arn:aws:execute-api:us-east-1:${account}:${id}/*` }],
      Version: '2012-10-17',
    });
  });

  it('test_apigateway_lambda.py#test_aws_proxy_binary_response: binary media types added (wildcards too), then one removed', async () => {
    const id = idOf(await create({}));
    expect((await update(id, [{ op: 'add', path: '/binaryMediaTypes/image~1png' }, { op: 'add', path: '/binaryMediaTypes/*~1test' }])).binaryMediaTypes).toEqual(['image/png', '*/test']);
    const after = await update(id, [
      { op: 'add', path: '/binaryMediaTypes/application~1*' },
      { op: 'add', path: '/binaryMediaTypes/image~1jpg' },
      { op: 'remove', path: '/binaryMediaTypes/*~1test' },
    ]);
    expect(after).toEqual(updated({ binaryMediaTypes: ['image/png', 'application/*', 'image/jpg'] }));
  });
});
