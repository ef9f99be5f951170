/**
 * Outcome fields read from the raw wire answer (src/sdk/rawResponseBody.ts) rather than from what the
 * SDK's deserializer left: every member, nulls and unknown ones included, and the body's own message.
 */
import type { Integration } from '../contract.js';
import type { RawResponse } from '../sdk/rawResponseBody.js';

/**
 * HAL members that API Gateway's own documentation shows in sample responses (`_links`, `_embedded`,
 * the `application/hal+json` rendering). They describe links, not the integration, so a target that
 * sends them is not held to diverge for it. This is the only normalisation of a success body.
 */
const halMembers: readonly string[] = ['_links', '_embedded'];

/** The integration exactly as the target sent it, minus HAL members; null when the body was no JSON object. */
export function wireIntegration(raw: RawResponse | null): Integration | null {
  if (!raw?.json) return null;
  return Object.fromEntries(Object.entries(raw.json).filter(([key]) => !halMembers.includes(key))) as Integration;
}

/** The error text the target sent (`message`, or `Message` as some AWS services spell it), when a string. */
export function wireErrorMessage(raw: RawResponse | null): string | undefined {
  const message = raw?.json?.message ?? raw?.json?.Message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * The exception named by `x-amzn-ErrorType`, trimmed like the SDK trims it: Coral may append
 * `:<namespace URL>`, and a Smithy shape id prefixes `namespace#`.
 */
export function wireErrorType(raw: RawResponse | null): string | undefined {
  const header = Object.entries(raw?.headers ?? {}).find(([name]) => name.toLowerCase() === 'x-amzn-errortype')?.[1];
  const type = header?.split(':', 1)[0]?.split('#').pop()?.trim();
  return type ? type : undefined;
}
