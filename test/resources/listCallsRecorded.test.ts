/**
 * AWS's recorded answers to the collection gets (GetApiKeys, GetUsagePlanKeys, GetUsagePlans, GetStages,
 * GetDeployments, GetModels, GetRequestValidators, GetAuthorizers, GetDocumentationParts, GetRestApis,
 * GetResources, GetGatewayResponses) in LocalStack's snapshots (test_apigateway_api.py,
 * test_apigateway_common.py, test_apigateway_extended.py), replayed against `serve` on loopback through the
 * SDK. Each test is named after its snapshot key. Every test gets a fresh `serve`: API keys, usage plans
 * and RestApis belong to the account, and the recordings start from an account without any.
 * Where a recording sorted the items itself (get-models, get-gateway-responses), the order is not AWS's and
 * is not asserted. Import-based keys (test_apigateway_import.py, get-documentations-parts-after-*) are not
 * encoded: ImportRestApi and ImportDocumentationParts are not served.
 */
import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteDeploymentCommand,
  DeleteRequestValidatorCommand,
  DeleteResourceCommand,
  DeleteStageCommand,
  GetApiKeysCommand,
  GetAuthorizersCommand,
  GetDeploymentsCommand,
  GetDocumentationPartsCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetModelsCommand,
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStagesCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateUsagePlanCommand,
  type GatewayResponseType,
} from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { answerOf as call } from './answerOf.js';

let served: ServedControlPlane | undefined;
let client: APIGatewayClient;
beforeEach(async () => {
  served = await serve({ seed: 23 });
  client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
});
afterEach(() => served?.close());

