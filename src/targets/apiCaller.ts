/**
 * Every API call a target makes goes through here: the client-side quota, the attempt count,
 * retries of transient failures (throttles, 5xx, network) with backoff, and the two ways a call can
 * end a run: TargetUnavailableError (transient failures persisted) and OperationNotImplementedError.
 * Service answers (4xx) are rethrown untouched for the caller to turn into an Outcome; so is a 5xx
 * that persisted while the target answered a probe (PersistentServerError), when the caller asks.
 */
import { PersistentServerError } from './persistentServerError.js';
import { OperationNotImplementedError, ResponseLostError, TargetUnavailableError } from './target.js';
import type { QuotaLimiter } from './quotaLimiter.js';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './retryPolicy.js';
import { classifySdkFailure } from './sdkFailure.js';

export interface ApiCallerOptions {
  retry?: Partial<RetryPolicy>;
  /** null: no client-side limit (the in-process mock). */
  limiter?: QuotaLimiter | null;
  sleep?: (ms: number) => Promise<void>;
}

/** A cheap read the target must answer, sent when one request keeps getting a 5xx (e.g. GetRestApis limit 1). */
export interface ReachabilityProbe {
  operation: string;
  send: () => Promise<unknown>;
}

export interface CallOptions {
  /** false: not counted against the client-side quota (another service's call). */
  limited?: boolean;
  /**
   * Makes a 5xx answer that persists through the retries the request's answer, when this probe
   * succeeds (PersistentServerError); without a probe, or if it fails, the target is unavailable.
   */
  probe?: ReachabilityProbe;
  /**
   * A request of the same operation the target must accept when it implements the operation at all
   * (an empty patch, a MOCK put). A non-AWS 5xx that persists on an operation never answered before
   * is "not implemented" only if this canary gets the same; if the canary is answered, the operation
   * exists and the 5xx is the target crashing on this request.
   */
  canary?: () => Promise<unknown>;
  /**
   * false for requests that change state each time they apply (a patch, a delete): a lost answer
   * is then never retried, but thrown as ResponseLostError for the caller to settle by reading back.
   */
  idempotent?: boolean;
}

/** A request the target did not answer in time, twice, while it answered a probe: that silence is its answer. */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
  constructor(readonly operation: string, detail: string, options?: ErrorOptions) {
    super(`${operation} got no answer (${detail}) while the target answered a probe`, options);
  }
}

/** A request that timed out is not sent more than this many times: a hung request would cost minutes. */
const maxTimeouts = 2;

export class ApiCaller {
  private attempts = 0;
  private readonly policy: RetryPolicy;
  private readonly limiter: QuotaLimiter | null;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Operations found unimplemented: later calls fail fast, without spending a request. */
  private readonly notImplemented = new Map<string, OperationNotImplementedError>();
  /** Operations the target has answered (a success or an AWS error): they exist, so a bare 5xx on one is a crash. */
  private readonly answered = new Set<string>();
  /** Operations shown to crash (a 5xx through every retry while the target answered a probe): later 500s on them are retried without back-off. */
  private readonly crashing = new Set<string>();

