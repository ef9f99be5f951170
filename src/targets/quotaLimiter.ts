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

/** The developer guide's fixed quotas (limits.html, "quotas for creating, deploying and managing an API"). */
export const apiGatewayQuotas: QuotaConfig = {
  general: { ratePerSecond: 10, burst: 40 },
  operations: {
    CreateApiKey: { ratePerSecond: 5, burst: 5 },
    DeleteApiKey: { ratePerSecond: 5, burst: 5 },
    CreateDeployment: { ratePerSecond: 1 / 5, burst: 1 },
    CreateDocumentationVersion: { ratePerSecond: 1 / 20, burst: 1 },
    CreateDomainName: { ratePerSecond: 1 / 30, burst: 1 },
    UpdateDomainName: { ratePerSecond: 1 / 30, burst: 1 },
    DeleteDomainName: { ratePerSecond: 1 / 30, burst: 1 },
    // Regional and private APIs (the sandbox is regional); edge-optimized ones are 1 per 30 s.
    CreateRestApi: { ratePerSecond: 1 / 3, burst: 1 },
    DeleteRestApi: { ratePerSecond: 1 / 30, burst: 1 },
    CreateResource: { ratePerSecond: 5, burst: 5 },
    DeleteResource: { ratePerSecond: 5, burst: 5 },
    GetResources: { ratePerSecond: 2.5, burst: 5 },
    // The guide lists VPC links under "(V2)"; REST VPC links are assumed to share the quota.
    CreateVpcLink: { ratePerSecond: 1 / 15, burst: 1 },
    DeleteVpcLink: { ratePerSecond: 1 / 30, burst: 1 },
    UpdateAccount: { ratePerSecond: 1 / 20, burst: 1 },
    UpdateUsagePlan: { ratePerSecond: 1 / 20, burst: 1 },
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
