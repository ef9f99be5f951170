/**
 * Real sockets on loopback: EndpointTarget against `serve` (ephemeral port), sweep, signal cleanup,
 * and the "not implemented" detection. No msw interception in this process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createControlPlane } from '../../src/mock/controlPlane.js';
import { nodeHttpListener } from '../../src/mock/nodeHttpAdapter.js';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { installCleanupOnSignals } from '../../src/targets/cleanupOnSignals.js';
import { EndpointTarget } from '../../src/targets/endpointTarget.js';
import { sweep } from '../../src/targets/sweep.js';
import { OperationNotImplementedError, ResponseLostError, TargetUnavailableError } from '../../src/targets/target.js';

const fastRetry = { baseDelayMs: 1, maxDelayMs: 20 };

describe('EndpointTarget against serve', () => {
  let served: ServedControlPlane;
  const client = () => createApiGatewayClient({ endpoint: served.url, region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });

  beforeAll(async () => {
    // No credentials anywhere: the target must fall back to dummy ones because the endpoint is loopback.
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_PROFILE', '');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    served = await serve({ seed: 5 });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await served.close();
  });
  afterEach(() => served.controlPlane.reset());

  it('binds loopback on an ephemeral port', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('opens a tagged sandbox, round-trips an integration, and close() leaves GetRestApis empty', async () => {
    const target = new EndpointTarget({ endpoint: served.url, quotas: false, retry: fastRetry, runId: 'r1' });
    const sessions = await target.open(3);
    expect(sessions.map((s) => s.ctx.httpMethod)).toEqual(['GET', 'GET', 'GET']);
    const apis = (await client().send(new GetRestApisCommand({}))).items ?? [];
    expect(apis.map((a) => [a.name, a.tags])).toEqual([['apigw-patch-conformance-r1', { createdBy: 'apigw-patch-conformance', runId: 'r1' }]]);
    const paths = [...served.controlPlane.state.restApis.values()][0]!.resources;
    expect([...paths.values()].map((r) => r.path).sort()).toEqual(['/', '/s0', '/s0/{proxy+}', '/s1', '/s1/{proxy+}', '/s2', '/s2/{proxy+}']);

    const s = sessions[1]!;
    const put = await s.putIntegration({ type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    expect(put).toMatchObject({ ok: true, status: 201, value: { type: 'MOCK', cacheNamespace: s.ctx.resourceId } });
    const updated = await s.updateIntegration({ patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '3000' }] });
    expect(updated).toMatchObject({ ok: true, status: 200, value: { timeoutInMillis: 3000 } });
    expect(await s.getIntegration()).toEqual(updated);
    expect(await s.updateIntegration({ patchOperations: [{ op: 'replace', path: '/nope', value: 'x' }] })).toMatchObject({
      ok: false,
      error: { name: 'BadRequestException', status: 400 },
    });

    await target.close();
    await target.close(); // idempotent
    expect((await client().send(new GetRestApisCommand({}))).items).toEqual([]);
    // CreateRestApi, the account probe, three calls per slot resource, the integration's four, DeleteRestApi.
    expect(target.calls).toBe(1 + 1 + 3 * 3 + 4 + 1);
  });

  it('uses dummy credentials for loopback endpoints only', async () => {
    const remote = new EndpointTarget({ endpoint: 'https://apigateway.example.com', quotas: false, retry: fastRetry });
    await expect(remote.open(1)).rejects.toThrow(/^no AWS credentials resolved for https:\/\/apigateway\.example\.com/);
    expect(remote.calls).toBe(0);
  });

  it('declares an endpoint nobody listens on unavailable after the retries', async () => {
    const closed = await serve();
    await closed.close();
    const target = new EndpointTarget({ endpoint: closed.url, quotas: false, retry: { ...fastRetry, maxAttempts: 3 } });
    const error = await target.open(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetUnavailableError);
    expect((error as Error).message).toMatch(/^CreateRestApi failed after 3 attempts: no status .*ECONNREFUSED/);
    expect(target.calls).toBe(3);
  });

  it('retries dropped connections and 5xx over a real socket', async () => {
    const faulty = await serve({ faults: { seed: 2, rate: 0.3, kinds: { drop: 1, internal: 1, throttle: 1 }, retryAfterSeconds: 0 } });
    try {
      const target = new EndpointTarget({ endpoint: faulty.url, quotas: false, retry: { ...fastRetry, maxAttempts: 20 } });
      const [s] = await target.open(1);
      for (let i = 0; i < 10; i++) expect((await s!.getIntegration()).ok).toBe(false); // a read is retried through drops; no integration yet: 404
      // A PATCH whose answer is lost is not retried blindly: the caller gets ResponseLostError to settle by reading back.
      let lost = 0;
      for (let i = 0; i < 20; i++) {
        try {
          expect((await s!.updateIntegration({ patchOperations: [] })).ok).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(ResponseLostError);
          lost++;
        }
      }
      expect(lost).toBeGreaterThan(0);
      await target.close();
      expect(faulty.controlPlane.state.restApis.size).toBe(0);
      expect(faulty.controlPlane.faults!.injected.drop).toBeGreaterThan(0);
    } finally {
      await faulty.close();
    }
  });

  it('deletes the sandbox on SIGTERM', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      const target = new EndpointTarget({ endpoint: served.url, quotas: false, retry: fastRetry });
      const uninstall = installCleanupOnSignals(target);
      await target.open(1);
      expect(served.controlPlane.state.restApis.size).toBe(1);
      process.emit('SIGTERM');
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(143));
      expect(served.controlPlane.state.restApis.size).toBe(0);
      uninstall();
    } finally {
      exit.mockRestore();
    }
  });

  it('sweep deletes only tagged sandboxes older than the cutoff', async () => {
    const c = client();
    const tagged = await c.send(new CreateRestApiCommand({ name: 'apigw-patch-conformance-old', tags: { createdBy: 'apigw-patch-conformance', runId: 'old' } }));
    await c.send(new CreateRestApiCommand({ name: 'apigw-patch-conformance-untagged' }));
    await c.send(new CreateRestApiCommand({ name: 'apigw-patch-conformance-other', tags: { createdBy: 'someone-else' } }));
    await c.send(new CreateRestApiCommand({ name: 'production-api', tags: { runId: 'old' } }));
    const hour = 3_600_000;

    expect((await sweep({ client: c, olderThanMs: hour, dryRun: false, quotas: false })).restApis).toEqual([]);
    const dry = await sweep({ client: c, olderThanMs: hour, dryRun: true, now: Date.now() + 2 * hour, quotas: false });
    expect(dry.restApis.map((a) => [a.id, a.runId])).toEqual([[tagged.id, 'old']]);
    expect(served.controlPlane.state.restApis.size).toBe(4);

    const done = await sweep({ client: c, olderThanMs: hour, dryRun: false, now: Date.now() + 2 * hour, quotas: false });
    expect(done.restApis.map((a) => a.id)).toEqual([tagged.id]);
    const left = (await c.send(new GetRestApisCommand({}))).items!.map((a) => a.name).sort();
    expect(left).toEqual(['apigw-patch-conformance-other', 'apigw-patch-conformance-untagged', 'production-api']);
  });

  it('serves through @mswjs/http-middleware too, and refuses its dropped-connection faults', async () => {
    await expect(serve({ adapter: 'http-middleware', faults: { seed: 1, rate: 0.5 } })).rejects.toThrow(/cannot inject dropped connections/);
    const viaExpress = await serve({ adapter: 'http-middleware' });
    try {
      const target = new EndpointTarget({ endpoint: viaExpress.url, quotas: false, retry: fastRetry });
      const [s] = await target.open(1);
      expect(await s!.putIntegration({ type: 'MOCK' })).toMatchObject({ ok: true, status: 201 });
      await target.close();
      expect(viaExpress.controlPlane.state.restApis.size).toBe(0);
    } finally {
      await viaExpress.close();
    }
  });
});

describe('an endpoint without UpdateIntegration', () => {
  it('throws OperationNotImplementedError once, then fails fast without calling', async () => {
    const cp = createControlPlane();
    const handlers = cp.handlers.filter((_h, i) => cp.routes[i]!.operation !== 'UpdateIntegration');
    const server = createServer(nodeHttpListener(handlers));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const target = new EndpointTarget({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, quotas: false, retry: fastRetry });
      const [s] = await target.open(1);
      await s!.putIntegration({ type: 'MOCK' });
      const err = await s!.updateIntegration({ patchOperations: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OperationNotImplementedError);
      expect((err as Error).message).toMatch(/UpdateIntegration is not implemented by the target \(404 Unknown: UnknownError/);
      const calls = target.calls;
      await expect(s!.updateIntegration({ patchOperations: [] })).rejects.toBe(err);
      expect(target.calls).toBe(calls);
      await target.close();
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it("reads moto's bare 500 on every attempt as not implemented, after the retries and a canary (an empty patch) that gets the same", async () => {
    const cp = createControlPlane();
    const motoStyle = http.patch('*/restapis/:a/resources/:r/methods/:m/integration', () =>
      new HttpResponse('<!doctype html><title>500 Internal Server Error</title>', { status: 500, headers: { 'content-type': 'text/html' } }),
    );
    const server = createServer(nodeHttpListener([motoStyle, ...cp.handlers]));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const target = new EndpointTarget({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, quotas: false, retry: { ...fastRetry, maxAttempts: 3 } });
      const [s] = await target.open(1);
      const before = target.calls;
      await expect(s!.updateIntegration({ patchOperations: [] })).rejects.toThrow(/UpdateIntegration is not implemented by the target \(500 SyntaxError: .*the same non-AWS 5xx on all 3 attempts\)/);
      expect(target.calls - before).toBe(6);
      await target.close();
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});

