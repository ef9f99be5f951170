/**
 * A real AWS account. Before creating anything, open() asks STS who the credentials belong to and
 * refuses unless it is the one account the user allowed: a conformance run must never land in
 * production by accident. API Gateway's quotas are enforced client-side.
 */
import type { APIGatewayClientConfig } from '@aws-sdk/client-api-gateway';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createApiGatewayClient } from '../sdk/apiGatewayClient.js';
import { QuotaLimiter, type QuotaConfig } from './quotaLimiter.js';
import type { RetryPolicy } from './retryPolicy.js';
import { SandboxTarget } from './sandbox.js';

export interface AwsTargetOptions {
  /** The only account id this target may touch. */
  allowAccount: string;
  region: string;
  profile?: string;
  credentials?: APIGatewayClientConfig['credentials'];
  runId?: string;
  retry?: Partial<RetryPolicy>;
  /** API Gateway's quotas by default; only lower them. */
  quotas?: QuotaConfig;
  requestTimeoutMs?: number;
}

/** open() refused: the credentials are not the allowed account's, or the account could not be verified. */
export class AccountNotAllowedError extends Error {
  override readonly name = 'AccountNotAllowedError';
  constructor(
    readonly allowAccount: string,
    readonly account: string | undefined,
    reason?: string,
  ) {
    super(
      account === undefined
        ? `refusing to run against AWS: could not verify the account (${reason ?? 'no account in the STS answer'}); allowed is ${allowAccount}`
        : `refusing to run against AWS account ${account}: only ${allowAccount} is allowed`,
    );
  }
}

export class AwsTarget extends SandboxTarget {
  readonly name = 'aws';
  private readonly sts: STSClient;
  /** The account STS confirmed before anything was created. */
  protected override async account(): Promise<{ id: string; region: string }> {
    return { id: this.options.allowAccount, region: this.options.region };
  }

  /** On a real account, what cases create outside the RestApi carries the run's tags, for sweep. */
  protected override readonly tagsAccountResources = true;

  constructor(private readonly options: AwsTargetOptions) {
    if (!/^\d{12}$/.test(options.allowAccount)) throw new RangeError(`allowAccount must be a 12-digit account id, got '${options.allowAccount}'`);
    const common = {
      region: options.region,
      ...(options.credentials !== undefined ? { credentials: options.credentials } : {}),
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
    };
    super(createApiGatewayClient({ ...common, maxAttempts: 1, requestTimeoutMs: options.requestTimeoutMs ?? 30_000 }), {
      runId: options.runId,
      retry: options.retry,
      limiter: new QuotaLimiter(options.quotas),
    });
    this.sts = new STSClient({ ...common, maxAttempts: 1, requestHandler: { requestTimeout: options.requestTimeoutMs ?? 30_000, throwOnRequestTimeout: true } });
  }

  protected override async beforeOpen(): Promise<void> {
    let account: string | undefined;
    try {
      // STS has its own quota: not the API Gateway buckets.
      const identity = await this.caller.call('GetCallerIdentity', () => this.sts.send(new GetCallerIdentityCommand({})), { limited: false });
      account = identity.Account;
    } catch (error) {
      const e = error as Error;
      throw new AccountNotAllowedError(this.options.allowAccount, undefined, `${e.name}: ${e.message.split('\n', 1)[0]}`);
    }
    if (account !== this.options.allowAccount) throw new AccountNotAllowedError(this.options.allowAccount, account);
  }
}
