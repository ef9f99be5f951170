/**
 * AWS's recorded answers for UsagePlan and UsagePlanKey (LocalStack test_apigateway_common.py#TestUsagePlans,
 * control-plane calls only, and test_apigateway_extended.py#TestApigatewayApiKeysCrud, recorded against AWS),
 * replayed against `serve` over loopback through the SDK, with the declarations served next to the registry's.
 */
import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  UpdateApiKeyCommand,
  UpdateUsagePlanCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiKey } from '../../src/resources/apiKey/apiKey.js';
import { usagePlan } from '../../src/resources/usagePlan/usagePlan.js';
import { usagePlanKey } from '../../src/resources/usagePlan/usagePlanKey.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(12);
let client: APIGatewayClient;
let api: string;
beforeEach(() => void (client = servedClient()));
beforeEach(async () => {
  api = (await client.send(new CreateRestApiCommand({ name: 'recorded' }))).id!;
});

const createPlan = (input: ConstructorParameters<typeof CreateUsagePlanCommand>[0]) => call(client.send(new CreateUsagePlanCommand(input)));
const getPlan = (usagePlanId: string) => call(client.send(new GetUsagePlanCommand({ usagePlanId })));
const updatePlan = (usagePlanId: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations })));
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const notFound = (message: string) => ({ error: 'NotFoundException', message, status: 404 });
const generated = expect.stringMatching(/^[A-Za-z0-9]{40}$/);
const dates = { createdDate: expect.any(Date), lastUpdatedDate: expect.any(Date) };

describe('TestUsagePlans::test_usage_plan_crud (LocalStack snapshots recorded against AWS)', () => {
  it('create-usage-plan, update-usage-plan, update-wrong-id, update-wrong-api-stages-*, get-usage-plan-after-update', async () => {
    const created = await createPlan({ name: 'test-usage-plan', description: 'this is my usage plan', apiStages: [{ apiId: api, stage: 'dev' }] });
    const id = created.id as string;
    const plan = { id, name: 'test-usage-plan', description: 'this is my usage plan', apiStages: [{ apiId: api, stage: 'dev' }] };
    expect(created).toEqual({ status: 201, ...plan });
    const updated = { ...plan, quota: { limit: 5000, offset: 0, period: 'MONTH' }, tags: {}, throttle: { burstLimit: 100, rateLimit: 200 } };
    expect(
      await updatePlan(id, [
        { op: 'replace', path: '/throttle/burstLimit', value: '100' },
        { op: 'replace', path: '/throttle/rateLimit', value: '200' },
        { op: 'replace', path: '/quota/period', value: 'MONTH' },
        { op: 'replace', path: '/quota/limit', value: '5000' },
      ]),
    ).toEqual({ status: 200, ...updated });
    expect(await updatePlan(`${id}1`, [{ op: 'replace', path: '/throttle/burstLimit', value: '100' }, { op: 'replace', path: '/throttle/rateLimit', value: '200' }])).toEqual(notFound('Invalid Usage Plan ID specified'));
    expect(await updatePlan(id, [{ op: 'remove', path: '/apiStages' }])).toEqual(bad('Invalid API Stage specified'));
    expect(await updatePlan(id, [{ op: 'remove', path: '/apiStages', value: `${api}b:dev` }])).toEqual(notFound(`Invalid API Stage {api: ${api}b, stage: dev} specified for usageplan ${id}`));
    expect(await updatePlan(id, [{ op: 'remove', path: '/apiStages', value: `${api}:fakestagename` }])).toEqual(notFound(`Invalid API Stage {api: ${api}, stage: fakestagename} specified for usageplan ${id}`));
    expect(await updatePlan(id, [{ op: 'remove', path: '/apiStages', value: 'fakevalue' }])).toEqual(bad('Invalid API Stage specified'));
    expect(await getPlan(id)).toEqual({ status: 200, ...updated });
  });

  // The mock answers a get as the stored plan; AWS shows tags: {} from the first get on (needs per-call answer views).
  it('get-usage-plan: right after the create, tags: {}', async () => {
    const id = (await createPlan({ name: 'p', description: 'd', apiStages: [{ apiId: api, stage: 'dev' }] })).id as string;
    expect(await getPlan(id)).toEqual({ status: 200, id, name: 'p', description: 'd', apiStages: [{ apiId: api, stage: 'dev' }], tags: {} });
  });
});

describe('TestUsagePlans::test_api_key_required_for_methods (control-plane calls; LocalStack snapshots recorded against AWS)', () => {
  it('create-usage-plan, create-api-key, create-usage-plan-key, update-api-key-disabled', async () => {
    const plan = await createPlan({ name: 'test-plan', description: 'Test Usage Plan for API key', quota: { limit: 10, period: 'DAY', offset: 0 }, throttle: { rateLimit: 2, burstLimit: 1 }, apiStages: [{ apiId: api, stage: 'dev' }], tags: { tag_key: 'tag_value' } });
    expect(plan).toEqual({ status: 201, id: expect.any(String), name: 'test-plan', description: 'Test Usage Plan for API key', apiStages: [{ apiId: api, stage: 'dev' }], quota: { limit: 10, offset: 0, period: 'DAY' }, tags: { tag_key: 'tag_value' }, throttle: { burstLimit: 1, rateLimit: 2 } });
    const key = await call(client.send(new CreateApiKeyCommand({ name: 'testApiKey', enabled: true })));
    expect(key).toEqual({ status: 201, id: expect.any(String), name: 'testApiKey', enabled: true, stageKeys: [], value: generated, ...dates });
    expect(await call(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id as string, keyId: key.id as string, keyType: 'API_KEY' })))).toEqual({ status: 201, id: key.id, name: 'testApiKey', type: 'API_KEY', value: key.value });
    expect(await call(client.send(new UpdateApiKeyCommand({ apiKey: key.id as string, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] })))).toEqual({ status: 200, id: key.id, name: 'testApiKey', enabled: false, stageKeys: [], tags: {}, ...dates });
  });
});