const date = expect.any(Date);
const noApi = (id: string) => ({ error: 'NotFoundException', message: `Invalid API identifier specified 123456789012:${id}`, status: 404 });
const page = (items: unknown[]) => ({ status: 200, items });
const newApi = async (input: Partial<ConstructorParameters<typeof CreateRestApiCommand>[0]> = {}) => {
  const made = await client.send(new CreateRestApiCommand({ name: 'recorded', ...input }));
  return { api: made.id!, root: made.rootResourceId! };
};
/** GET / with a MOCK integration: what the recordings put before deploying. */
const withMockMethod = async (api: string, root: string) => {
  await client.send(new PutMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ restApiId: api, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
};
/** For assertions that leave the order out: the answer with its items sorted by id. */
const byId = <T extends Record<string, unknown>>(got: T): T => ({ ...got, items: [...((got.items ?? []) as Array<{ id: string }>)].sort((a, b) => a.id.localeCompare(b.id)) });
const anyOrder = (items: Array<{ id: string }>) => byId(page(items));

describe('GetApiKeys (TestApigatewayApiKeysCrud::test_get_api_keys)', () => {
  const name1 = 'test-key-a1b2c3d4';
  const name2 = 'test-key-e5f6a7b8';
  const keyItem = (id: string, name: string) => ({ createdDate: date, enabled: false, id, lastUpdatedDate: date, name, stageKeys: [] });
  const keys = (input: ConstructorParameters<typeof GetApiKeysCommand>[0] = {}) => call(client.send(new GetApiKeysCommand(input)));
  const createKey = async (name: string) => (await client.send(new CreateApiKeyCommand({ name }))).id!;

  it('get-api-keys, get-api-keys-after-create-1 (no value), -wrong-name-query, -prefix-name-query, -prefix-name-query-cased, -postfix-name-query, -infix-name-query', async () => {
    expect(await keys()).toEqual(page([]));
    const id1 = await createKey(name1);
    expect(await keys()).toEqual(page([keyItem(id1, name1)]));
    expect(await keys({ nameQuery: name2 })).toEqual(page([]));
    expect(await keys({ nameQuery: name1.slice(0, 8) })).toEqual(page([keyItem(id1, name1)]));
    expect(await keys({ nameQuery: name1.slice(0, 8).toUpperCase() })).toEqual(page([]));
    expect(await keys({ nameQuery: name1.slice(2) })).toEqual(page([]));
    expect(await keys({ nameQuery: name1.slice(2, 8) })).toEqual(page([]));
  });

  it('get-api-keys-after-create-2, get-api-keys-name-query, get-api-keys-prefix-name-query-2 (members, any order)', async () => {
    const id1 = await createKey(name1);
    const id2 = await createKey(name2);
    expect(byId(await keys())).toEqual(anyOrder([keyItem(id2, name2), keyItem(id1, name1)]));
    expect(await keys({ nameQuery: name2 })).toEqual(page([keyItem(id2, name2)]));
    expect(byId(await keys({ nameQuery: name1.slice(0, 8) }))).toEqual(anyOrder([keyItem(id2, name2), keyItem(id1, name1)]));
  });

  it('get-api-keys-after-create-2, get-api-keys-prefix-name-query-2 (order): newest first', async () => {
    const id1 = await createKey(name1);
    const id2 = await createKey(name2);
    expect(await keys()).toEqual(page([keyItem(id2, name2), keyItem(id1, name1)]));
    expect(await keys({ nameQuery: name1.slice(0, 8) })).toEqual(page([keyItem(id2, name2), keyItem(id1, name1)]));
  });

  it('get-apis-keys-pagination, get-apis-keys-pagination-2: limit=1 pages with a position', async () => {
    const id1 = await createKey(name1);
    const id2 = await createKey(name2);
    const first = await keys({ limit: 1 });
    expect(first).toEqual({ status: 200, items: [keyItem(id2, name2)], position: expect.any(String) });
    expect(await keys({ limit: 1, position: first.position as string })).toEqual(page([keyItem(id1, name1)]));
  });

  it('get-api-keys-invalid-limit (test_negative_get_usage_plan_api_keys): limit=-1 on an account without keys answers 200 and no items', async () => {
    expect(await keys({ limit: -1 })).toEqual(page([]));
  });
});

describe('GetUsagePlanKeys (TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys)', () => {
  const name1 = 'test-key-0c1d2e3f';
  const name2 = 'test-key-4a5b6c7d';
  const keyItem = (id: string, name: string) => ({ createdDate: date, enabled: false, id, lastUpdatedDate: date, name, stageKeys: [] });
  const upItem = (id: string, name: string, value: string) => ({ id, name, type: 'API_KEY', value });
  const upKeys = (usagePlanId: string, nameQuery?: string) => call(client.send(new GetUsagePlanKeysCommand({ usagePlanId, nameQuery })));
  /** Two keys attached to a new plan: what the recording builds before its list calls. */
  const planWithTwoKeys = async () => {
    const k1 = await client.send(new CreateApiKeyCommand({ name: name1 }));
    const k2 = await client.send(new CreateApiKeyCommand({ name: name2 }));
    const plan = (await client.send(new CreateUsagePlanCommand({ name: 'usage-plan-1' }))).id!;
    const before = await upKeys(plan);
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan, keyId: k1.id, keyType: 'API_KEY' }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan, keyId: k2.id, keyType: 'API_KEY' }));
    return { plan, before, k1: upItem(k1.id!, name1, k1.value!), k2: upItem(k2.id!, name2, k2.value!), ids: [k1.id!, k2.id!] };
  };

  it('get-api-keys, get-api-keys-after-create-1 (members, any order)', async () => {
    expect(await call(client.send(new GetApiKeysCommand({})))).toEqual(page([]));
    const id1 = (await client.send(new CreateApiKeyCommand({ name: name1 }))).id!;
    const id2 = (await client.send(new CreateApiKeyCommand({ name: name2 }))).id!;
    expect(byId(await call(client.send(new GetApiKeysCommand({}))))).toEqual(anyOrder([keyItem(id2, name2), keyItem(id1, name1)]));
  });

  it('get-up-keys-before-create, get-up-keys and get-up-keys-name-query (members, any order), -name-query-cased, -name-query-key-name, -bad-query', async () => {
    const { plan, before, k1, k2 } = await planWithTwoKeys();
    expect(before).toEqual(page([]));
    expect(byId(await upKeys(plan))).toEqual(anyOrder([k2, k1]));
    expect(byId(await upKeys(plan, 'test-key'))).toEqual(anyOrder([k2, k1]));
    expect(await upKeys(plan, 'TEST-key')).toEqual(page([]));
    expect(await upKeys(plan, name1)).toEqual(page([k1]));
    expect(await upKeys(plan, 'nothing')).toEqual(page([]));
  });

  it('get-up-keys-after-delete: deleting the API keys detaches them from the plan', async () => {
    const { plan, ids } = await planWithTwoKeys();
    for (const apiKey of ids) await client.send(new DeleteApiKeyCommand({ apiKey }));
    expect(await upKeys(plan)).toEqual(page([]));
  });

  it('get-up-keys, get-up-keys-name-query (order): newest first', async () => {
    const { plan, k1, k2 } = await planWithTwoKeys();
    expect(await upKeys(plan)).toEqual(page([k2, k1]));
    expect(await upKeys(plan, 'test-key')).toEqual(page([k2, k1]));
  });

  it('get-up-keys-bad-usage-plan: an unknown usage plan answers 200 with no items', async () => {
    expect(await upKeys('bad-id')).toEqual(page([]));
  });
});

