/**
 * Lets one command report the HTTP answer as it came off the wire. The SDK's deserializer keeps only
 * the members its model knows and drops null values, so `"credentials": null` or an extra member
 * would look like a conforming answer; a conformance check must see them. This deserialize-step
 * middleware sits inside the deserializer: it reads the body bytes first, reports status, headers and
 * the parsed JSON, then hands the deserializer a fresh stream of the same bytes.
 */
import { Readable } from 'node:stream';
import type { $Command } from '@aws-sdk/client-api-gateway';

export interface RawResponse {
  status: number;
  /** As the HTTP handler gave them (lower-case names from Node's handler and the msw dispatcher). */
  headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON when it is a JSON object; null for anything else (empty, text, an array). */
  json: Record<string, unknown> | null;
}

interface ReceivedResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: unknown;
}

// Any command of any client: the middleware only touches the HTTP response.
type AnyCommand = $Command<any, any, any, any, any>;

export const rawResponseBodyMiddlewareName = 'rawResponseBody';

export function withRawResponseBody<C extends AnyCommand>(command: C, record: (raw: RawResponse) => void): C {
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = (result as { response?: unknown }).response as ReceivedResponse | undefined;
      if (typeof response === 'object' && response !== null && typeof response.statusCode === 'number') {
        const bytes = await bodyBytes(response.body);
        response.body = Readable.from([bytes]);
        record({ status: response.statusCode, headers: { ...response.headers }, json: jsonObject(bytes) });
      }
      return result;
    },
    // 'low' within the deserialize step: inside the SDK's deserializer, so this runs on the response first.
    { step: 'deserialize', priority: 'low', name: rawResponseBodyMiddlewareName, override: true },
  );
  return command;
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<unknown>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  throw new TypeError(`unreadable HTTP response body (${Object.prototype.toString.call(body)})`);
}

function jsonObject(bytes: Buffer): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
