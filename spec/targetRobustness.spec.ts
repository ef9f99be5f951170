/**
 * The suite on unfriendly targets: with faults injected (throttles, 5xx, latency, dropped
 * connections) the verdicts stay "conforms" and nothing leaks; a target without UpdateIntegration is
 * reported once as "not implemented", not as a crash or hundreds of failures.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createControlPlane } from '../src/mock/controlPlane.js';
import { nodeHttpListener } from '../src/mock/nodeHttpAdapter.js';
import { runSuite } from '../src/run/runSuite.js';
import { dummyCredentials } from '../src/sdk/dummyCredentials.js';
import { EndpointTarget } from '../src/targets/endpointTarget.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import { propertiesOf } from './properties/index.js';

/** Integration's own properties. */
const integrationProperties = propertiesOf('Integration');

// Fault tolerance is about retries, not coverage: the random cases alone (no edge sweep).
const settings = { target: 'test', runs: 30, seed: 77, workers: 1, properties: [], sweep: false };

describe('robustness', () => {
  it('with 20% of requests faulted, every property still conforms, retries absorb the faults and no RestApi is left', async () => {
    const target = new MswTarget({ faults: { rate: 0.2, seed: 5 }, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 4 } });
    let report;
    try {
      // Integration's properties and one declared resource's (the declared ones share one property).
      ({ report } = await runSuite({ target, settings, only: [...integrationProperties, 'method-response-lifecycle'], replayCommand: () => '', cli: {} }));
    } finally {
      await target.close();
    }
    expect(report.divergences.map((d) => `${d.property}: ${JSON.stringify(d.fieldDiffs)}`)).toEqual([]);
    expect(report.properties.every((p) => p.verdict === 'holds')).toBe(true);
    const injected = target.controlPlane!.faults!.injected;
    for (const kind of ['throttle', 'unavailable', 'internal', 'latency', 'drop'] as const) expect(injected[kind], kind).toBeGreaterThan(0);
    // Faulted attempts are counted as API calls: the report shows what retries cost.
    expect(report.apiCalls.total).toBeGreaterThan(report.properties.reduce((n, p) => n + p.cases, 0));
    expect(target.controlPlane!.state.restApis.size).toBe(0);
  });

  it('a target without UpdateIntegration: reported once as not implemented, PutIntegration still checked', async () => {
    const plane = createControlPlane();
    // Only UpdateIntegration is missing: the other resources' updates stay.
    const withoutUpdate = plane.handlers.filter((h, n) => plane.routes[n]!.operation !== 'UpdateIntegration');
    const server = createServer(nodeHttpListener(withoutUpdate));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const target = new EndpointTarget({ endpoint: url, credentials: dummyCredentials(), quotas: false, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      const { report } = await runSuite({ target, settings, only: integrationProperties, replayCommand: () => '', cli: {} });
      expect(report.notImplemented.map((n) => n.operation)).toEqual(['UpdateIntegration']);
      expect(report.divergences).toEqual([]);
      const verdicts = Object.fromEntries(report.properties.map((p) => [p.id, p.verdict]));
      expect(verdicts).toEqual({
        'put-matches-reference': 'holds',
        'update-matches-reference': 'not-implemented',
        'get-after-update': 'not-implemented',
        'rejected-update-is-atomic': 'not-implemented',
        'model-based': 'not-implemented',
      });
      // Once known, the operation is not called again: a handful of calls, not hundreds.
      expect(report.properties.filter((p) => p.verdict === 'not-implemented').reduce((n, p) => n + p.apiCalls, 0)).toBeLessThan(20);
      // The scorecard says so per operation and per rule: what the unmade calls would have checked.
      const op = (id: string) => report.scorecard.operations.find((o) => o.id === id);
      expect(op('UpdateIntegration')).toMatchObject({ checked: 0, notImplemented: 4, conformance: null });
      expect(op('PutIntegration')).toMatchObject({ diverging: 0, conformance: 100 });
      expect(report.scorecard.rules.find((r) => r.id === 'patch.answer')!.notImplemented).toBeGreaterThan(0);
    } finally {
      await target.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    expect(plane.state.restApis.size).toBe(0);
  });
});

describe('a signal during a run against the in-process mock', () => {
  it('is handled (the run is all promises, yet SIGTERM gets a turn): exit 143 and a partial report marked interrupted', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = join(mkdtempSync(join(tmpdir(), 'apigw-term-')), 'report');
    const child = spawn(process.execPath, ['bin/apigw-patch-conformance.mjs', 'run', '--runs', '100000', '--workers', '1', '--seed', '2', '--report-dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      for (let i = 0; i < 200 && !stderr.includes('▶'); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500));
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      expect(code).toBe(143);
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { interrupted?: boolean; verdict: string };
      expect(report).toMatchObject({ interrupted: true, verdict: 'incomplete' });
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('a target that crashes on some requests, under injected faults', () => {
  it('reports the crashes, while every transient fault elsewhere is still retried away', async () => {
    const { referenceImplementation } = await import('../src/engine/referenceImplementation.js');
    const crashesOnRejectedPut = {
      putIntegration: (body: unknown, ctx: Parameters<typeof referenceImplementation.putIntegration>[1]) => {
        const out = referenceImplementation.putIntegration(body, ctx) as { ok: boolean };
        if (!out.ok) throw new Error('crash on a body it cannot take');
        return out as never;
      },
      updateIntegration: referenceImplementation.updateIntegration,
    };
    const target = new MswTarget({ implementation: crashesOnRejectedPut, faults: { rate: 0.3, seed: 1 }, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      const { report } = await runSuite({ target, settings: { ...settings, runs: 60 }, only: integrationProperties, replayCommand: () => '', cli: {} });
      expect(report.divergences.map((d) => d.property)).toEqual(['put-matches-reference']);
      expect(report.divergences[0]!.actual).toMatchObject({ ok: false, error: { status: 500 } });
    } finally {
      await target.close();
    }
  });
});