describe('GetUsagePlans (TestUsagePlans::test_usage_plan_crud)', () => {
  const dev = async () => {
    const { api, root } = await newApi({ description: 'this is my api' });
    await withMockMethod(api, root);
    const deploymentId = (await client.send(new CreateDeploymentCommand({ restApiId: api }))).id!;
    await client.send(new CreateStageCommand({ restApiId: api, stageName: 'dev', deploymentId }));
    const plan = (await client.send(new CreateUsagePlanCommand({ name: 'test-usage-plan-1', description: 'this is my usage plan', apiStages: [{ apiId: api, stage: 'dev' }] }))).id!;
    return { api, plan };
  };

  it('get-usage-plans, get-usage-plans-after-update: items show no tags (GetUsagePlan shows tags: {})', async () => {
    const { api, plan } = await dev();
    const item = { apiStages: [{ apiId: api, stage: 'dev' }], description: 'this is my usage plan', id: plan, name: 'test-usage-plan-1' };
    expect(await call(client.send(new GetUsagePlansCommand({})))).toEqual(page([item]));
    await client.send(new UpdateUsagePlanCommand({
      usagePlanId: plan,
      patchOperations: [
        { op: 'replace', path: '/throttle/burstLimit', value: '100' },
        { op: 'replace', path: '/throttle/rateLimit', value: '200' },
        { op: 'replace', path: '/quota/period', value: 'MONTH' },
        { op: 'replace', path: '/quota/limit', value: '5000' },
      ],
    }));
    expect(await call(client.send(new GetUsagePlansCommand({})))).toEqual(page([{ ...item, quota: { limit: 5000, offset: 0, period: 'MONTH' }, throttle: { burstLimit: 100, rateLimit: 200 } }]));
  });

  it('get-usage-plans (members other than tags)', async () => {
    const { api, plan } = await dev();
    const got = await call(client.send(new GetUsagePlansCommand({})));
    expect(got).toMatchObject(page([{ apiStages: [{ apiId: api, stage: 'dev' }], description: 'this is my usage plan', id: plan, name: 'test-usage-plan-1' }]));
  });
});

