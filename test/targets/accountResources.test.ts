/**
 * What a run creates outside its sandbox RestApi (API keys, usage plans) is deleted at close, also when
 * the case never saw its create's answer, and a usage plan with an API stage attached is detached
 * first; sweep finds what a killed run left by its tags, and nothing else.
 */
import { CreateApiKeyCommand, CreateDeploymentCommand, CreateUsagePlanCommand, GetApiKeysCommand, GetUsagePlansCommand, PutIntegrationCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { EndpointTarget } from '../../src/targets/endpointTarget.js';
import { sweep } from '../../src/targets/sweep.js';

/** An endpoint target that tags what cases create outside the RestApi, as the aws target does. */
class TaggingTarget extends EndpointTarget {
  protected override readonly tagsAccountResources = true;
}

describe('account-level resources of a run', () => {
  let served: ServedControlPlane;
  const client = () => createApiGatewayClient({ endpoint: served.url, region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });
  beforeAll(async () => void (served = await serve({ seed: 9 })));
  afterAll(() => served.close());

  it('are deleted at close: noted creates, a lost create of the run, and a usage plan with a stage attached', async () => {
    const target = new TaggingTarget({ endpoint: served.url, credentials: dummyCredentials(), quotas: false, runId: 'run-a' });
    const [session] = await target.open(1);
    const s = session!;
    const tags = s.creationTags!;
    expect(tags).toMatchObject({ createdBy: 'apigw-patch-conformance', runId: 'run-a' });
    expect(await s.call!('CreateApiKey', {}, { name: 'noted', tags })).toMatchObject({ ok: true, status: 201 });
    // A stage of the sandbox API, attached to a plan: DeleteUsagePlan is refused until it is detached.
    const c = client();
    await c.send(new PutIntegrationCommand({ restApiId: s.ctx.restApiId, resourceId: s.ctx.resourceId, httpMethod: s.ctx.httpMethod, type: 'MOCK' }));
    await c.send(new CreateDeploymentCommand({ restApiId: s.ctx.restApiId, stageName: 'dev' }));
    expect(await s.call!('CreateUsagePlan', {}, { name: 'plan', apiStages: [{ apiId: s.ctx.restApiId, stage: 'dev' }], tags })).toMatchObject({ ok: true, status: 201 });
    // Created with the run's tags but never noted: its answer was lost.
    await c.send(new CreateApiKeyCommand({ name: 'lost', tags }));
    // Someone else's, untagged: never touched.
    await c.send(new CreateApiKeyCommand({ name: 'theirs' }));
    await target.close();
    expect(((await c.send(new GetApiKeysCommand({}))).items ?? []).map((k) => k.name)).toEqual(['theirs']);
    expect((await c.send(new GetUsagePlansCommand({}))).items ?? []).toEqual([]);
  });

  it('sweep deletes those a killed run left, by their tags and age, and nothing else', async () => {
    const c = client();
    const old = String(Date.now() - 3 * 3_600_000);
    await c.send(new CreateApiKeyCommand({ name: 'left-old', tags: { createdBy: 'apigw-patch-conformance', runId: 'killed', createdAt: old } }));
    await c.send(new CreateApiKeyCommand({ name: 'left-young', tags: { createdBy: 'apigw-patch-conformance', runId: 'running', createdAt: String(Date.now()) } }));
    await c.send(new CreateUsagePlanCommand({ name: 'plan-old', tags: { createdBy: 'apigw-patch-conformance', runId: 'killed', createdAt: old } }));
    const dry = await sweep({ client: c, olderThanMs: 3_600_000, dryRun: true, quotas: false });
    expect(dry.accountResources.map((r) => [r.resource, r.runId]).sort()).toEqual([['ApiKey', 'killed'], ['UsagePlan', 'killed']]);
    const done = await sweep({ client: c, olderThanMs: 3_600_000, dryRun: false, quotas: false });
    expect(done.accountResources.filter((r) => r.refused)).toEqual([]);
    expect(((await c.send(new GetApiKeysCommand({}))).items ?? []).map((k) => k.name).sort()).toEqual(['left-young', 'theirs']);
    expect((await c.send(new GetUsagePlansCommand({}))).items ?? []).toEqual([]);
  });
});
