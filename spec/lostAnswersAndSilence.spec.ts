/**
 * What a target's lost answers and silences become. A patch or a delete whose answer is lost is never
 * sent again blindly (the second remove of a key would 404 and look like a bug): the integration is
 * read back first. A call an implementation never answers becomes a "no answer" finding, and the run
 * ends normally; a target that answers nothing ends the run with exit 3 and a report.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntegrationImplementation } from '../src/contract.js';
import { referenceImplementation } from '../src/engine/referenceImplementation.js';
import { runSuite } from '../src/run/runSuite.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import { runCli } from '../test/cli/runCli.js';

// Lost answers are about settling state changes, not coverage: the random cases alone (no edge sweep).
const settings = { target: 'test', runs: 40, seed: 9, workers: 1, properties: [], sweep: false };

describe('lost answers', () => {
  it('applied and then lost, patches and deletes are settled by reading back: the reference still conforms, nothing is a divergence', async () => {
    const target = new MswTarget({ faults: { rate: 0.25, seed: 4, kinds: { lost: 1 }, operations: ['UpdateIntegration', 'DeleteIntegration'] }, retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      const { report } = await runSuite({ target, settings, replayCommand: () => '', cli: {} });
      expect(report.divergences.map((d) => `${d.operation} ${d.rules[0]!.id}`)).toEqual([]);
      expect(target.controlPlane!.faults!.injected.lost).toBeGreaterThan(20);
      expect(report.properties.reduce((n, p) => n + (p.lostAnswers ?? 0), 0)).toBeGreaterThan(0);
      expect(report.verdict).toBe('conforms');
    } finally {
      await target.close();
    }
  });
});

describe('silence', () => {
  it('a call an in-process implementation never answers is a "no answer" finding; the run goes on to its end', async () => {
    const hangsOnMock: IntegrationImplementation = {
      putIntegration: (body, ctx) => ((body as { type?: unknown } | null)?.type === 'AWS_PROXY' ? new Promise(() => undefined) : referenceImplementation.putIntegration(body, ctx)),
      updateIntegration: referenceImplementation.updateIntegration,
    };
    const target = new MswTarget({ implementation: hangsOnMock, answerTimeoutMs: 50 });
    try {
      const { report } = await runSuite({ target, settings: { ...settings, runs: 10, properties: ['put-matches-reference'] }, only: ['put-matches-reference'], replayCommand: () => '', cli: {} });
      expect(report.divergences.map((d) => [d.operation, d.rules[0]!.id, d.kind])).toEqual([['PutIntegration', 'target.no-answer', 'crash']]);
      expect(report.divergences[0]!.actual).toMatchObject({ ok: false, error: { name: 'NoAnswer', status: 504 } });
      expect(report.properties[0]!.cases).toBe(10);
    } finally {
      await target.close();
    }
  });

  it('an endpoint that accepts connections and never answers: exit 3, with a report that says why', () => {
    const server = createServer(() => undefined); // never writes a byte
    return new Promise<void>((resolve, reject) => {
      server.listen(0, '127.0.0.1', () => {
        try {
          const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          const dir = join(mkdtempSync(join(tmpdir(), 'apigw-silent-')), 'r');
          const r = runCli(['run', '--endpoint-url', url, '--runs', '2', '--report-dir', dir, '--request-timeout', '0.3']);
          expect(r.code).toBe(3);
          expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^apigw-patch-conformance: .*(unreachable|failed after)/);
          expect(existsSync(join(dir, 'report.json'))).toBe(true);
          resolve();
        } catch (e) {
          reject(e);
        } finally {
          server.closeAllConnections();
          server.close();
        }
      });
    });
  }, 90_000);
});
