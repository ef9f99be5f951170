/**
 * What an error thrown by an SDK call means for a target: a service answer to report as an Outcome,
 * a transient failure to retry, an operation the target does not implement, or something fatal.
 */
import type { ApiError } from '../contract.js';
import { errorLine } from '../errorLine.js';

export type SdkFailure =
  /** The service answered with an AWS error (4xx, or a 5xx that is not transient): an Outcome. */
  | { kind: 'answer'; error: ApiError }
  | { kind: 'throttle'; detail: string; retryAfterMs?: number }
  /** 5xx (or a 2xx/3xx the SDK could not read); `unreadable` when the body was no AWS error (moto answers unimplemented routes with a bare 500). */
  | { kind: 'server'; detail: string; status: number; unreadable: boolean }
  /** The connection failed or dropped; `timeout` when the time limit passed with no answer. */
  | { kind: 'network'; detail: string; timeout: boolean }
  | { kind: 'not-implemented'; detail: string }
  /** Not a service answer and not transient (credentials missing, a bug): rethrown as is. */
  | { kind: 'fatal' };

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
  retryAfterSeconds?: unknown;
}

const throttleNames: ReadonlySet<string> = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException', 'Throttling']);
const networkCodes: ReadonlySet<string> = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const networkNames: ReadonlySet<string> = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);
const notImplementedText = /not (yet )?implemented|has not been implemented/i;

export function classifySdkFailure(error: unknown): SdkFailure {
  if (typeof error !== 'object' || error === null) return { kind: 'fatal' };
  const e = error as SdkErrorShape;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : '';
  const status = e.$metadata?.httpStatusCode;
  const detail = `${status ?? 'no status'} ${name}: ${shortLine(message)}`;

  if (status === undefined) {
    const code = typeof e.code === 'string' ? e.code : '';
    const looksLikeNetwork = networkCodes.has(code) || networkNames.has(name) || /socket hang up|network error|fetch failed/i.test(message);
    const timeout = code === 'ETIMEDOUT' || /^(TimeoutError|RequestTimeout|RequestTimeoutException)$/.test(name);
    return looksLikeNetwork ? { kind: 'network', detail: code ? `${detail} (${code})` : detail, timeout } : { kind: 'fatal' };
  }
  // An AWS error answer has a fault class and a type; the SDK names a typeless JSON error 'Unknown'
  // and a non-JSON body fails to deserialize (SyntaxError, no fault class).
  const awsAnswer = typeof e.$fault === 'string' && name !== 'Unknown' && name !== 'UnknownError';
  if (name === 'UnknownOperationException' || status === 501) return { kind: 'not-implemented', detail };
  // The text counts on 5xx and typeless answers only: a 4xx with an AWS error type is the answer to
  // this one request ("op move is not implemented"), never the operation's absence.
  if (notImplementedText.test(message) && (status >= 500 || !awsAnswer)) return { kind: 'not-implemented', detail };
  if (status === 404 && !awsAnswer) return { kind: 'not-implemented', detail: `${detail} (a 404 without an AWS error type: no such route)` };
  if (status === 429 || throttleNames.has(name)) return { kind: 'throttle', detail, retryAfterMs: retryAfterMs(e) };
  // A 2xx/3xx the SDK could not read is as broken as a 5xx.
  if (status >= 500 || status < 400) return { kind: 'server', detail, status, unreadable: !awsAnswer };
  return { kind: 'answer', error: { name, status, message } };
}

function retryAfterMs(e: SdkErrorShape): number | undefined {
  const seconds = typeof e.retryAfterSeconds === 'string' || typeof e.retryAfterSeconds === 'number'
    ? Number(e.retryAfterSeconds)
    : Number(e.$response?.headers?.['retry-after'] ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** An error text short enough for a one-line report: its first line, at most 200 characters. */
function shortLine(s: string): string {
  const line = errorLine(s);
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