  constructor(options: ApiCallerOptions = {}) {
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.limiter = options.limiter ?? null;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Real requests sent so far, retries included. */
  get calls(): number {
    return this.attempts;
  }

  async call<T>(operation: string, send: () => Promise<T>, options: CallOptions = {}): Promise<T> {
    const known = this.notImplemented.get(operation);
    if (known) throw known;
    let unreadable500s = 0;
    /** The last 5xx answer (a status, not a lost connection): a request that keeps getting one, between transient faults, has its answer. */
    let serverAnswer: { failure: { status: number; detail: string }; error: unknown } | undefined;
    let timeouts = 0;
    for (let attempt = 1; ; attempt++) {
      if (options.limited !== false) await this.limiter?.take(operation);
      this.attempts++;
      try {
        const answer = await send();
        this.answered.add(operation);
        return answer;
      } catch (error) {
        const failure = classifySdkFailure(error);
        if (failure.kind === 'answer') this.answered.add(operation);
        if (failure.kind === 'answer' || failure.kind === 'fatal') throw error;
        if (failure.kind === 'not-implemented') throw this.markNotImplemented(operation, failure.detail);
        if (failure.kind === 'network' && options.idempotent === false) throw new ResponseLostError(operation, failure.detail, { cause: error });
        if (failure.kind === 'network' && failure.timeout) timeouts++;
        if (failure.kind === 'server' && failure.unreadable) unreadable500s++;
        // 503 is the transient one: another 5xx, when the request also got one, is its answer.
        if (failure.kind === 'server' && failure.status >= 500 && (failure.status !== 503 || !serverAnswer)) serverAnswer = { failure, error };
        // Every request gets the full retry budget (a transient 5xx must never pass for an answer), a hung one less.
        if (attempt >= this.policy.maxAttempts || timeouts >= maxTimeouts) {
          // Timed out every time it was sent, while the target answers a probe: no answer is this request's answer.
          if (timeouts === attempt && options.probe) await this.probeAfter(operation, attempt, { status: 0, detail: failure.detail }, options.probe, error, true);
          // moto answers an unimplemented operation on a known route with a bare 500, every time; a
          // crash on one request looks the same, so the operation must be shown to exist to tell them apart.
          if (unreadable500s === attempt && !(await this.exists(operation, options.canary))) {
            throw this.markNotImplemented(operation, `${failure.detail}; the same non-AWS 5xx on all ${attempt} attempts`);
          }
          // 5xx answers (a status, not a lost connection) through the retries: an outage, or this request's answer?
          if (serverAnswer && options.probe) await this.probeAfter(operation, attempt, serverAnswer.failure, options.probe, serverAnswer.error);
          throw new TargetUnavailableError(`${operation} failed after ${attempt} attempts: ${failure.detail}`, { cause: error });
        }
        // An operation shown to crash gets its whole budget again, without the back-off: its 500s are answers, not load.
        const known500 = failure.kind === 'server' && failure.status !== 503 && this.crashing.has(operation);
        if (!known500) await this.sleep(retryDelayMs(this.policy, attempt, failure.kind === 'throttle' ? failure.retryAfterMs : undefined));
      }
    }
  }

  /** Whether the operation is known to exist: it answered before, or its canary is answered now. */
  private async exists(operation: string, canary: (() => Promise<unknown>) | undefined): Promise<boolean> {
    if (this.answered.has(operation)) return true;
    if (!canary) return false;
    try {
      // The canary is the same operation: any readable answer (success or AWS error) marks it answered.
      await this.call(operation, canary);
    } catch {
      // Its own failure (not implemented, unreachable) decides nothing more than "not shown to exist".
    }
    return this.answered.has(operation);
  }

  /** Throws PersistentServerError when the probe succeeds, TargetUnavailableError when it fails too. */
  private async probeAfter(operation: string, attempts: number, failure: { status: number; detail: string }, probe: ReachabilityProbe, error: unknown, silent = false): Promise<never> {
    try {
      // Its own retries, no probe of its own: a probe that keeps failing means the target is down.
      await this.call(probe.operation, probe.send);
    } catch (probeError) {
      const reason = probeError instanceof Error ? probeError.message : String(probeError);
      throw new TargetUnavailableError(`${operation} failed after ${attempts} attempts: ${failure.detail}; the probe ${probe.operation} failed too: ${reason}`, { cause: error });
    }
    if (silent) throw new NoAnswerError(operation, `${attempts} attempts: ${failure.detail}`, { cause: error });
    this.crashing.add(operation);
    throw new PersistentServerError(operation, failure.status, failure.detail, { cause: error });
  }

  private markNotImplemented(operation: string, detail: string): OperationNotImplementedError {
    const error = new OperationNotImplementedError(operation, detail);
    this.notImplemented.set(operation, error);
    return error;
  }
}
