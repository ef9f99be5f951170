/**
 * "Not implemented" detection: the text only counts on answers that are no AWS-style 4xx (501, 5xx,
 * typeless answers). A 4xx with an AWS error type saying "not implemented" is that request's answer.
 */
import { describe, expect, it } from 'vitest';
import type { IntegrationImplementation } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import { classifySdkFailure } from '../../src/targets/sdkFailure.js';

/** What the SDK throws for an HTTP error answer: `$fault` is set when the body named an AWS error type. */
const sdkError = (status: number, name: string, message: string, aws: boolean) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, ...(aws ? { $fault: status >= 500 ? 'server' : 'client' } : {}) });

describe('classifySdkFailure', () => {
  it('keeps a typed 4xx saying "not implemented" an answer', () => {
    expect(classifySdkFailure(sdkError(400, 'BadRequestException', 'op move is not implemented', true))).toEqual({
      kind: 'answer',
      error: { name: 'BadRequestException', status: 400, message: 'op move is not implemented' },
    });
  });

  it('reads the text as not implemented on 501, on 5xx and on typeless answers', () => {
    expect(classifySdkFailure(sdkError(501, 'InternalFailure', 'whatever', true)).kind).toBe('not-implemented');
    expect(classifySdkFailure(sdkError(500, 'InternalFailure', "API action 'UpdateIntegration' not yet implemented", true)).kind).toBe('not-implemented');
    expect(classifySdkFailure(sdkError(400, 'Unknown', 'The operation has not been implemented', false)).kind).toBe('not-implemented');
  });
});

describe('an implementation answering 400 "... is not implemented" for one patch', () => {
  it('is an Outcome, and UpdateIntegration stays in use for the rest of the run', async () => {
    const noMove: IntegrationImplementation = {
      putIntegration: (body, ctx) => referenceImplementation.putIntegration(body, ctx),
      updateIntegration: (current, body, ctx) =>
        JSON.stringify(body).includes('"move"')
          ? { ok: false, error: { name: 'BadRequestException', status: 400, message: 'op move is not implemented' } }
          : referenceImplementation.updateIntegration(current, body, ctx),
    };
    const target = new MswTarget({ implementation: noMove });
    try {
      const [session] = await target.open(1);
      await session!.putIntegration({ type: 'MOCK' });
      expect(await session!.updateIntegration({ patchOperations: [{ op: 'move', from: '/timeoutInMillis', path: '/x' }] })).toEqual({
        ok: false,
        error: { name: 'BadRequestException', status: 400, message: 'op move is not implemented' },
      });
      expect(await session!.updateIntegration({ patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '4000' }] })).toMatchObject({
        ok: true,
        value: { timeoutInMillis: 4000 },
      });
    } finally {
      await target.close();
    }
  });
});
