/**
 * A finding's repro script runs: against `serve` (through a stand-in for the AWS CLI, as CI has none),
 * it makes its own RestApi and what the case needs, shows the diverging answer, and leaves nothing
 * behind, account-level resources included.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetApiKeysCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import { EndpointTarget, runSuite, serve } from '../../src/index.js';
import { writeReports } from '../../src/report/writeReports.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { faultyDeclarations } from '../../src/selfCheck/faultyDeclarations/index.js';
import { repoRoot } from '../cli/runCli.js';

const fakeCli = join(repoRoot, 'test/fixtures/fakeAwsCli');
const bash = (script: string): Promise<{ code: number | null; out: string }> =>
  new Promise((done) => {
    const child = spawn('bash', [script], { env: { ...process.env, PATH: `${fakeCli}:${process.env.PATH}` } });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('close', (code) => done({ code, out }));
  });

describe('repro scripts', () => {
  for (const id of ['stage-cache-status-available', 'api-key-update-shows-value']) {
    it(`${id}: the script shows the divergence and deletes all it made`, async () => {
      const fault = faultyDeclarations.find((f) => f.id === id)!;
      const served = await serve({ resources: fault.resources });
      try {
        const report = await runSuite({ target: new EndpointTarget({ endpoint: served.url, region: 'us-east-1', quotas: false, credentials: dummyCredentials() }), runs: 5, seed: 1, sweep: false, resources: [fault.resource] });
        expect(report.divergences.length).toBeGreaterThan(0);
        const dir = join(mkdtempSync(join(tmpdir(), 'repro-')), 'r');
        await writeReports({ ...report, settings: { ...report.settings, endpoint: served.url } }, dir);
        const finding = report.divergences[0]!;
        expect(readdirSync(join(dir, 'repro'))).toContain(`${finding.id}.sh`);
        const r = await bash(join(dir, 'repro', `${finding.id}.sh`));
        expect(r.code, r.out).toBe(0);
        // The diverging call is shown with its answer.
        expect(r.out).toContain(`aws apigateway ${finding.operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`);
        const client = createApiGatewayClient({ endpoint: served.url, region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: 5000 });
        expect((await client.send(new GetRestApisCommand({}))).items ?? []).toEqual([]);
        expect((await client.send(new GetApiKeysCommand({}))).items ?? []).toEqual([]);
      } finally {
        await served.close();
      }
    }, 60_000);
  }
});
