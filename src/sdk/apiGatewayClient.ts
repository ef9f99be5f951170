/** The one place an API Gateway SDK client is configured: endpoint, credentials, attempts, timeout. */
import { APIGatewayClient, type APIGatewayClientConfig } from '@aws-sdk/client-api-gateway';

export interface ApiGatewayClientOptions {
  /** Override for emulators and serve (e.g. http://127.0.0.1:4566); AWS's regional host otherwise. */
  endpoint?: string;
  region: string;
  /** Explicit credentials; otherwise the SDK's default chain (env, profile, SSO, IMDS, ...). */
  credentials?: APIGatewayClientConfig['credentials'];
  /** Shared-config profile for the default chain. */
  profile?: string;
  /** SDK-level attempts: 1 when the caller retries itself (targets do) or in mock mode. */
  maxAttempts: number;
  /** Whole-request timeout; the SDK has none by default and a hung socket would hang the run. */
  requestTimeoutMs: number;
  /** Replaces the HTTP handler (the msw target dispatches to its handlers without sockets). */
  requestHandler?: APIGatewayClientConfig['requestHandler'];
  /** false: requests go unsigned (the in-process mock checks no signature; SigV4 is a third of a call's cost there). */
  sign?: false;
}

/** A signer that leaves the request as it is. */
const unsigned = { sign: async <T>(request: T): Promise<T> => request };

export function createApiGatewayClient(o: ApiGatewayClientOptions): APIGatewayClient {
  return new APIGatewayClient({
    region: o.region,
    ...(o.endpoint !== undefined ? { endpoint: o.endpoint } : {}),
    ...(o.credentials !== undefined ? { credentials: o.credentials } : {}),
    ...(o.profile !== undefined ? { profile: o.profile } : {}),
    maxAttempts: o.maxAttempts,
    requestHandler: o.requestHandler ?? { requestTimeout: o.requestTimeoutMs, throwOnRequestTimeout: true },
    ...(o.sign === false ? { signer: unsigned } : {}),
  });
}