describe('GetStages and GetDeployments (TestDeployments)', () => {
  const stageItem = (deploymentId: string) => ({
    cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', createdDate: date, deploymentId, lastUpdatedDate: date, methodSettings: {}, stageName: 's1', tracingEnabled: false,
  });
  const stages = (restApiId: string) => call(client.send(new GetStagesCommand({ restApiId })));

  for (const manually of [true, false]) {
    it(`test_create_delete_deployments[${manually ? 'True' : 'False'}]: get-stages, get-deployments-0..2, get-stages-0..2`, async () => {
      const { api, root } = await newApi();
      await withMockMethod(api, root);
      const deploy = async () => {
        const id = (await client.send(new CreateDeploymentCommand({ restApiId: api, ...(manually ? {} : { stageName: 's1' }) }))).id!;
        if (manually) await client.send(new CreateStageCommand({ restApiId: api, stageName: 's1', deploymentId: id }));
        return id;
      };
      let id = await deploy();
      expect(await stages(api)).toEqual({ status: 200, item: [stageItem(id)] });
      for (let i = 0; i < 3; i++) {
        await client.send(new DeleteStageCommand({ restApiId: api, stageName: 's1' }));
        await client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: id }));
        id = await deploy();
        expect(await call(client.send(new GetDeploymentsCommand({ restApiId: api })))).toEqual(page([{ createdDate: date, id }]));
        expect(await stages(api)).toEqual({ status: 200, item: [stageItem(id)] });
      }
    });
  }

  it('test_create_update_deployments: get-stages, get-stages-after-update (a deployment naming the stage moves it)', async () => {
    const { api, root } = await newApi();
    await withMockMethod(api, root);
    const first = (await client.send(new CreateDeploymentCommand({ restApiId: api }))).id!;
    await client.send(new CreateStageCommand({ restApiId: api, stageName: 's1', deploymentId: first }));
    expect(await stages(api)).toEqual({ status: 200, item: [stageItem(first)] });
    const second = (await client.send(new CreateDeploymentCommand({ restApiId: api, stageName: 's1' }))).id!;
    expect(await stages(api)).toEqual({ status: 200, item: [stageItem(second)] });
    // deploymentId filters (API reference): the first deployment has no stage left.
    expect(await call(client.send(new GetStagesCommand({ restApiId: api, deploymentId: first })))).toEqual({ status: 200, item: [] });
    expect(await call(client.send(new GetStagesCommand({ restApiId: api, deploymentId: second })))).toEqual({ status: 200, item: [stageItem(second)] });
  });
});

