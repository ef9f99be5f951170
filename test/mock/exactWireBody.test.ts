/** The exact-wire-body middleware: what the target generates is what the implementation receives. */
import { createHash } from 'node:crypto';
import { CreateRestApiCommand, PutIntegrationCommand, PutMethodCommand, UpdateIntegrationCommand, type PutIntegrationCommandInput } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationImplementation } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { startMockServer, type MockServer } from '../../src/mock/mockServer.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { withExactWireBody } from '../../src/sdk/exactWireBody.js';

describe('withExactWireBody', () => {
  const received: unknown[] = [];
  const sent: { headers: Record<string, string>; body: unknown }[] = [];
  const recording: IntegrationImplementation = {
    putIntegration: (body, ctx) => (received.push(body), referenceImplementation.putIntegration(body, ctx)),
    updateIntegration: (current, body, ctx) => (received.push(body), referenceImplementation.updateIntegration(current, body, ctx)),
  };
  const client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });
  // After signing: the request exactly as it leaves the client.
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers: Record<string, string>; body: unknown };
      sent.push({ headers: { ...request.headers }, body: request.body });
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'captureSignedRequest' },
  );
  let mock: MockServer;
  let path: { restApiId: string; resourceId: string; httpMethod: string };

  beforeAll(async () => {
    mock = startMockServer({ implementation: recording });
    const api = await client.send(new CreateRestApiCommand({ name: 'wire' }));
    path = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
    await client.send(new PutMethodCommand({ ...path, authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ ...path, type: 'MOCK' }));
    received.length = 0;
    sent.length = 0;
  });
  afterAll(() => mock.close());

  const update = (body: unknown) => client.send(withExactWireBody(new UpdateIntegrationCommand(path), body)).catch((e: Error) => e);

  it('sends a non-string patch value and extra members untouched, signed over the sent bytes', async () => {
    const body = { patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: 1234 }], extra: { nested: [true, null] } };
    await update(body);
    expect(received).toEqual([body]);
    const { headers, body: wire } = sent.at(-1)!;
    expect(wire).toBe(JSON.stringify(body));
    expect(headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(body))));
    expect(headers['x-amz-content-sha256']).toBe(createHash('sha256').update(JSON.stringify(body)).digest('hex'));
  });

  it('sends the PutIntegration wire body with `httpMethod` as the backend verb, not the SDK input', async () => {
    const body = { type: 'HTTP', httpMethod: 'POST', uri: 'https://example.com', unknownMember: 1 };
    const answer = await client.send(withExactWireBody(new PutIntegrationCommand(path as PutIntegrationCommandInput), body));
    expect(received.at(-1)).toEqual(body);
    expect(answer.httpMethod).toBe('POST');
  });

  it('sends non-object bodies as they are', async () => {
    for (const body of [[1, 'two'], 'just a string', 42, null]) {
      await update(body);
      expect(received.at(-1)).toEqual(body);
    }
  });

  it('sends an empty body for undefined, which the mock reads as an empty input', async () => {
    await update(undefined);
    expect(sent.at(-1)!.body).toBe('');
    expect(received.at(-1)).toEqual({});
  });
});
