/**
 * One request got an HTTP 5xx answer on every attempt while the target answered a probe: a reachable
 * target that fails this request every time (an emulator crashing on one malformed patch). That 5xx
 * is the target's answer to report, not an outage; the session turns it into an error Outcome.
 */
export class PersistentServerError extends Error {
  override readonly name = 'PersistentServerError';
  constructor(
    readonly operation: string,
    readonly status: number,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`${operation} answered ${detail} on every attempt, while the target answered a probe`, options);
  }
}
