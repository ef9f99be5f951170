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

/** The exception name a silence gets as an answer: a request that got no answer in time while the target answered others (status 504). */
export const noAnswerErrorName = 'NoAnswer';

export type Outcome =
  | { ok: true; status: number; value: Integration }
  | { ok: false; error: ApiError };

/**
 * The pure form: the mock keeps the integration and hands `current` to every update. Easiest to
 * write; the mock's store stands in for the implementation's own.
 */
export interface IntegrationImplementation {
  putIntegration(body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
  updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
}

/**
 * The stateful form, as an emulator is: it keeps its own integrations (one per restApiId, resourceId
 * and method verb of `ctx`) and answers every integration call, reads included, so what it stores is
 * checked, not only what it answers. Missing integrations are its to answer too (404).
 */
export interface StatefulIntegrationImplementation {
  putIntegration(body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
  getIntegration(ctx: IntegrationContext): Outcome | Promise<Outcome>;
  updateIntegration(body: unknown, ctx: IntegrationContext): Outcome | Promise<Outcome>;
  deleteIntegration(ctx: IntegrationContext): Outcome | Promise<Outcome>;
}

/** A module's `createImplementation` export: a fresh stateful implementation (store included) per target. */
export type CreateImplementation = () => StatefulIntegrationImplementation | Promise<StatefulIntegrationImplementation>;
