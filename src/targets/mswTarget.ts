/**
 * The in-process target: the mock control plane's msw handlers, spoken to through the real SDK
 * (us-east-1, dummy credentials, no client-side quota). By default the SDK's serialized requests go
 * straight to the handlers (`dispatch`); `transport: 'intercept'` uses msw's setupServer and Node's
 * http stack instead (one per process), which costs about three times as much per call.
 */
import type { CreateImplementation, IntegrationImplementation } from '../contract.js';
import type { ResourceDeclaration } from '../resources/declaration.js';
import { createControlPlane, type ControlPlane } from '../mock/controlPlane.js';
import { mswDispatchHandler } from '../mock/mswDispatchHandler.js';
import type { FaultOptions } from '../mock/faults.js';
import { startMockServer, type MockServer } from '../mock/mockServer.js';
import { createApiGatewayClient } from '../sdk/apiGatewayClient.js';
import { dummyCredentials } from '../sdk/dummyCredentials.js';
import type { RetryPolicy } from './retryPolicy.js';
import { deterministicMockRetryPolicy, mockRetryPolicy } from './retryPolicy.js';
import { SandboxTarget } from './sandbox.js';

export interface MswTargetOptions {
  /** The implementation under test behind the mock, in its pure form; the reference engine by default. */
  implementation?: IntegrationImplementation;
  /** The implementation under test in its stateful form (wins over `implementation`): it keeps the integrations. */
  createImplementation?: CreateImplementation;
  faults?: FaultOptions;
  /** The declared resources the mock serves (the registry by default; the self-check serves faulty ones). */
  resources?: readonly ResourceDeclaration[];
  /** Seeds the mock's resource ids. */
  seed?: number;
  runId?: string;
  retry?: Partial<RetryPolicy>;
  requestTimeoutMs?: number;
  /** How long the implementation may take to answer a call (then 504 NoAnswer); 10 s by default. */
  answerTimeoutMs?: number;
  transport?: 'dispatch' | 'intercept';
}

export class MswTarget extends SandboxTarget {
  readonly name = 'msw';
  private mock: MockServer | null = null;
  private dispatched: ControlPlane | null = null;

  constructor(private readonly options: MswTargetOptions = {}) {
    const dispatch = (options.transport ?? 'dispatch') === 'dispatch';
    let handlers: () => ControlPlane['handlers'] = () => [];
    super(
      createApiGatewayClient({
        region: 'us-east-1',
        credentials: dummyCredentials(),
        maxAttempts: 1,
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
        ...(dispatch ? { requestHandler: mswDispatchHandler(() => handlers()), sign: false as const } : {}),
      }),
      { runId: options.runId, retry: { ...(options.faults ? mockRetryPolicy : deterministicMockRetryPolicy), ...options.retry }, limiter: null },
    );
    if (dispatch) {
      this.dispatched = createControlPlane(this.planeOptions());
      const plane = this.dispatched;
      handlers = () => plane.handlers;
    }
  }

  private planeOptions() {
    const o = this.options;
    return {
      ...(o.createImplementation ? { createImplementation: o.createImplementation } : o.implementation ? { implementation: o.implementation } : {}),
      ...(o.faults ? { faults: o.faults } : {}),
      ...(o.resources ? { resources: o.resources } : {}),
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
      ...(o.answerTimeoutMs ? { answerTimeoutMs: o.answerTimeoutMs } : {}),
    };
  }

  /** The mock's state and fault counters, while open (tests look behind the wire with it). */
  get controlPlane(): ControlPlane | null {
    return this.dispatched ?? this.mock?.controlPlane ?? null;
  }

  protected override async beforeOpen(): Promise<void> {
    if (!this.dispatched) this.mock = startMockServer(this.planeOptions());
  }

  protected override async afterClose(): Promise<void> {
    this.mock?.close();
  }
}
