/**
 * msw handlers behind a plain node:http listener. Used by serve instead of @mswjs/http-middleware,
 * which crashes the process on `HttpResponse.error()` (it writes status 0 from an unawaited promise),
 * so dropped-connection faults could not be served; this adapter destroys the socket instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';

export function nodeHttpListener(handlers: readonly RequestHandler[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    answer(handlers, req, res).catch((e: unknown) => {
      // A throwing handler is a bug in the mock: answer like AWS's 500 so the client sees it.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-ErrorType': 'InternalFailure' });
        res.end(JSON.stringify({ message: `mock handler failed: ${e instanceof Error ? e.message : String(e)}` }));
      } else res.destroy();
    });
  };
}

async function answer(handlers: readonly RequestHandler[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
  });
  const response = await getResponse([...handlers], request);
  if (!response) {
    // Not a control-plane route: a 404 without an AWS error type, which targets read as "not implemented".
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'Mock not found' }));
    return;
  }
  if (response.type === 'error') {
    res.destroy(); // HttpResponse.error(): a dropped connection
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  out['content-length'] = String(body.length);
  res.writeHead(response.status, out);
  res.end(body);
}