describe('GetModels', () => {
  const empty = { contentType: 'application/json', description: 'This is a default empty schema model', id: expect.any(String), name: 'Empty', schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' } };
  const error = {
    contentType: 'application/json', description: 'This is a default error schema model', id: expect.any(String), name: 'Error',
    schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Error Schema', type: 'object', properties: { message: { type: 'string' } } },
  };
  /** The recordings sort the items by name and show the schema parsed. */
  const byName = async (restApiId: string) => {
    const got = await call(client.send(new GetModelsCommand({ restApiId })));
    const items = (got.items as Array<Record<string, unknown>>).map((m): Record<string, unknown> => ({ ...m, schema: JSON.parse(String(m.schema)) })).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return { ...got, items };
  };

  it('test_model_lifecycle: get-models (sorted by name by the test)', async () => {
    const { api } = await newApi();
    const schema = { title: 'Calc output', type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' }, op: { description: 'operation of +, -, * or /', type: 'string' }, c: { type: 'number' } }, required: ['a', 'b', 'op'] };
    await client.send(new CreateModelCommand({ restApiId: api, name: 'CalcOutput', contentType: 'application/json', description: 'Calc output model', schema: JSON.stringify(schema, null, '\t') }));
    expect(await byName(api)).toEqual(page([{ contentType: 'application/json', description: 'Calc output model', id: expect.any(String), name: 'CalcOutput', schema }, empty, error]));
  });

  it('test_api_gateway_request_validator_with_ref_models: get-models-with-ref (sorted by name by the test)', async () => {
    const { api } = await newApi();
    const testSchema = { $schema: 'http://json-schema.org/draft-04/schema#', title: 'testSchema', type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] };
    const listSchema = { type: 'array', items: { $ref: `https://apigateway.amazonaws.com/restapis/${api}/models/testSchema` } };
    await client.send(new CreateModelCommand({ restApiId: api, name: 'testSchema', contentType: 'application/json', schema: JSON.stringify(testSchema) }));
    await client.send(new CreateModelCommand({ restApiId: api, name: 'testSchemaList', contentType: 'application/json', schema: JSON.stringify(listSchema) }));
    expect(await byName(api)).toEqual(page([
      empty,
      error,
      { contentType: 'application/json', id: expect.any(String), name: 'testSchema', schema: testSchema },
      { contentType: 'application/json', id: expect.any(String), name: 'testSchemaList', schema: listSchema },
    ]));
  });

  it('test_model_validation: get-models-wrong-id', async () => {
    expect(await call(client.send(new GetModelsCommand({ restApiId: 'abcde0' })))).toEqual(noApi('abcde0'));
  });
});

describe('GetRequestValidators and GetAuthorizers', () => {
  it('test_request_validator_lifecycle: get-request-validators, get-request-validators-after-delete', async () => {
    const { api } = await newApi({ description: 'my api' });
    const id = (await client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'test-validator-1' }))).id!;
    expect(await call(client.send(new GetRequestValidatorsCommand({ restApiId: api })))).toEqual(page([{ id, name: 'test-validator-1', validateRequestBody: false, validateRequestParameters: false }]));
    await client.send(new DeleteRequestValidatorCommand({ restApiId: api, requestValidatorId: id }));
    expect(await call(client.send(new GetRequestValidatorsCommand({ restApiId: api })))).toEqual(page([]));
  });

  it('test_validators_crud_no_api: wrong-rest-api-id-get-validators; test_invalid_get_request_validators: get-invalid-request-validators', async () => {
    expect(await call(client.send(new GetRequestValidatorsCommand({ restApiId: 'test-fake-rest-id' })))).toEqual(noApi('test-fake-rest-id'));
    expect(await call(client.send(new GetRequestValidatorsCommand({ restApiId: 'api_id' })))).toEqual(noApi('api_id'));
  });

  it('test_authorizer_crud_no_api: wrong-rest-api-id-get-authorizers', async () => {
    expect(await call(client.send(new GetAuthorizersCommand({ restApiId: 'test-fake-rest-id' })))).toEqual(noApi('test-fake-rest-id'));
  });
});

describe('GetDocumentationParts', () => {
  const parts = (input: ConstructorParameters<typeof GetDocumentationPartsCommand>[0]) => call(client.send(new GetDocumentationPartsCommand(input)));

  it('test_documentation_part_lifecycle: get-documentation-parts', async () => {
    const { api } = await newApi({ description: 'this is my api' });
    const id = (await client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: '{ "description": "Sample API description" }' }))).id!;
    const got = await parts({ restApiId: api });
    expect({ ...got, items: (got.items as Array<Record<string, unknown>>).map((p) => ({ ...p, properties: JSON.parse(String(p.properties)) })) }).toEqual(page([{ id, location: { type: 'API' }, properties: { description: 'Sample API description' } }]));
  });

  it('TestDocumentations::test_documentation_parts_and_versions: get-parts-response', async () => {
    const { api } = await newApi();
    const id = (await client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: '{"foo": "bar"}' }))).id!;
    expect(await parts({ restApiId: api })).toEqual(page([{ id, location: { type: 'API' }, properties: '{"foo": "bar"}' }]));
  });

  it('test_doc_parts_crud_no_api: wrong-rest-api-id-get-doc-parts; test_invalid_get_documentation_parts: get-inavlid-documentation-parts', async () => {
    expect(await parts({ restApiId: 'test-fake-rest-id' })).toEqual(noApi('test-fake-rest-id'));
    expect(await parts({ restApiId: 'api_id' })).toEqual(noApi('api_id'));
  });

  it('type, path, nameQuery and locationStatus keep the parts they name (API reference; unrecorded)', async () => {
    const { api } = await newApi();
    const made = async (location: Record<string, string>) => (await client.send(new CreateDocumentationPartCommand({ restApiId: api, location: location as never, properties: '{"d":1}' }))).id!;
    const apiPart = await made({ type: 'API' });
    const method = await made({ type: 'METHOD', path: '/', method: 'GET' });
    const model = await made({ type: 'MODEL', name: 'Pet' });
    const ids = async (q: Record<string, string>) => ((await parts({ restApiId: api, ...q })).items as Array<{ id: string }>).map((p) => p.id);
    expect(await ids({ type: 'METHOD' })).toEqual([method]);
    expect(await ids({ path: '/' })).toEqual([method]);
    expect(await ids({ nameQuery: 'Pe' })).toEqual([model]);
    expect(await ids({ locationStatus: 'DOCUMENTED' })).toEqual([apiPart, method, model]);
    expect(await ids({ locationStatus: 'UNDOCUMENTED' })).toEqual([]);
  });
});

