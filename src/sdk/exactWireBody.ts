/**
 * Makes one command send an exact wire body. The SDK serializes its typed input (dropping unknown
 * members, renaming `integrationHttpMethod` to `httpMethod`); a conformance case must instead reach
 * the server as generated: wrong JSON types, extra fields, even a non-object. This build-step
 * middleware replaces the serialized body with `JSON.stringify(rawBody)` before signing, so SigV4's
 * payload hash covers the bytes actually sent. `undefined` sends an empty body.
 */
import type { $Command } from '@aws-sdk/client-api-gateway';

interface SerializedRequest {
  headers: Record<string, string>;
  body?: unknown;
}

// Any command of any client: the middleware only touches the serialized HTTP request.
type AnyCommand = $Command<any, any, any, any, any>;

export const exactWireBodyMiddlewareName = 'exactWireBody';

export function withExactWireBody<C extends AnyCommand>(command: C, rawBody: unknown): C {
  const text = JSON.stringify(rawBody) ?? '';
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as SerializedRequest;
      if (typeof request === 'object' && request !== null && typeof request.headers === 'object') {
        request.body = text;
        for (const name of Object.keys(request.headers)) if (name.toLowerCase() === 'content-length') delete request.headers[name];
        request.headers['content-length'] = String(Buffer.byteLength(text));
        request.headers['content-type'] = 'application/json';
      }
      return next(args);
    },
    { step: 'build', priority: 'low', name: exactWireBodyMiddlewareName, override: true },
  );
  return command;
}
