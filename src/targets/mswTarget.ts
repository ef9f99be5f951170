/**
 * The in-process target: the mock control plane intercepted by msw, spoken to through the real SDK
 * (us-east-1, dummy credentials, no client-side quota). Only one may be open per process.
 */
import type { IntegrationImplementation } from '../contract.js';
import type { ControlPlane } from '../mock/controlPlane.js';
import type { FaultOptions } from '../mock/faults.js';
import { startMockServer, type MockServer } from '../mock/mockServer.js';
import { createApiGatewayClient } from '../sdk/apiGatewayClient.js';
import { dummyCredentials } from '../sdk/dummyCredentials.js';
import type { RetryPolicy } from './retryPolicy.js';
import { mockRetryPolicy } from './retryPolicy.js';
import { SandboxTarget } from './sandbox.js';

export interface MswTargetOptions {
  /** The implementation under test behind the mock; the reference engine by default. */
  implementation?: IntegrationImplementation;
  faults?: FaultOptions;
  /** Seeds the mock's resource ids. */
  seed?: number;
  runId?: string;
  retry?: Partial<RetryPolicy>;
  requestTimeoutMs?: number;
}

export class MswTarget extends SandboxTarget {
  readonly name = 'msw';
  private mock: MockServer | null = null;

  constructor(private readonly options: MswTargetOptions = {}) {
    super(createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), maxAttempts: 1, requestTimeoutMs: options.requestTimeoutMs ?? 10_000 }), {
      runId: options.runId,
      retry: { ...mockRetryPolicy, ...options.retry },
      limiter: null,
    });
  }

  /** The mock's state and fault counters, while open (tests look behind the wire with it). */
  get controlPlane(): ControlPlane | null {
    return this.mock?.controlPlane ?? null;
  }

  protected override async beforeOpen(): Promise<void> {
    this.mock = startMockServer({ implementation: this.options.implementation, faults: this.options.faults, seed: this.options.seed });
  }

  protected override async afterClose(): Promise<void> {
    this.mock?.close();
  }
}
