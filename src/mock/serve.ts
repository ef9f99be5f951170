/**
 * The same control-plane handlers over real HTTP on loopback. The default adapter is a small
 * node:http listener (nodeHttpAdapter.ts); @mswjs/http-middleware's createServer is kept as an
 * option for comparison, without dropped-connection faults, which crash it.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createMiddlewareServer } from '@mswjs/http-middleware';
import { createControlPlane, type ControlPlane, type ControlPlaneOptions } from './controlPlane.js';
import { nodeHttpListener } from './nodeHttpAdapter.js';

export type ServeAdapter = 'node-http' | 'http-middleware';

export interface ServeOptions extends ControlPlaneOptions {
  /** Default 127.0.0.1: the mock has no authentication, keep it off the network. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  adapter?: ServeAdapter;
}

export interface ServedControlPlane {
  readonly url: string;
  readonly controlPlane: ControlPlane;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<ServedControlPlane> {
  const adapter = options.adapter ?? 'node-http';
  const drops = options.faults && (options.faults.kinds ? (options.faults.kinds.drop ?? 0) > 0 : true);
  if (adapter === 'http-middleware' && drops && options.faults!.rate > 0) {
    throw new Error("serve: the 'http-middleware' adapter cannot inject dropped connections (it crashes on HttpResponse.error()); use 'node-http' or set faults.kinds.drop to 0");
  }
  const controlPlane = createControlPlane(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server =
    adapter === 'node-http'
      ? createHttpServer(nodeHttpListener(controlPlane.handlers))
      : // http-middleware's typings resolve msw's CJS declarations; the handlers are the same objects at run time.
        createHttpServer(createMiddlewareServer(...(controlPlane.handlers as unknown as Parameters<typeof createMiddlewareServer>)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    controlPlane,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
