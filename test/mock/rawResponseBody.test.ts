/** The raw-response middleware: it sees the body the SDK's deserializer hides, and the SDK still deserializes it. */
import { GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswDispatchHandler } from '../../src/mock/mswDispatchHandler.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { withRawResponseBody, type RawResponse } from '../../src/sdk/rawResponseBody.js';

const answers: Record<string, () => Response> = {
  extras: () => HttpResponse.json({ id: 'extras', name: 'raw', description: null, unknownMember: [1, null] }),
  missing: () => HttpResponse.json({ message: 'Invalid API identifier specified' }, { status: 404, headers: { 'x-amzn-ErrorType': 'NotFoundException' } }),
  array: () => HttpResponse.json([{ id: 'array' }]),
};
const client = createApiGatewayClient({
  region: 'us-east-1',
  credentials: dummyCredentials(),
  maxAttempts: 1,
  requestTimeoutMs: 5000,
  requestHandler: mswDispatchHandler(() => [http.get('*/restapis/:id', ({ params }) => answers[params.id as string]!())]),
});

async function getRestApi(restApiId: string): Promise<{ output: unknown; recorded: RawResponse[] }> {
  const recorded: RawResponse[] = [];
  const output = await client.send(withRawResponseBody(new GetRestApiCommand({ restApiId }), (r) => recorded.push(r))).catch((e: unknown) => e);
  return { output, recorded };
}

describe('withRawResponseBody', () => {
  it('records null and unknown members the SDK output drops, and the SDK still reads the body', async () => {
    const { output, recorded } = await getRestApi('extras');
    expect(output).toMatchObject({ id: 'extras', name: 'raw' });
    expect(output).not.toHaveProperty('description');
    expect(output).not.toHaveProperty('unknownMember');
    expect(recorded).toEqual([{ status: 200, headers: expect.any(Object), json: { id: 'extras', name: 'raw', description: null, unknownMember: [1, null] } }]);
  });

  it('records an error answer, headers included, before the SDK throws', async () => {
    const { output, recorded } = await getRestApi('missing');
    expect(output).toMatchObject({ name: 'NotFoundException', message: 'Invalid API identifier specified' });
    expect(recorded[0]).toMatchObject({ status: 404, json: { message: 'Invalid API identifier specified' } });
    expect(recorded[0]!.headers['x-amzn-errortype']).toBe('NotFoundException');
  });

  it('records a body that is no JSON object as null', async () => {
    const { recorded } = await getRestApi('array');
    expect(recorded[0]).toMatchObject({ status: 200, json: null });
  });
});
