/**
 * An implementation that crashes on one request: the mock answers 500 InternalFailure every time.
 * The target is up (a probe answers), so that 500 is reported as the operation's Outcome and the
 * suite reports a divergence, instead of declaring the target unreachable and skipping the property.
 */
import { describe, expect, it } from 'vitest';
import type { IntegrationImplementation } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { serve } from '../../src/mock/serve.js';
import { runSuite } from '../../src/run/runSuite.js';
import { EndpointTarget } from '../../src/targets/endpointTarget.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import { TargetUnavailableError } from '../../src/targets/target.js';

/** The reference engine, except that any patch with a `remove` operation crashes it. */
const crashesOnRemove: IntegrationImplementation = {
  putIntegration: (body, ctx) => referenceImplementation.putIntegration(body, ctx),
  updateIntegration: (current, body, ctx) => {
    const ops = (body as { patchOperations?: { op?: unknown }[] } | null)?.patchOperations;
    if (Array.isArray(ops) && ops.some((o) => o?.op === 'remove')) throw new TypeError('remove crashed');
    return referenceImplementation.updateIntegration(current, body, ctx);
  },
};
const removeTimeout = { patchOperations: [{ op: 'remove', path: '/timeoutInMillis' }] };
const replaceTimeout = { patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '5000' }] };
const crashAnswer = { ok: false, error: { name: 'InternalFailure', status: 500, message: 'implementation threw in UpdateIntegration: TypeError: remove crashed' } };

describe('a 5xx that persists on one request while the target is up', () => {
  it('is that request’s Outcome, after the retries and one probe (msw)', async () => {
    const target = new MswTarget({ implementation: crashesOnRemove, retry: { maxAttempts: 3 } });
    try {
      const [session] = await target.open(1);
      expect((await session!.putIntegration({ type: 'MOCK' })).ok).toBe(true);
      const before = target.calls;
      expect(await session!.updateIntegration(removeTimeout)).toEqual(crashAnswer);
      expect(target.calls - before).toBe(3 + 1); // the attempts, then GetRestApis as the probe
      // Only that request failed: the operation stays in use.
      expect(await session!.updateIntegration(replaceTimeout)).toMatchObject({ ok: true, value: { timeoutInMillis: 5000 } });
      // A later crash costs the full budget again: a transient 5xx elsewhere must not pass for an answer.
      const again = target.calls;
      expect(await session!.updateIntegration(removeTimeout)).toEqual(crashAnswer);
      expect(target.calls - again).toBe(3 + 1);
    } finally {
      await target.close();
    }
  });

  it('is that request’s Outcome over real sockets too (serve)', async () => {
    const served = await serve({ implementation: crashesOnRemove });
    const target = new EndpointTarget({ endpoint: served.url, quotas: false, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      const [session] = await target.open(1);
      await session!.putIntegration({ type: 'MOCK' });
      expect(await session!.updateIntegration(removeTimeout)).toEqual(crashAnswer);
    } finally {
      await target.close();
      await served.close();
    }
  });

  it('means the target is unavailable when the probe fails too', async () => {
    const target = new MswTarget({
      faults: { seed: 1, rate: 1, kinds: { internal: 1 }, operations: ['UpdateIntegration', 'GetRestApis'] },
      retry: { maxAttempts: 2 },
    });
    try {
      const [session] = await target.open(1);
      await session!.putIntegration({ type: 'MOCK' });
      const before = target.calls;
      const error = await session!.updateIntegration(replaceTimeout).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TargetUnavailableError);
      expect((error as Error).message).toMatch(/^UpdateIntegration failed after 2 attempts: 500 InternalFailure: .*; the probe GetRestApis failed too: GetRestApis failed after 2 attempts/);
      expect(target.calls - before).toBe(2 + 2);
    } finally {
      await target.close();
    }
  });

  it('makes the suite report a divergence, not an unreachable target', async () => {
    const target = new MswTarget({ implementation: crashesOnRemove, retry: { maxAttempts: 2 } });
    const settings = { target: 'msw', runs: 30, seed: 12, workers: 1, properties: [] };
    try {
      const { report, unavailable } = await runSuite({ target, settings, only: ['update-matches-reference'], replayCommand: () => '', cli: {} });
      expect(unavailable).toBeUndefined();
      expect(report.verdict).toBe('diverges');
      expect(report.properties.map((p) => p.verdict)).toEqual(['fails']);
      expect(report.divergences[0]!.actual).toEqual(crashAnswer);
    } finally {
      await target.close();
    }
  });
});
