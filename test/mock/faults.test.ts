/**
 * Fault injection through MswTarget: retried faults leave the Outcomes unchanged, faulted requests
 * never change state, and failures that persist end the run with the right typed error, or, for a
 * 5xx on one operation while the target answers a probe, become that operation's Outcome.
 */
import { describe, expect, it } from 'vitest';
import type { Integration, Outcome } from '../../src/contract.js';
import type { ControlPlane } from '../../src/mock/controlPlane.js';
import type { FaultKind } from '../../src/mock/faults.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import { OperationNotImplementedError, ResponseLostError, TargetUnavailableError, type TargetSession } from '../../src/targets/target.js';

const httpPut = { type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com/{proxy}' };
const patch = (op: string, path: string, value: unknown) => ({ patchOperations: [{ op, path, value }] });
const replace = (path: string, value: unknown) => patch('replace', path, value);

/** A fixed workload: successes and rejections on two slots. */
async function workload(sessions: TargetSession[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const s of sessions) {
    outcomes.push(await s.putIntegration(httpPut));
    outcomes.push(await s.putIntegration({ type: 'HTTP' })); // rejected: no backend verb
    for (let i = 0; i < 8; i++) outcomes.push(await s.updateIntegration(replace('/timeoutInMillis', String(1000 + i))));
    outcomes.push(await s.updateIntegration(replace('/nope', 'x'))); // rejected
    outcomes.push(await s.updateIntegration(patch('add', '/requestParameters/integration.request.path.proxy', 'method.request.path.proxy')));
    outcomes.push(await s.getIntegration());
  }
  return outcomes;
}

async function storedIntegration(cp: ControlPlane, session: TargetSession): Promise<Integration | undefined> {
  const got = await (await cp.integrations()).getIntegration(session.ctx);
  return got.ok ? got.value : undefined;
}

describe('fault injection', () => {
  it('retried faults give the Outcomes of a fault-free run (UpdateIntegration only gets faults that are answers: a lost answer to a patch is never retried)', async () => {
    const clean = new MswTarget({ seed: 3, runId: 'clean' });
    const expected = await workload(await clean.open(2));
    await clean.close();

    const everyOperationButPatches = ['CreateRestApi', 'GetResources', 'CreateResource', 'PutMethod', 'PutIntegration', 'GetIntegration', 'GetRestApis', 'DeleteRestApi', 'TagResource'];
    const faulty = new MswTarget({
      seed: 3,
      runId: 'faulty',
      faults: { seed: 15, rate: 0.35, latencyMs: [1, 3], retryAfterSeconds: 0, operations: everyOperationButPatches },
      retry: { maxAttempts: 25 },
    });
    const actual = await workload(await faulty.open(2));
    const injected = { ...faulty.controlPlane!.faults!.injected };
    await faulty.close();

    expect(actual).toEqual(expected);
    for (const kind of ['throttle', 'unavailable', 'internal', 'latency', 'drop'] as FaultKind[]) expect(injected[kind], kind).toBeGreaterThan(0);
    const failedAttempts = injected.throttle + injected.unavailable + injected.internal + injected.drop;
    expect(faulty.calls).toBe(clean.calls + failedAttempts);
    expect(expected.filter((o) => !o.ok)).toHaveLength(4);
  });

  it('a persistent throttle on UpdateIntegration changes nothing and ends in TargetUnavailableError', async () => {
    const target = new MswTarget({ faults: { seed: 1, rate: 1, kinds: { throttle: 1 }, operations: ['UpdateIntegration'], retryAfterSeconds: 0 }, retry: { maxAttempts: 3 } });
    try {
      const [session] = await target.open(1);
      const put = await session!.putIntegration(httpPut);
      expect(put.ok).toBe(true);
      const callsBefore = target.calls;
      await expect(session!.updateIntegration(replace('/timeoutInMillis', '5000'))).rejects.toThrow(TargetUnavailableError);
      expect(target.calls - callsBefore).toBe(3);
      expect(await storedIntegration(target.controlPlane!, session!)).toEqual(put.ok && put.value);
      expect(await session!.getIntegration()).toEqual({ ok: true, status: 200, value: put.ok && put.value });
    } finally {
      await target.close();
    }
  });

  for (const [kind, applied] of [['drop', false], ['lost', true]] as const) {
    it(`a ${kind} on UpdateIntegration is not retried: one attempt, ResponseLostError, and the state ${applied ? 'holds the patch' : 'is as it was'}`, async () => {
      const target = new MswTarget({ faults: { seed: 1, rate: 1, kinds: { [kind]: 1 }, operations: ['UpdateIntegration'] }, retry: { maxAttempts: 3 } });
      try {
        const [session] = await target.open(1);
        const put = await session!.putIntegration(httpPut);
        const callsBefore = target.calls;
        await expect(session!.updateIntegration(replace('/timeoutInMillis', '5000'))).rejects.toThrow(ResponseLostError);
        expect(target.calls - callsBefore).toBe(1);
        expect((await storedIntegration(target.controlPlane!, session!))?.timeoutInMillis).toBe(applied ? 5000 : put.ok && put.value.timeoutInMillis);
      } finally {
        await target.close();
      }
    });
  }

  for (const [kind, error] of [
    ['internal', { name: 'InternalFailure', status: 500, message: 'Internal server error (injected fault)' }],
    ['unavailable', { name: 'ServiceUnavailableException', status: 503, message: 'Service Unavailable' }],
  ] as const) {
    it(`a persistent ${kind} fault on UpdateIntegration alone, the target answering a probe, is UpdateIntegration's answer`, async () => {
      const target = new MswTarget({ faults: { seed: 1, rate: 1, kinds: { [kind]: 1 }, operations: ['UpdateIntegration'] }, retry: { maxAttempts: 3 } });
      try {
        const [session] = await target.open(1);
        const put = await session!.putIntegration(httpPut);
        const callsBefore = target.calls;
        expect(await session!.updateIntegration(replace('/timeoutInMillis', '5000'))).toEqual({ ok: false, error });
        expect(target.calls - callsBefore).toBe(3 + 1); // the probe is an API call too
        expect(await storedIntegration(target.controlPlane!, session!)).toEqual(put.ok && put.value);
      } finally {
        await target.close();
      }
    });
  }

  it('an implementation that throws answers 500 InternalFailure naming the problem, reported as the Outcome', async () => {
    const target = new MswTarget({
      implementation: { putIntegration: () => { throw new Error('no engine'); }, updateIntegration: () => { throw new Error('no engine'); } },
      retry: { maxAttempts: 2 },
    });
    try {
      const [session] = await target.open(1);
      expect(await session!.putIntegration(httpPut)).toEqual({
        ok: false,
        error: { name: 'InternalFailure', status: 500, message: 'implementation threw in PutIntegration: Error: no engine' },
      });
    } finally {
      await target.close();
    }
  });

  it('a 501 answer is OperationNotImplementedError, thrown once and then without calling again', async () => {
    const target = new MswTarget({
      implementation: {
        putIntegration: () => ({ ok: false, error: { name: 'InternalFailure', status: 501, message: "API action 'UpdateIntegration' not yet implemented" } }),
        updateIntegration: () => { throw new Error('unreachable'); },
      },
    });
    try {
      const [session] = await target.open(1);
      await expect(session!.putIntegration(httpPut)).rejects.toThrow(OperationNotImplementedError);
      const calls = target.calls;
      await expect(session!.putIntegration(httpPut)).rejects.toThrow(/PutIntegration is not implemented by the target/);
      expect(target.calls).toBe(calls);
    } finally {
      await target.close();
    }
  });
});