describe('TestApigatewayApiKeysCrud usage plans (LocalStack snapshots recorded against AWS)', () => {
  it('test_get_usage_plan_api_keys: create-usage-plan, create-up-key, create-up-key-2 (the list calls are not served)', async () => {
    const k1 = await call(client.send(new CreateApiKeyCommand({ name: 'test-key-1' })));
    const k2 = await call(client.send(new CreateApiKeyCommand({ name: 'test-key-2' })));
    const plan = await createPlan({ name: 'usage-plan-1' });
    expect(plan).toEqual({ status: 201, id: expect.any(String), name: 'usage-plan-1', apiStages: [] });
    const usagePlanId = plan.id as string;
    const up1 = { id: k1.id, name: 'test-key-1', type: 'API_KEY', value: k1.value };
    expect(await call(client.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId: k1.id as string, keyType: 'API_KEY' })))).toEqual({ status: 201, ...up1 });
    expect(await call(client.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId: k2.id as string, keyType: 'API_KEY' })))).toEqual({ status: 201, id: k2.id, name: 'test-key-2', type: 'API_KEY', value: k2.value });
    expect(await call(client.send(new GetUsagePlanKeyCommand({ usagePlanId, keyId: k1.id as string })))).toEqual({ status: 200, ...up1 });
  });

  it('test_create_usage_plan_with_throttle: create-usage-plan-burst-gt-rate', async () => {
    expect(await createPlan({ name: 'invalid-throttle-burst-gt-rate', throttle: { rateLimit: 10, burstLimit: 20 } })).toEqual({ status: 201, id: expect.any(String), name: 'invalid-throttle-burst-gt-rate', apiStages: [], throttle: { burstLimit: 20, rateLimit: 10 } });
  });
});

describe('UsagePlan and UsagePlanKey beyond the recordings (declared behaviour)', () => {
  it("remove's path list (boto/boto3#2629), per-stage throttle, removes, the refused delete, plan keys", async () => {
    const id = (await createPlan({ name: 'p', apiStages: [{ apiId: api, stage: 'dev' }] })).id as string;
    expect(await updatePlan(id, [{ op: 'remove', path: `/apiStages/${api}:dev` }])).toEqual(
      bad(`Invalid patch path  '/apiStages/${api}:dev' specified for op 'remove'. Must be one of: [/apiStages, /quota, /throttle, /productCode, /apiStages/<apidId:stageName>/throttle/<resourcePath>/<httpMethod>, /apiStages/<apidId:stageName>/throttle]`),
    );
    expect(await updatePlan(id, [{ op: 'replace', path: `/apiStages/${api}:dev/throttle/~1pets/GET/rateLimit`, value: '5' }, { op: 'add', path: `/apiStages/${api}:dev/throttle/~1pets/GET/burstLimit`, value: '10' }])).toMatchObject({
      status: 200,
      apiStages: [{ apiId: api, stage: 'dev', throttle: { '/pets/GET': { burstLimit: 10, rateLimit: 5 } } }],
    });
    expect(await updatePlan(id, [{ op: 'replace', path: `/apiStages/${api}:prod/throttle/~1pets/GET/rateLimit`, value: '5' }])).toEqual(notFound(`Invalid API Stage {api: ${api}, stage: prod} specified for usageplan ${id}`));
    expect(await updatePlan(id, [{ op: 'add', path: '/quota/limit', value: '7' }, { op: 'add', path: '/productCode', value: 'prod-1' }])).toMatchObject({ status: 200, quota: { limit: 7, offset: 0 }, productCode: 'prod-1' });
    expect(await updatePlan(id, [{ op: 'remove', path: '/quota' }, { op: 'remove', path: '/productCode' }])).not.toHaveProperty('quota');
    expect(await call(client.send(new DeleteUsagePlanCommand({ usagePlanId: id })))).toEqual(bad(`Cannot delete Usage Plan ${id} because there are API Stages associated with it, including ${api}:dev`));
    expect(await updatePlan(id, [{ op: 'remove', path: '/apiStages', value: `${api}:dev` }])).toMatchObject({ status: 200, apiStages: [] });
    expect(await call(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: id, keyId: 'nosuchkey', keyType: 'API_KEY' })))).toEqual(notFound('Invalid API Key identifier specified'));
    expect(await call(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: 'nosuchplan', keyId: 'nosuchkey', keyType: 'API_KEY' })))).toEqual(notFound('Invalid Usage Plan ID specified'));
    const key = await call(client.send(new CreateApiKeyCommand({})));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: id, keyId: key.id as string, keyType: 'API_KEY' }));
    expect(await call(client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: id, keyId: key.id as string })))).toEqual({ status: 202 });
    expect(await call(client.send(new DeleteUsagePlanCommand({ usagePlanId: id })))).toEqual({ status: 202 });
    expect(await getPlan(id)).toEqual(notFound('Invalid Usage Plan ID specified'));
    expect(await createPlan({ name: 'p', apiStages: [{ apiId: '', stage: 'dev' }] })).toEqual(bad('Invalid API Stage {api: %s, stage: %s} specified for usageplan %s'));
  });
});
