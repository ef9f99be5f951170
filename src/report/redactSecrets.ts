/**
 * Masks AWS credentials before anything reaches a report, a baseline or the terminal. Reports are
 * published as CI artifacts and PR comments, so a key that leaked into an error message, an endpoint
 * URL or a generated body must not travel with them.
 *
 * What is recognised (by shape, so it holds whatever the surrounding text is):
 * - access key ids: AKIA / ASIA followed by 16 upper-case letters or digits;
 * - values under secret-bearing keys (secretAccessKey, aws_secret_access_key, sessionToken,
 *   x-amz-security-token, authorization, password, ...) in objects, and after `key=` / `key: ` in text;
 * - SigV4 `Authorization` values (`AWS4-HMAC-SHA256 Credential=..., Signature=...`);
 * - presigned URL query parameters X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token;
 * - user information in URLs (`https://user:pass@host`).
 * A bare 40-character secret with no key in front of it cannot be told from data and is left alone.
 */

export const redactionMark = '[REDACTED]';

/** Keys whose whole value is a secret, compared without case, `-`, `_` and spaces. */
const secretKeys: ReadonlySet<string> = new Set([
  'secretaccesskey',
  'awssecretaccesskey',
  'sessiontoken',
  'awssessiontoken',
  'securitytoken',
  'awssecuritytoken',
  'xamzsecuritytoken',
  'xamzsignature',
  'xamzcredential',
  'authorization',
  'password',
  'clientsecret',
]);

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

export function isSecretKey(key: string): boolean {
  return secretKeys.has(normaliseKey(key));
}

// Text patterns, applied in order. Each keeps the non-secret part (key, prefix) so a reader still
// sees what was there.
const keyedSecret =
  /((?<![\w.-])(?:aws[_-]?)?(?:secret[_-]?access[_-]?key|session[_-]?token|security[_-]?token)["']?\s*[:=]\s*["']?|(?<![\w.-])x-amz-security-token["']?\s*[:=]\s*["']?|(?<![\w.-])password["']?\s*[:=]\s*["']?)(?!\[REDACTED\])[^\s"'&,;]+/gi;
// Values start at a non-blank so backtracking over the separator cannot re-mask a mask.
const authorizationHeader = /((?<![\w.-])authorization["']?\s*[:=]\s*["']?)(?!\[REDACTED\])[^\s"'][^"'\r\n]*/gi;
const sigV4Value = /(AWS4-HMAC-SHA256)\s+(?!\[REDACTED\])[^\s"'][^"'\r\n]*/g;
const signedQueryParam = /([?&](?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)(?!\[REDACTED\])[^&\s"'#]*/gi;
const accessKeyId = /(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
// The lookbehind makes a scheme start only where a run of scheme characters starts: linear time on long blobs.
const urlUserInfo = /((?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/)(?!\[REDACTED\]@)[^\s/?#@"'<>]+@/gi;

/** Masks every secret-shaped substring of one line (or block) of text. */
export function redactText(s: string): string {
  return s
    .replace(sigV4Value, `$1 ${redactionMark}`)
    .replace(authorizationHeader, `$1${redactionMark}`)
    .replace(keyedSecret, `$1${redactionMark}`)
    .replace(signedQueryParam, `$1${redactionMark}`)
    .replace(accessKeyId, `$1${redactionMark}`)
    .replace(urlUserInfo, `$1${redactionMark}@`);
}

/**
 * A deep copy of `value` with secrets masked: values under secret keys are replaced whole, every
 * other string (object keys included) goes through redactText. Key order and array order are kept,
 * because a counterexample's key order is part of what it says (the deserializer fails on the first
 * bad member in document order).
 */
export function redactSecrets<T>(value: T): T {
  return redactValue(value, new WeakMap()) as T;
}

function redactValue(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(redactValue(item, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [key, v] of Object.entries(value)) {
    const masked = isSecretKey(key) && v !== null && v !== undefined && v !== '' ? redactionMark : redactValue(v, seen);
    // defineProperty, not assignment: a generated body may carry an own `__proto__` key.
    Object.defineProperty(out, redactText(key), { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
