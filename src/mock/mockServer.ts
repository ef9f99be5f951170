/**
 * The control plane intercepted in-process with msw's setupServer. msw patches node's http per
 * process, so one server is created and listened once; each start installs its handlers and close
 * removes them. Only one mock may be active at a time in a process. Requests to other hosts pass through.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createControlPlane, type ControlPlane, type ControlPlaneOptions } from './controlPlane.js';

export interface MockServerOptions extends ControlPlaneOptions {
  /** More handlers (e.g. STS in tests), consulted after the control plane's. */
  extraHandlers?: readonly RequestHandler[];
}

export interface MockServer {
  readonly controlPlane: ControlPlane;
  close(): void;
}

let server: ReturnType<typeof setupServer> | null = null;
let active: MockServer | null = null;

/** An unmatched request to an AWS host is an error (a missing mock); anything else goes to the network. Belt and braces: unmockedAwsRoute normally answers AWS hosts first. */
function isAwsHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'amazonaws.com' || host.endsWith('.amazonaws.com');
}

/**
 * msw 2.15's 'error' strategy prints, then lets the request through to the network (measured: the
 * SDK got ENOTFOUND for the real host). So the last handler answers every other AWS request itself,
 * with a 404 that has no AWS error type, like serve's unknown routes: targets report the operation
 * as not implemented, and nothing leaks to real AWS.
 */
const unmockedAwsRoute = http.all(/^https?:\/\/([a-z0-9-]+\.)*amazonaws\.com(:\d+)?\//, ({ request }) => {
  console.error(`[mock] no handler for ${request.method} ${request.url}`);
  return HttpResponse.json({ error: 'Mock not found' }, { status: 404 });
});

export function startMockServer(options: MockServerOptions = {}): MockServer {
  if (active) throw new Error('a mock control plane is already active in this process; close it first');
  if (!server) {
    // The fallback is an initial handler, so it survives resetHandlers(): AWS stays unreachable between mocks too.
    const created = setupServer(unmockedAwsRoute);
    created.listen({
      onUnhandledRequest: (request, print) => {
        if (isAwsHost(request.url)) print.error();
      },
    });
    server = created;
  }
  const controlPlane = createControlPlane(options);
  const listening = server;
  listening.use(...controlPlane.handlers, ...(options.extraHandlers ?? []));
  const handle: MockServer = {
    controlPlane,
    close() {
      if (active !== handle) return;
      listening.resetHandlers();
      active = null;
    },
  };
  active = handle;
  return handle;
}
