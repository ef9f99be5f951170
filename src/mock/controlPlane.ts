/**
 * The mock control plane: the routes bound to one in-memory state and one implementation, as msw
 * request handlers. Faults run first, so a faulted request never reaches the state.
 */
import { http, type HttpHandler } from 'msw';
import type { IntegrationImplementation } from '../contract.js';
import { referenceImplementation } from '../engine/referenceImplementation.js';
import { controlPlaneRoutes, type ControlPlaneRoute } from './controlPlaneRoutes.js';
import { ControlPlaneState } from './controlPlaneState.js';
import { FaultInjector, type FaultOptions } from './faults.js';

export interface ControlPlaneOptions {
  /** Answers PutIntegration/UpdateIntegration; the reference engine by default. */
  implementation?: IntegrationImplementation;
  faults?: FaultOptions;
  /** Seeds resource ids. */
  seed?: number;
  now?: () => number;
}

export interface ControlPlane {
  readonly handlers: HttpHandler[];
  readonly routes: readonly ControlPlaneRoute[];
  readonly state: ControlPlaneState;
  readonly faults: FaultInjector | null;
  /** Forgets every RestApi and restarts the id and fault sequences. */
  reset(): void;
}

export function createControlPlane(options: ControlPlaneOptions = {}): ControlPlane {
  const state = new ControlPlaneState({ seed: options.seed, now: options.now });
  const faults = options.faults ? new FaultInjector(options.faults) : null;
  const routes = controlPlaneRoutes({ state, implementation: options.implementation ?? referenceImplementation });
  const handlers = routes.map((r) =>
    http[r.verb](r.path, async ({ request, params }) => {
      const fault = await faults?.inject(r.operation);
      if (fault) return fault;
      return r.respond(request, params as Record<string, string>);
    }),
  );
  return {
    handlers,
    routes,
    state,
    faults,
    reset() {
      state.reset();
      faults?.reset();
    },
  };
}
