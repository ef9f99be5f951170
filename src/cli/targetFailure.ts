import { AccountNotAllowedError } from '../targets/awsTarget.js';
import { TargetUnavailableError } from '../targets/target.js';
import { UsageError } from './usageError.js';
import { errorLine } from '../errorLine.js';

/**
 * Errors that say the target, not the suite, is the problem (unreachable, bad credentials, wrong
 * account), as one line with the mend; null for anything else.
 */
export function describeTargetFailure(e: unknown, label: string): UsageError | null {
  if (e instanceof UsageError) return e;
  if (e instanceof TargetUnavailableError) return new UsageError(`${label} is unreachable: ${errorLine(e)}; start it, or check the endpoint URL (--endpoint-url or AWS_ENDPOINT_URL)`, 3);
  const name = (e as { name?: string } | null)?.name ?? '';
  const msg = errorLine(e);
  // Missing credentials first: the account check reports them too, without the mend.
  if (/no AWS credentials resolved|Could not load credentials/.test(msg)) {
    return new UsageError(`${msg}; set AWS_PROFILE (or --profile), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`, 2);
  }
  // STS unreachable is an unreachable target (3); a wrong or unverifiable account is configuration (2).
  if (e instanceof AccountNotAllowedError) return new UsageError(msg, e.account === undefined && /TargetUnavailableError|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(msg) ? 3 : 2);
  if (/CredentialsProviderError|ExpiredToken|InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch|AccessDenied|UnauthorizedException/.test(name + ' ' + msg)) {
    return new UsageError(`${label} refused the credentials (${name}: ${msg}); set AWS_PROFILE/--profile or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY`, 2);
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|socket hang up|TimeoutError/.test(name + ' ' + msg)) {
    return new UsageError(`${label} is unreachable (${msg}); start it, or check the endpoint URL (--endpoint-url or AWS_ENDPOINT_URL)`, 3);
  }
  return null;
}
