/** How transient failures (throttles, 5xx, network) are retried before the target is declared unavailable. */
export interface RetryPolicy {
  /** Attempts per operation, the first included. */
  maxAttempts: number;
  /** Exponential backoff: base * 2^(attempt-1), with equal jitter, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** For AWS and emulators: the SDK's standard-mode shape, with more patience for throttles. */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 200, maxDelayMs: 20_000 };

/** For the in-process mock with injected faults: faults are instant, so are retries. */
export const mockRetryPolicy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 50 };

/**
 * For the in-process mock without injected faults: nothing there is transient, so an implementation's
 * 5xx is its answer at once (after the reachability probe), not after a round of backoff.
 */
export const deterministicMockRetryPolicy: RetryPolicy = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

/** The wait before attempt `attempt + 1`; a server's Retry-After wins when longer (still capped). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}
