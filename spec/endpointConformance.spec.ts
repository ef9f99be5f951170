/**
 * The endpoint target over real sockets: `serve` on an ephemeral loopback port, the suite talking to
 * it through the SDK as it would to LocalStack. It conforms against the reference, catches a faulty
 * implementation served the same way, and leaves no RestApi behind, also after a SIGINT mid-run.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { conformanceProperties, propertiesOf } from './properties/index.js';
import { describe, expect, it } from 'vitest';
import { serve } from '../src/mock/serve.js';
import { runSuite } from '../src/run/runSuite.js';
import { createApiGatewayClient } from '../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../src/sdk/dummyCredentials.js';
import { EndpointTarget } from '../src/targets/endpointTarget.js';
import { faultyImplementations, servedAs } from '../src/selfCheck/faultyImplementations/index.js';

// The reference run keeps the edge sweep: escaped and odd keys in URL paths over real HTTP are what it is for.
const settings = { target: 'endpoint', runs: 12, seed: 4566, workers: 1, properties: [] };
const suite = (url: string, sweep = true) => {
  const target = new EndpointTarget({ endpoint: url, credentials: dummyCredentials(), quotas: false });
  return { target, run: (only?: string[]) => runSuite({ target, settings: { ...settings, ...(sweep ? {} : { sweep: false }) }, ...(only ? { only } : {}), replayCommand: () => '', cli: {} }).finally(() => target.close()) };
};
const restApis = async (url: string) =>
  (await createApiGatewayClient({ endpoint: url, region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 }).send(new GetRestApisCommand({}))).items ?? [];

describe('endpoint target against serve (real sockets)', () => {
  it('conforms against the reference and leaves no RestApi behind', async () => {
    const served = await serve();
    try {
      // Integration's properties with their sweep (escaped keys in URL paths); every other resource's
      // random cases (their refused keys among them), whose sweeps the msw runs cover.
      const integration = propertiesOf('Integration');
      const { report } = await suite(served.url).run(integration);
      const { report: declared } = await suite(served.url, false).run(conformanceProperties.map((p) => p.id).filter((id) => !integration.includes(id)));
      for (const r of [report, declared]) {
        expect(r.divergences.map((d) => d.replayCommand)).toEqual([]);
        expect(r.properties.every((p) => p.verdict === 'holds' && p.cases === settings.runs)).toBe(true);
      }
      expect(declared.properties.length).toBeGreaterThan(15);
      expect(await restApis(served.url)).toEqual([]);
    } finally {
      await served.close();
    }
  });

  it('catches a faulty implementation served the same way', async () => {
    const fault = faultyImplementations.find((f) => f.id === 'missing-key-upsert')!;
    const served = await serve(servedAs(fault));
    try {
      // The fault is in Integration: its properties judge it.
      const { report } = await suite(served.url, false).run(propertiesOf('Integration'));
      expect(report.verdict).toBe('diverges');
      expect(report.divergences.some((d) => d.rules[0]?.id.endsWith('.missing-key'))).toBe(true);
      expect(await restApis(served.url)).toEqual([]);
    } finally {
      await served.close();
    }
  });

  for (const workers of ['1', '2']) {
    it(`deletes its sandbox when the CLI is interrupted with SIGINT mid-run (--workers ${workers})`, async () => {
      const served = await serve();
      rmSync(`/tmp/apigw-sigint-report-${workers}`, { recursive: true, force: true });
      const child = spawn(process.execPath, ['bin/apigw-patch-conformance.mjs', 'run', '--endpoint-url', served.url, '--runs', '100000', '--seed', '3', '--workers', workers, '--report-dir', `/tmp/apigw-sigint-report-${workers}`], {
        env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      try {
        // Wait until every worker has created its sandbox and is checking cases.
        for (let i = 0; i < 300 && (await restApis(served.url)).length < Number(workers); i++) await new Promise((r) => setTimeout(r, 50));
        expect(await restApis(served.url)).toHaveLength(Number(workers));
        await new Promise((r) => setTimeout(r, 300));
        child.kill('SIGINT');
        const code = await new Promise<number | null>((r) => child.on('exit', r));
        expect(code).toBe(130);
        expect(await restApis(served.url)).toEqual([]);
        // What had finished is still reported, marked as interrupted.
        const partial = JSON.parse(readFileSync(`/tmp/apigw-sigint-report-${workers}/report.json`, 'utf8')) as { interrupted?: boolean };
        expect(partial.interrupted).toBe(true);
      } finally {
        child.kill('SIGKILL');
        await served.close();
      }
    });
  }
});
