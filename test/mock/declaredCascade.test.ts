/**
 * What the mock does beyond single calls for the declared resources: a deleted method takes its
 * responses and its integration with it (a PutMethod after it answers without them, F5 of the
 * recordings: nothing appears that was not set), and an integration's failure is not read as "none".
 */
import {
  APIGatewayClient,
  CreateRestApiCommand,
  DeleteMethodCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';

let served: ServedControlPlane;
let client: APIGatewayClient;
beforeAll(async () => {
  served = await serve({ seed: 4 });
  client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
});
afterAll(() => served.close());

describe('DeleteMethod', () => {
  it('takes the method responses, the integration and its responses with it', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'cascade' }));
    const path = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
    await client.send(new PutMethodCommand({ ...path, authorizationType: 'NONE' }));
    await client.send(new PutMethodResponseCommand({ ...path, statusCode: '200' }));
    await client.send(new PutIntegrationCommand({ ...path, type: 'MOCK' }));
    await client.send(new PutIntegrationResponseCommand({ ...path, statusCode: '200', selectionPattern: '' }));
    const before = await client.send(new GetMethodCommand(path));
    expect(Object.keys(before.methodIntegration?.integrationResponses ?? {})).toEqual(['200']);
    expect(Object.keys(before.methodResponses ?? {})).toEqual(['200']);
    await client.send(new DeleteMethodCommand(path));
    const { $metadata, ...again } = await client.send(new PutMethodCommand({ ...path, authorizationType: 'NONE' }));
    expect($metadata.httpStatusCode).toBe(201);
    expect(again).toEqual({ httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false });
    await expect(client.send(new GetIntegrationCommand(path))).rejects.toMatchObject({ name: 'NotFoundException', message: 'Invalid Integration identifier specified' });
  });
});
