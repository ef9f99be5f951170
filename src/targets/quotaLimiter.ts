/**
 * Client-side rate limiting sized to API Gateway's control-plane quotas (per account and Region, not
 * raisable; tooling-notes.md), so a real-account run does not spend its retries on 429s.
 * Every call takes a token from the account-wide bucket and, for operations with their own quota, from that one too.
 */
import { TokenBucket, type Rate } from './tokenBucket.js';

export interface QuotaConfig {
  /** Shared by every operation (Put/Update/GetIntegration's 10 rps, burst 40). */
  general: Rate;
  /** Stricter per-operation quotas. */
  operations: Readonly<Record<string, Rate>>;
}

export const apiGatewayQuotas: QuotaConfig = {
  general: { ratePerSecond: 10, burst: 40 },
  operations: {
    CreateRestApi: { ratePerSecond: 1 / 3, burst: 1 },
    DeleteRestApi: { ratePerSecond: 1 / 30, burst: 1 },
    CreateResource: { ratePerSecond: 5, burst: 5 },
    DeleteResource: { ratePerSecond: 5, burst: 5 },
    GetResources: { ratePerSecond: 2.5, burst: 5 },
  },
};

export class QuotaLimiter {
  private readonly general: TokenBucket;
  private readonly operations = new Map<string, TokenBucket>();

  constructor(readonly config: QuotaConfig = apiGatewayQuotas) {
    this.general = new TokenBucket(config.general);
    for (const [operation, rate] of Object.entries(config.operations)) this.operations.set(operation, new TokenBucket(rate));
  }

  async take(operation: string): Promise<void> {
    await this.operations.get(operation)?.take();
    await this.general.take();
  }
}
