/**
 * A target is a system under test reached over the wire (through @aws-sdk/client-api-gateway).
 * Targets do I/O and nothing else: no expectations, no comparison.
 */
import type { IntegrationContext, Outcome } from '../contract.js';

/** One integration slot in the target's sandbox; PutIntegration on it resets its state before a case. */
export interface TargetSession {
  readonly ctx: IntegrationContext;
  /** `body` is the wire body (backend verb as `httpMethod`), sent exactly as given. */
  putIntegration(body: unknown): Promise<Outcome>;
  getIntegration(): Promise<Outcome>;
  /** `body` is the wire body `{ patchOperations: [...] }`, sent exactly as given. */
  updateIntegration(body: unknown): Promise<Outcome>;
  /** Success is `{ ok: true, status: 204, value: {} }` (no body). */
  deleteIntegration(): Promise<Outcome>;
  /**
   * Any other call of a declared resource (src/resources): the operation, its path parameters and, for
   * puts, creates and updates, the exact wire body. Absent on targets that speak only Integration.
   */
  call?(operation: string, params: Readonly<Record<string, string>>, body?: unknown, options?: { idempotent?: boolean }): Promise<Outcome>;
  /**
   * Tags a case adds to the creates of resources outside the sandbox RestApi that take tags (API keys,
   * usage plans, ...): on a real account, sweep finds them by these. Absent where nothing outlives the run.
   */
  readonly creationTags?: Readonly<Record<string, string>>;
  /** The API's resource tree as the sandbox made it (its root, the slot, the slot's greedy child), for cases that add resources to it. */
  readonly sandboxResources?: ReadonlyArray<{ id: string; parentId?: string; pathPart?: string; path: string }>;
  /** The account and region the target plays, as its texts name them (`Invalid API identifier specified <account>:<id>`); absent when unknown. */
  readonly account?: { id: string; region: string };
}

export interface Target {
  readonly name: string;
  /** Creates the sandbox (RestApi, resource, method) and returns `slots` sessions, one per integration. */
  open(slots?: number): Promise<TargetSession[]>;
  /** API calls made so far (real attempts, retries included). */
  readonly calls: number;
  /** Deletes what open() created. Safe to call twice. */
  close(): Promise<void>;
}

/** The target cannot be reached (after retries): the run ends with exit 3. */
export class TargetUnavailableError extends Error {
  override readonly name = 'TargetUnavailableError';
}

/**
 * A request that changes state (UpdateIntegration, DeleteIntegration) was sent and its answer was
 * lost (the connection dropped, or the time limit passed). It is not retried blindly: whether it was
 * applied is for the caller to read back.
 */
export class ResponseLostError extends Error {
  override readonly name = 'ResponseLostError';
  constructor(readonly operation: string, detail: string, options?: ErrorOptions) {
    super(`${operation}: the answer was lost (${detail}); not retried, since the request may have been applied`, options);
  }
}

/** The target answers an operation with "not implemented" (404/501 on the route, moto's UpdateIntegration). */
export class OperationNotImplementedError extends Error {
  override readonly name = 'OperationNotImplementedError';
  constructor(readonly operation: string, detail: string) {
    super(`${operation} is not implemented by the target (${detail})`);
  }
}
