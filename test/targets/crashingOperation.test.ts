/**
 * An operation shown to crash (a 500 through every retry while the target answers a probe) keeps its
 * whole retry budget on later requests, so a transient 5xx never passes for an answer, but without
 * the back-off between attempts: against an emulator that crashes on every such request, the wait
 * was most of a run (moto's GetMethodResponse after a delete: 368 s for 20 cases, 16 s now).
 */
import { describe, expect, it } from 'vitest';
import { ApiCaller } from '../../src/targets/apiCaller.js';
import { PersistentServerError } from '../../src/targets/persistentServerError.js';

const crash = () => Promise.reject(Object.assign(new Error('boom'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 }, $fault: 'server' }));
const probe = { operation: 'GetRestApis', send: () => Promise.resolve({}) };

describe('a crashing operation', () => {
  it('is retried with back-off until shown to crash, then without it, with the same number of attempts', async () => {
    const sleeps: number[] = [];
    const caller = new ApiCaller({ retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 }, sleep: async (ms) => void sleeps.push(ms) });
    await expect(caller.call('GetMethodResponse', crash, { probe })).rejects.toBeInstanceOf(PersistentServerError);
    expect(sleeps.length).toBe(2);
    const before = caller.calls;
    await expect(caller.call('GetMethodResponse', crash, { probe })).rejects.toBeInstanceOf(PersistentServerError);
    expect(caller.calls - before).toBe(3 + 1); // every attempt again, then the probe
    expect(sleeps.length).toBe(2); // no back-off this time
    // Another operation is not affected.
    await expect(caller.call('GetMethod', crash, { probe })).rejects.toBeInstanceOf(PersistentServerError);
    expect(sleeps.length).toBe(4);
  });
});
