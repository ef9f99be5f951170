/**
 * The individual measurements of `npm run bench`, each meant to run in a fresh process so that
 * timings and peak memory are its own (bench.ts spawns one process per measurement).
 */
import { APIGatewayClient, UpdateIntegrationCommand } from '@aws-sdk/client-api-gateway';
import fc from 'fast-check';
import { updateCase } from '../generators/index.js';
import { putIntegration } from '../src/engine/putIntegration.js';
import { updateIntegration } from '../src/engine/updateIntegration.js';
import { serve } from '../src/mock/serve.js';
import { runProperty } from '../src/run/runProperty.js';
import { runSuite, selectProperties } from '../src/run/runSuite.js';
import { dummyCredentials } from '../src/sdk/dummyCredentials.js';
import { EndpointTarget } from '../src/targets/endpointTarget.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import type { Target, TargetSession } from '../src/targets/target.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';

const ctx = { restApiId: 'benchapi01', resourceId: 'benchres1', httpMethod: 'GET', methodRequestParameters: sandboxMethodRequestParameters };

/** Single-operation patches per second through the reference engine (no I/O). */
export function enginePatchesPerSecond(): Record<string, number> {
  const cases = fc.sample(updateCase, { seed: 7, numRuns: 4000 }).flatMap((c) => {
    const put = putIntegration(c.put, ctx).outcome;
    return put.ok ? c.patch.patchOperations.slice(0, 1).map((op) => ({ state: put.value, body: { patchOperations: [op] } })) : [];
  });
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    for (const c of cases) updateIntegration(c.state, c.body, ctx);
    n += cases.length;
  }
  return { engine_patches_per_s: Math.round(n / ((performance.now() - started) / 1000)) };
}

/** The SDK alone: UpdateIntegration round trips through a request handler that answers without HTTP. */
export async function sdkFloorCallsPerSecond(): Promise<Record<string, number>> {
  const body = JSON.stringify({ type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'benchres1', cacheKeyParameters: [] });
  const { Readable } = await import('node:stream');
  const client = new APIGatewayClient({
    region: 'us-east-1',
    credentials: dummyCredentials(),
    maxAttempts: 1,
    requestHandler: {
      handle: async () => ({ response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from(body)]) } }),
    } as never,
  });
  const send = () => client.send(new UpdateIntegrationCommand({ restApiId: 'a', resourceId: 'b', httpMethod: 'GET', patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '1000' }] }));
  for (let i = 0; i < 300; i++) await send();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    await send();
    n += 1;
  }
  return { sdk_floor_calls_per_s: Math.round(n / ((performance.now() - started) / 1000)) };
}

async function suiteThroughput(target: Target, session: TargetSession, property: string, runs: number): Promise<{ casesPerSecond: number; callsPerCase: number }> {
  const prop = selectProperties([property])[0]!;
  // Warm up the SDK, the mock and the JIT before the timed run.
  await runProperty(prop, session, { seed: 1, runs: 20, apiCalls: () => target.calls });
  const started = performance.now();
  const run = await runProperty(prop, session, { seed: 42, runs, apiCalls: () => target.calls });
  const seconds = (performance.now() - started) / 1000;
  // A checked case: one generated case, or one step of a stateful chain (what a fresh call is spent on).
  const checked = run.result.apiCalls / run.callsPerCheckedCase;
  return { casesPerSecond: checked / seconds, callsPerCase: Math.round(run.callsPerCheckedCase * 1000) / 1000 };
}

export async function mswCasesPerSecond(): Promise<Record<string, number>> {
  const target = new MswTarget();
  try {
    const [session] = (await target.open(1)) as [TargetSession];
    const stateful = await suiteThroughput(target, session, 'model-based', 300);
    const stateless = await suiteThroughput(target, session, 'update-matches-reference', 1000);
    return {
      msw_cases_per_s: Math.round(stateful.casesPerSecond),
      msw_stateless_cases_per_s: Math.round(stateless.casesPerSecond),
      calls_per_case_stateful: stateful.callsPerCase,
      calls_per_case_stateless: stateless.callsPerCase,
    };
  } finally {
    await target.close();
  }
}

export async function serveCasesPerSecond(): Promise<Record<string, number>> {
  const served = await serve();
  const target = new EndpointTarget({ endpoint: served.url, credentials: dummyCredentials(), quotas: false });
  try {
    const [session] = (await target.open(1)) as [TargetSession];
    const stateful = await suiteThroughput(target, session, 'model-based', 300);
    return { serve_cases_per_s: Math.round(stateful.casesPerSecond) };
  } finally {
    await target.close();
    await served.close();
  }
}

/** Peak memory of a run of `cases` stateless cases through msw (flat memory: compare 2k with 10k). */
export async function peakRss(cases: number): Promise<Record<string, number>> {
  const target = new MswTarget();
  try {
    await runSuite({ target, settings: { target: 'msw', runs: cases, seed: 42, workers: 1, properties: [] }, only: ['update-matches-reference'], replayCommand: () => '', cli: {} });
  } finally {
    await target.close();
  }
  return { [`peak_rss_mb_${cases >= 1000 ? `${cases / 1000}k` : cases}`]: Math.round(process.resourceUsage().maxRSS / 1024) };
}
