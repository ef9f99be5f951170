/** The client-side limiter on a fake clock: bursts, refill rate, FIFO order, per-operation quotas. */
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/targets/tokenBucket.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), get t() { return t; } };
}

describe('TokenBucket', () => {
  it('lets a burst through at once, then one token per 1/rate seconds', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 40 }, clock.now, clock.sleep);
    for (let i = 0; i < 40; i++) await bucket.take();
    expect(clock.t).toBe(0);
    for (let i = 0; i < 10; i++) await bucket.take();
    expect(clock.t).toBe(1000);
  });

  it('spaces CreateRestApi-like quotas (1 per 3 s) and serves waiters in order', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 1 / 3, burst: 1 }, clock.now, clock.sleep);
    const order: number[] = [];
    await Promise.all([0, 1, 2].map((i) => bucket.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2]);
    expect(clock.t).toBe(6000);
  });

  it('rejects a rate it could never serve', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, burst: 1 })).toThrow(RangeError);
  });
});
