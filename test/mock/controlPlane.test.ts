/**
 * The msw mock through the real SDK, in-process: the sandbox operations, the integration round
 * trip, AWS's lookup texts and the error wire format the SDK reads.
 */
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteIntegrationCommand,
  DeleteRestApiCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetTagsCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateIntegrationCommand,
} from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/mockServer.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { sandboxMethodRequestParameters } from '../../src/sandboxMethod.js';

const host = 'https://apigateway.us-east-1.amazonaws.com';

async function sdkError(p: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: err.name, status: err.$metadata?.httpStatusCode, message: err.message };
  }
  throw new Error('expected the call to fail');
}

describe('mock control plane through the SDK', () => {
  let mock: MockServer;
  let client: APIGatewayClient;
  let restApiId: string;
  let resourceId: string;
  let bareResourceId: string;

  beforeAll(async () => {
    mock = startMockServer({ seed: 7 });
    client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });
    const api = await client.send(new CreateRestApiCommand({ name: 'apigw-patch-conformance-test', tags: { createdBy: 'apigw-patch-conformance', runId: 't1' } }));
    restApiId = api.id!;
    const resource = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: 'items' }));
    resourceId = resource.id!;
    bareResourceId = (await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: 'bare' }))).id!;
    await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'GET', authorizationType: 'NONE', requestParameters: { ...sandboxMethodRequestParameters } }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: bareResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
  });
  afterAll(() => mock.close());

  it('creates RestApis with AWS-like ids, a root resource and tags, and lists them', async () => {
    expect(restApiId).toMatch(/^[a-z0-9]{10}$/);
    expect(resourceId).toMatch(/^[a-z0-9]{6,10}$/);
    const list = await client.send(new GetRestApisCommand({}));
    expect(list.items?.map((a) => [a.id, a.tags])).toEqual([[restApiId, { createdBy: 'apigw-patch-conformance', runId: 't1' }]]);
    expect(list.items?.[0]?.createdDate).toBeInstanceOf(Date);
    const resources = await client.send(new GetResourcesCommand({ restApiId }));
    expect(resources.items?.map((r) => r.path).sort()).toEqual(['/', '/bare', '/items']);
    const tags = await client.send(new GetTagsCommand({ resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${restApiId}` }));
    expect(tags.tags).toEqual({ createdBy: 'apigw-patch-conformance', runId: 't1' });
  });

  it('round-trips PutIntegration, GetIntegration and UpdateIntegration through the reference', async () => {
    const path = { restApiId, resourceId, httpMethod: 'GET' };
    const put = await client.send(new PutIntegrationCommand({ ...path, type: 'HTTP', integrationHttpMethod: 'POST', uri: 'https://example.com/a' }));
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({ type: 'HTTP', httpMethod: 'POST', uri: 'https://example.com/a', connectionType: 'INTERNET', timeoutInMillis: 29000, cacheNamespace: resourceId });

    const updated = await client.send(
      new UpdateIntegrationCommand({ ...path, patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '1234' }] }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    expect(updated.timeoutInMillis).toBe(1234);

    const got = await client.send(new GetIntegrationCommand(path));
    expect(got.timeoutInMillis).toBe(1234);
    const method = await client.send(new GetMethodCommand(path));
    expect(method.requestParameters).toEqual(sandboxMethodRequestParameters);
    expect(method.methodIntegration?.timeoutInMillis).toBe(1234);
  });

  it('answers lookups with AWS recorded texts', async () => {
    const resourceText = { name: 'NotFoundException', status: 404, message: 'Invalid Resource identifier specified' };
    const methodText = { name: 'NotFoundException', status: 404, message: 'Invalid Method identifier specified' };
    const integrationText = { name: 'NotFoundException', status: 404, message: 'Invalid Integration identifier specified' };
    const patch = { patchOperations: [{ op: 'replace' as const, path: '/timeoutInMillis', value: '100' }] };

    expect(await sdkError(client.send(new GetIntegrationCommand({ restApiId: 'nosuchapi0', resourceId, httpMethod: 'GET' })))).toEqual(resourceText);
    expect(await sdkError(client.send(new GetIntegrationCommand({ restApiId, resourceId: 'nosuch', httpMethod: 'GET' })))).toEqual(resourceText);
    expect(await sdkError(client.send(new UpdateIntegrationCommand({ restApiId, resourceId: 'nosuch', httpMethod: 'GET', ...patch })))).toEqual(resourceText);
    expect(await sdkError(client.send(new GetIntegrationCommand({ restApiId, resourceId, httpMethod: 'POST' })))).toEqual(methodText);
    expect(await sdkError(client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'POST', type: 'MOCK' })))).toEqual(methodText);
    expect(await sdkError(client.send(new UpdateIntegrationCommand({ restApiId, resourceId, httpMethod: 'POST', ...patch })))).toEqual(methodText);
    const bare = { restApiId, resourceId: bareResourceId, httpMethod: 'GET' };
    expect(await sdkError(client.send(new GetIntegrationCommand(bare)))).toEqual(integrationText);
    expect(await sdkError(client.send(new UpdateIntegrationCommand({ ...bare, ...patch })))).toEqual(integrationText);
    expect(await sdkError(client.send(new DeleteIntegrationCommand(bare)))).toEqual(integrationText);
  });

  it('carries the implementation’s errors in the wire format the SDK reads', async () => {
    const path = { restApiId, resourceId, httpMethod: 'GET' };
    const before = await client.send(new GetIntegrationCommand(path));
    const error = await sdkError(client.send(new UpdateIntegrationCommand({ ...path, patchOperations: [{ op: 'replace', path: '/nope', value: 'x' }] })));
    expect(error).toMatchObject({ name: 'BadRequestException', status: 400 });
    expect(error.message).toMatch(/\/nope/);
    const after = await client.send(new GetIntegrationCommand(path));
    expect(after.timeoutInMillis).toBe(before.timeoutInMillis);

    // The raw wire: the exception name is a header, the text a `message` member.
    const raw = await fetch(`${host}/restapis/${restApiId}/resources/nosuch/methods/GET/integration`);
    expect(raw.status).toBe(404);
    expect(raw.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(await raw.json()).toEqual({ message: 'Invalid Resource identifier specified' });
  });

  it('answers a body that is not JSON with SerializationException 400', async () => {
    const raw = await fetch(`${host}/restapis/${restApiId}/resources/${resourceId}/methods/GET/integration`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"patchOperations": [',
    });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });

  it('deletes integrations and RestApis', async () => {
    const path = { restApiId, resourceId, httpMethod: 'GET' };
    const deleted = await client.send(new DeleteIntegrationCommand(path));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await sdkError(client.send(new GetIntegrationCommand(path)))).toMatchObject({ message: 'Invalid Integration identifier specified' });
    await client.send(new DeleteRestApiCommand({ restApiId }));
    expect((await client.send(new GetRestApisCommand({}))).items).toEqual([]);
    expect(mock.controlPlane.state.restApis.size).toBe(0);
  });
});

describe('an implementation that misbehaves', () => {
  it('becomes a 500 InternalFailure naming the problem, not a crash of the mock', async () => {
    let answer: () => unknown = () => {
      throw new TypeError('boom');
    };
    const mock = startMockServer({
      implementation: {
        putIntegration: () => answer() as never,
        updateIntegration: () => answer() as never,
      },
    });
    try {
      const client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });
      const api = await client.send(new CreateRestApiCommand({ name: 'x' }));
      const path = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
      await client.send(new PutMethodCommand({ ...path, authorizationType: 'NONE' }));

      expect(await sdkError(client.send(new PutIntegrationCommand({ ...path, type: 'MOCK' })))).toEqual({
        name: 'InternalFailure',
        status: 500,
        message: 'implementation threw in PutIntegration: TypeError: boom',
      });
      answer = () => ({ ok: true, status: 201 });
      const garbage = await sdkError(client.send(new PutIntegrationCommand({ ...path, type: 'MOCK' })));
      expect(garbage).toMatchObject({ name: 'InternalFailure', status: 500 });
      expect(garbage.message).toMatch(/invalid Outcome from PutIntegration: value must be an Integration object/);
      answer = () => 'nonsense';
      expect((await sdkError(client.send(new PutIntegrationCommand({ ...path, type: 'MOCK' })))).message).toMatch(/expected an object, got "nonsense"/);
      // Nothing was stored along the way.
      expect(await sdkError(client.send(new GetIntegrationCommand(path)))).toMatchObject({ message: 'Invalid Integration identifier specified' });
    } finally {
      mock.close();
    }
  });
});
