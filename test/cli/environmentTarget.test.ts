/**
 * The SDK's environment conventions choose the target when no flag does: an emulator's CI that sets
 * AWS_ENDPOINT_URL must reach the emulator, never fall back to the embedded mock (a false green).
 */
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/mock/serve.js';
import { runCli, runCliAsync } from './runCli.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

const reportDir = () => join(mkdtempSync(join(tmpdir(), 'env-target-')), 'r');
const quick = ['--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off'];

describe('AWS_ENDPOINT_URL', () => {
  it('AWS_ENDPOINT_URL alone: the run goes to that endpoint and says so in its first line', async () => {
    const served = await serve({ seed: 2 });
    try {
      const dir = reportDir();
      const r = await runCliAsync(['run', ...quick, '--report-dir', dir], { AWS_ENDPOINT_URL: served.url });
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^target: endpoint ${served.url.replace(/\/$/, '')} \\(from AWS_ENDPOINT_URL\\); seed -?\\d+; 1 case\\(s\\) per property$`));
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).settings.target).toContain('(from AWS_ENDPOINT_URL)');
    } finally {
      await served.close();
    }
  });

  it('AWS_ENDPOINT_URL_API_GATEWAY at a closed loopback port: exit 3, and a report saying why', async () => {
    const port = await closedPort();
    const dir = reportDir();
    const r = runCli(['run', ...quick, '--report-dir', dir], { AWS_ENDPOINT_URL_API_GATEWAY: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^target: endpoint http://127.0.0.1:${port} \\(from AWS_ENDPOINT_URL_API_GATEWAY\\)`));
    expect(r.stderr).toContain('unreachable');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('unreachable');
  });

  it('a --target flag wins over the environment', () => {
    const msw = runCli(['run', '--target', 'msw', ...quick, '--report-dir', reportDir()], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(msw.code).toBe(0);
    expect(msw.stdout.split('\n')[0]).toMatch(/^target: msw \(reference\)/);
  });
});
