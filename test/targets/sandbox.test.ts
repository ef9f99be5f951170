/**
 * close() racing open(): a SIGINT while the sandbox is being created must still delete the RestApi.
 * CreateRestApi is slowed to 300 ms by the mock's latency fault; close() comes 100 ms into open().
 */
import { describe, expect, it } from 'vitest';
import { MswTarget } from '../../src/targets/mswTarget.js';

const slowCreateRestApi = { seed: 1, rate: 1, kinds: { latency: 1 }, latencyMs: [300, 300] as const, operations: ['CreateRestApi'] };

describe('SandboxTarget close() during open()', () => {
  it('waits for open() to settle, then deletes the RestApi it created; open() fails', async () => {
    const target = new MswTarget({ faults: slowCreateRestApi });
    const opening = target.open(2).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    expect(target.controlPlane!.state.restApis.size).toBe(0); // CreateRestApi still in flight
    await target.close();
    const error = await opening;
    expect(target.controlPlane!.state.restApis.size).toBe(0);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('msw target was closed while opening; what it created is deleted');
    expect(target.sandboxRestApiId).toBeNull();
    await target.close(); // still safe to call again
  });

  it('open() after close() creates nothing', async () => {
    const target = new MswTarget();
    await target.close();
    await expect(target.open(1)).rejects.toThrow('msw target is closed');
    expect(target.calls).toBe(0);
    expect(target.controlPlane!.state.restApis.size).toBe(0);
  });
});
