/**
 * The SDK's environment conventions choose the target when no flag does: an emulator's CI that sets
 * AWS_ENDPOINT_URL must reach the emulator, never fall back to the embedded mock (a false green).
 */
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

describe('AWS_ENDPOINT_URL', () => {
  for (const variable of ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_API_GATEWAY']) {
    it(`${variable} at a closed loopback port: the endpoint target, exit 3, and a report saying why`, async () => {
      const port = await closedPort();
      const dir = join(mkdtempSync(join(tmpdir(), 'env-target-')), 'r');
      const r = runCli(['run', '--runs', '1', '--report-dir', dir], { [variable]: `http://127.0.0.1:${port}` });
      expect(r.code).toBe(3);
      expect(r.stdout.split('\n')[0]).toBe(`target: endpoint http://127.0.0.1:${port} (from ${variable}); seed ${/seed (-?\d+)/.exec(r.stdout)![1]}; 1 case(s) per property`);
      expect(r.stderr).toContain('unreachable');
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('unreachable');
    });
  }

  it('a --target flag wins over the environment', () => {
    const r = runCli(['run', '--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off', '--report-dir', join(mkdtempSync(join(tmpdir(), 'env-target-')), 'r')], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    // No --target: the endpoint; so this run must not have reached the mock.
    expect(r.code).toBe(3);
    const msw = runCli(['run', '--target', 'msw', '--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off', '--report-dir', join(mkdtempSync(join(tmpdir(), 'env-target-')), 'r')], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(msw.code).toBe(0);
    expect(msw.stdout.split('\n')[0]).toMatch(/^target: msw \(reference\)/);
  });
});
