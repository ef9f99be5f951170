/**
 * The mock control plane: the routes bound to one in-memory state and one implementation, as msw
 * request handlers. Faults run first, so a faulted request never reaches the state.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { CreateImplementation, IntegrationImplementation, StatefulIntegrationImplementation } from '../contract.js';
import { referenceImplementation } from '../engine/referenceImplementation.js';
import type { ResourceDeclaration } from '../resources/declaration.js';
import { controlPlaneRoutes, type ControlPlaneRoute } from './controlPlaneRoutes.js';
import { ControlPlaneState } from './controlPlaneState.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import { pureIntegrationStore } from './integrationStore.js';

export interface ControlPlaneOptions {
  /** The pure form: answers PutIntegration/UpdateIntegration, the mock keeps what it answers; the reference engine by default. */
  implementation?: IntegrationImplementation;
  /** The stateful form (wins over `implementation`): keeps its own integrations and answers every integration call. */
  createImplementation?: CreateImplementation;
  /** How long the implementation may take to answer a call before the mock answers 504 NoAnswer for it (default 10 s). */
  answerTimeoutMs?: number;
  faults?: FaultOptions;
  /** The declared resources served (src/resources/registry.ts by default; the self-check serves faulty ones). */
  resources?: readonly ResourceDeclaration[];
  /** Seeds resource ids. */
  seed?: number;
  now?: () => number;
}

export interface ControlPlane {
  readonly handlers: HttpHandler[];
  readonly routes: readonly ControlPlaneRoute[];
  readonly state: ControlPlaneState;
  readonly faults: FaultInjector | null;
  /** The implementation's integrations, as the routes reach them (tests look behind the wire with it). */
  integrations(): Promise<StatefulIntegrationImplementation>;
  /** Forgets every RestApi and restarts the id and fault sequences (a stateful implementation is made anew). */
  reset(): void;
}

export function createControlPlane(options: ControlPlaneOptions = {}): ControlPlane {
  const state = new ControlPlaneState({ seed: options.seed, now: options.now });
  const faults = options.faults ? new FaultInjector(options.faults) : null;
  // The stateful implementation is made once, on the first integration call (its factory may be async).
  let made: Promise<StatefulIntegrationImplementation> | undefined;
  const integrations = () => (made ??= options.createImplementation ? Promise.resolve().then(options.createImplementation) : Promise.resolve(pureIntegrationStore(options.implementation ?? referenceImplementation)));
  const routes = controlPlaneRoutes({ state, implementation: integrations, ...(options.answerTimeoutMs ? { answerTimeoutMs: options.answerTimeoutMs } : {}), ...(options.resources ? { resources: options.resources } : {}) });
  const handlers = routes.map((r) =>
    http[r.verb](r.path, async ({ request, params }) => {
      const fault = await faults?.inject(r.operation);
      if (fault === 'lost') {
        // The request is applied, then its answer is lost on the way back.
        await r.respond(request, params as Record<string, string>);
        return HttpResponse.error();
      }
      if (fault) return fault;
      return r.respond(request, params as Record<string, string>);
    }),
  );
  return {
    handlers,
    routes,
    state,
    faults,
    integrations,
    reset() {
      state.reset();
      faults?.reset();
      made = undefined;
    },
  };
}
