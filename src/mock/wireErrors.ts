/**
 * API Gateway's REST-JSON error wire format: the exception name in `x-amzn-ErrorType`, the text in
 * `{"message": ...}`. The SDK turns that into an error whose `name` is the exception and whose
 * `$metadata.httpStatusCode` is the status.
 */
import { randomUUID } from 'node:crypto';
import type { ApiError } from '../contract.js';
import { mustNotBeNull, validationText, violation } from '../rules/modelValidation.js';

/** AWS's recorded lookup texts (research §1 "Lookup errors"). */
export const lookupMessages = {
  /** Unknown restApiId or resourceId on a sub-resource route: an unknown API gets no message of its own. */
  resource: 'Invalid Resource identifier specified',
  method: 'Invalid Method identifier specified',
  integration: 'Invalid Integration identifier specified',
  /** GetRestApi / DeleteRestApi / tags on an unknown API (AWS's and moto's text; not in the research notes). */
  restApi: 'Invalid API identifier specified',
} as const;

export function requestIdHeader(): Record<string, string> {
  return { 'x-amzn-RequestId': randomUUID() };
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ message: error.message }), {
    status: error.status,
    headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': error.name, ...requestIdHeader(), ...headers },
  });
}

export function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...requestIdHeader() } });
}

export function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: requestIdHeader() });
}

export function notFound(message: string): Response {
  return errorResponse({ name: 'NotFoundException', status: 404, message });
}

export function conflict(message: string): Response {
  return errorResponse({ name: 'ConflictException', status: 409, message });
}

/** The body is not JSON at all. Coral's exact text for this is not recorded; the exception and status are. */
export function serializationError(detail: string): Response {
  return errorResponse({ name: 'SerializationException', status: 400, message: detail });
}

/** A required member is missing, in Coral's validation-error format. */
export function missingMember(input: string, member: string): Response {
  return errorResponse({
    name: 'ValidationException',
    status: 400,
    message: validationText([violation(`${input}.${member}`, null, mustNotBeNull)]),
  });
}

/** The mock itself failed (an implementation threw or answered garbage): a 5xx the caller can read. */
export function internalFailure(message: string): ApiError {
  return { name: 'InternalFailure', status: 500, message };
}

/** An Outcome on the wire: the error, or the resource as JSON; statuses in `bodyless` (204 by default) carry no body. */
export function outcomeResponse(outcome: { ok: true; status: number; value: unknown } | { ok: false; error: ApiError }, bodyless: readonly number[] = [204]): Response {
  if (!outcome.ok) return errorResponse(outcome.error);
  return bodyless.includes(outcome.status) ? emptyResponse(outcome.status) : jsonResponse(outcome.value, outcome.status);
}