describe('a bare 500 on an operation the target does implement', () => {
  it('is a crash answer (an Outcome), not "not implemented": the operation answered before, or its canary is answered', async () => {
    const cp = createControlPlane();
    // Crashes on one body only, with a page that is not AWS's; an empty patch (the canary) is answered.
    const crashing = http.patch('*/restapis/:a/resources/:r/methods/:m/integration', async ({ request }) =>
      (await request.clone().text()).includes('/crash')
        ? new HttpResponse('<!doctype html><title>500 Internal Server Error</title>', { status: 500, headers: { 'content-type': 'text/html' } })
        : undefined,
    );
    const server = createServer(nodeHttpListener([crashing, ...cp.handlers]));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const target = new EndpointTarget({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, quotas: false, retry: { ...fastRetry, maxAttempts: 2 } });
      const [s] = await target.open(1);
      await s!.putIntegration({ type: 'MOCK' });
      // The first UpdateIntegration of the run crashes: the canary shows the operation exists.
      const crash = await s!.updateIntegration({ patchOperations: [{ op: 'replace', path: '/crash', value: 'x' }] });
      expect(crash).toMatchObject({ ok: false, error: { status: 500 } });
      expect(await s!.updateIntegration({ patchOperations: [] })).toMatchObject({ ok: true, status: 200 });
      // Later crashes need no canary: the operation has answered.
      const before = target.calls;
      expect(await s!.updateIntegration({ patchOperations: [{ op: 'replace', path: '/crash', value: 'y' }] })).toMatchObject({ ok: false, error: { status: 500 } });
      expect(target.calls - before).toBe(3); // two attempts and the reachability probe
      await target.close();
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
