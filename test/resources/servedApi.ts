/**
 * For tests that replay recorded answers: `serve` on loopback, an SDK client to it, and a fresh
 * RestApi before each test. `served.client` and `served.api` are read inside tests (set by the hooks).
 */
import { APIGatewayClient, CreateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';

export interface ServedApi {
  client: APIGatewayClient;
  /** The RestApi of the current test. */
  api: string;
  rootResourceId: string;
}

/**
 * `serve` on loopback for the file and an SDK client to it (read inside tests and hooks): for tests
 * that make their own RestApis. `client()` is the client once the file's hook has run.
 */
export function useServedClient(seed: number): () => APIGatewayClient {
  let served: ServedControlPlane | undefined;
  let client: APIGatewayClient | undefined;
  beforeAll(async () => {
    served = await serve({ seed });
    client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
  });
  afterAll(() => served?.close());
  return () => client!;
}

export function useServedApi(seed: number): ServedApi {
  const state = {} as ServedApi & { served?: ServedControlPlane };
  beforeAll(async () => {
    state.served = await serve({ seed });
    state.client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: state.served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
  });
  afterAll(() => state.served?.close());
  beforeEach(async () => {
    const created = await state.client.send(new CreateRestApiCommand({ name: 'recorded' }));
    state.api = created.id!;
    state.rootResourceId = created.rootResourceId!;
  });
  return state;
}
