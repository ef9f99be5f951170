/**
 * The implementation contract: every target and every in-process implementation speaks it,
 * the reference engine included. Bodies are parsed JSON exactly as they travel on the wire,
 * so they are `unknown`: an implementation must cope with wrong types, missing and extra fields.
 */
import type { Integration, PatchOperation, PutIntegrationRequest } from '@aws-sdk/client-api-gateway';

export type { Integration, PatchOperation, PutIntegrationRequest };

/** Where the integration lives: the path parameters of the request. */
export interface IntegrationContext {
  restApiId: string;
  resourceId: string;
  /** The method's verb (the path parameter), not the backend verb of the integration. */
  httpMethod: string;
  /**
   * The method request parameters declared by PutMethod, when the caller knows them.
   * AWS validates `method.request.*` mapping expressions against them.
   */
  methodRequestParameters?: Readonly<Record<string, boolean>>;
}

export interface ApiError {
  /** The exception name a client sees: BadRequestException, NotFoundException, ... */
  name: string;
  status: number;
  message: string;
}

export type Outcome =
  | { ok: true; status: number; value: Integration }
  | { ok: false; error: ApiError };

export interface IntegrationImplementation {
  putIntegration(body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
  updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
}
