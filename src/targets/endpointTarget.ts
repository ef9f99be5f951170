/**
 * Any API Gateway-compatible endpoint: LocalStack (:4566), moto, our `serve`, or AWS's own host.
 * Credentials come from the standard chain (optionally a profile); when none resolve, dummy ones are
 * used for loopback endpoints only, because emulators accept anything and nothing else should.
 */
import type { APIGatewayClientConfig } from '@aws-sdk/client-api-gateway';
import { createApiGatewayClient } from '../sdk/apiGatewayClient.js';
import { dummyCredentials } from '../sdk/dummyCredentials.js';
import { isLoopbackEndpoint } from './loopback.js';
import { QuotaLimiter, type QuotaConfig } from './quotaLimiter.js';
import type { RetryPolicy } from './retryPolicy.js';
import { SandboxTarget } from './sandbox.js';

export interface EndpointTargetOptions {
  endpoint: string;
  /** Default us-east-1. */
  region?: string;
  profile?: string;
  credentials?: APIGatewayClientConfig['credentials'];
  runId?: string;
  retry?: Partial<RetryPolicy>;
  /** Client-side quotas; API Gateway's by default, `false` for none (emulators do not throttle). */
  quotas?: QuotaConfig | false;
  requestTimeoutMs?: number;
}

export class EndpointTarget extends SandboxTarget {
  readonly name = 'endpoint';

  constructor(private readonly options: EndpointTargetOptions) {
    super(EndpointTarget.client(options, options.credentials), {
      runId: options.runId,
      retry: options.retry,
      limiter: options.quotas === false ? null : new QuotaLimiter(options.quotas),
    });
  }

  private static client(o: EndpointTargetOptions, credentials: EndpointTargetOptions['credentials']) {
    return createApiGatewayClient({
      endpoint: o.endpoint,
      region: o.region ?? 'us-east-1',
      credentials,
      profile: o.profile,
      maxAttempts: 1,
      requestTimeoutMs: o.requestTimeoutMs ?? 30_000,
    });
  }

  protected override async beforeOpen(): Promise<void> {
    if (this.options.credentials !== undefined) return;
    try {
      await this.client.config.credentials();
    } catch (error) {
      if (!isLoopbackEndpoint(this.options.endpoint)) {
        throw new Error(`no AWS credentials resolved for ${this.options.endpoint}: ${(error as Error).message}`, { cause: error });
      }
      this.client = EndpointTarget.client(this.options, dummyCredentials());
    }
  }
}
