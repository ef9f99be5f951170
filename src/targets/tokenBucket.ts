/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; take() waits its turn (FIFO). */
export interface Rate {
  ratePerSecond: number;
  burst: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    if (!(rate.ratePerSecond > 0 && rate.burst >= 1)) throw new RangeError(`invalid rate ${JSON.stringify(rate)}`);
    this.tokens = rate.burst;
    this.last = now();
  }

  take(): Promise<void> {
    const turn = this.queue.then(() => this.takeNow());
    this.queue = turn;
    return turn;
  }

  private async takeNow(): Promise<void> {
    for (;;) {
      const t = this.now();
      this.tokens = Math.min(this.rate.burst, this.tokens + ((t - this.last) / 1000) * this.rate.ratePerSecond);
      this.last = t;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) / this.rate.ratePerSecond) * 1000));
    }
  }
}
