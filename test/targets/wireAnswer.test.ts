/**
 * Outcomes are what the target put on the wire, not what the SDK's deserializer kept: null members
 * and unknown members are reported (they are divergences from AWS, which leaves unset keys absent),
 * HAL members are dropped, and an error's message is the body's own text.
 */
import { describe, expect, it } from 'vitest';
import type { IntegrationImplementation, Outcome } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { serve } from '../../src/mock/serve.js';
import { EndpointTarget } from '../../src/targets/endpointTarget.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import type { Target } from '../../src/targets/target.js';

/** moto's habit: unset members as null; plus a member AWS does not have, and HAL links from the docs' samples. */
const withExtras = (outcome: Outcome): Outcome =>
  outcome.ok
    ? { ...outcome, value: { ...outcome.value, credentials: null, emulatorRevision: { n: 7 }, _links: { self: { href: '/x' } } } as never }
    : outcome;

const motoLike: IntegrationImplementation = {
  putIntegration: async (body, ctx) => withExtras(await referenceImplementation.putIntegration(body, ctx)),
  updateIntegration: async (current, body, ctx) =>
    JSON.stringify(body).includes('/emptyMessage')
      ? { ok: false, error: { name: 'BadRequestException', status: 400, message: '' } }
      : withExtras(await referenceImplementation.updateIntegration(current, body, ctx)),
};

async function checkWireOutcomes(target: Target): Promise<void> {
  const [session] = await target.open(1);
  const put = await session!.putIntegration({ type: 'MOCK' });
  expect(put).toMatchObject({ ok: true, status: 201, value: { type: 'MOCK', credentials: null, emulatorRevision: { n: 7 } } });
  expect(put.ok && '_links' in put.value).toBe(false);
  expect(await session!.getIntegration()).toEqual({ ...put, status: 200 });

  const updated = await session!.updateIntegration({ patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '3000' }] });
  expect(updated).toMatchObject({ ok: true, status: 200, value: { timeoutInMillis: 3000, credentials: null, emulatorRevision: { n: 7 } } });

  // The SDK would say 'UnknownError' for an empty message; the target said ''.
  expect(await session!.updateIntegration({ patchOperations: [{ op: 'replace', path: '/emptyMessage', value: 'x' }] })).toEqual({
    ok: false,
    error: { name: 'BadRequestException', status: 400, message: '' },
  });
}

describe('Outcomes from the raw wire answer', () => {
  it('keep null and unknown members, behind the msw target', async () => {
    const target = new MswTarget({ implementation: motoLike });
    try {
      await checkWireOutcomes(target);
    } finally {
      await target.close();
    }
  });

  it('keep null and unknown members, behind serve over real sockets', async () => {
    const served = await serve({ implementation: motoLike });
    const target = new EndpointTarget({ endpoint: served.url, quotas: false, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      await checkWireOutcomes(target);
    } finally {
      await target.close();
      await served.close();
    }
  });
});
