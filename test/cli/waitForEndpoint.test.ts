/** `--wait-for-endpoint`: a CI job whose emulator is still starting waits for it instead of failing at once. */
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/mock/serve.js';
import { oneLineError, runCli, runCliAsync } from './runCli.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

describe('--wait-for-endpoint', () => {
  it('waits for an endpoint that starts listening after the run began, then runs against it', async () => {
    const port = await freePort();
    const run = runCliAsync(['run', '--endpoint-url', `http://127.0.0.1:${port}`, '--wait-for-endpoint', '30', '--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off', '--quiet', '--report-dir', join(mkdtempSync(join(tmpdir(), 'wait-')), 'r')]);
    await new Promise((ok) => setTimeout(ok, 1500));
    const served = await serve({ port });
    try {
      const r = await run;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    } finally {
      await served.close();
    }
  });

  it('only with an endpoint target: one line otherwise', () => {
    const r = runCli(['run', '--wait-for-endpoint', '5', '--runs', '1']);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/--wait-for-endpoint waits for an emulator to start: use it with --endpoint-url/);
  });
});