describe('GetRestApis and GetResources', () => {
  it('test_create_rest_api_with_tags: get-rest-apis-w-tags', async () => {
    const { api, root } = await newApi({ name: 'test-api-1', description: 'this is my api', tags: { MY_TAG1: 'MY_VALUE1' } });
    expect(await call(client.send(new GetRestApisCommand({})))).toEqual(page([{
      apiKeySource: 'HEADER', createdDate: date, description: 'this is my api', disableExecuteApiEndpoint: false, endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
      id: api, name: 'test-api-1', rootResourceId: root, tags: { MY_TAG1: 'MY_VALUE1' },
    }]));
  });

  it('test_delete_resource: get-resources (the deleted resource and its child are gone)', async () => {
    const { api, root } = await newApi({ description: 'testing resource behaviour' });
    const pets = (await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'pets' }))).id!;
    await client.send(new CreateResourceCommand({ restApiId: api, parentId: pets, pathPart: 'subpets' }));
    await client.send(new DeleteResourceCommand({ restApiId: api, resourceId: pets }));
    expect(await call(client.send(new GetResourcesCommand({ restApiId: api })))).toEqual(page([{ id: root, path: '/' }]));
  });
});

describe('GetGatewayResponses (TestApiGatewayGatewayResponse)', () => {
  const types = [
    'ACCESS_DENIED', 'API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE', 'BAD_REQUEST_BODY', 'BAD_REQUEST_PARAMETERS', 'DEFAULT_4XX', 'DEFAULT_5XX',
    'EXPIRED_TOKEN', 'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT', 'INVALID_API_KEY', 'INVALID_SIGNATURE', 'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED', 'REQUEST_TOO_LARGE',
    'RESOURCE_NOT_FOUND', 'THROTTLED', 'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED',
  ] as const;

  it('test_gateway_response_crud: get-gateway-responses (sorted by responseType by the test): every type, each as GetGatewayResponse shows it', async () => {
    const { api } = await newApi();
    const each = await Promise.all(types.map(async (responseType) => {
      const { status: _s, ...shown } = await call(client.send(new GetGatewayResponseCommand({ restApiId: api, responseType: responseType as GatewayResponseType })));
      return shown;
    }));
    const got = await call(client.send(new GetGatewayResponsesCommand({ restApiId: api })));
    const items = [...((got.items ?? []) as Array<Record<string, unknown>>)].sort((a, b) => String(a.responseType).localeCompare(String(b.responseType)));
    expect({ ...got, items }).toEqual(page(each));
  });

  it('test_gateway_response_validation: get-gateway-responses-no-api', async () => {
    expect(await call(client.send(new GetGatewayResponsesCommand({ restApiId: 'fake-api-id' })))).toEqual(noApi('fake-api-id'));
  });
});
