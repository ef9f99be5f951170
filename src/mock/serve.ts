/**
 * The same control-plane handlers over real HTTP on loopback, through @mswjs/http-middleware.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from '@mswjs/http-middleware';
import { createControlPlane, type ControlPlane, type ControlPlaneOptions } from './controlPlane.js';

export interface ServeOptions extends ControlPlaneOptions {
  /** Default 127.0.0.1: the mock has no authentication, keep it off the network. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface ServedControlPlane {
  readonly url: string;
  readonly controlPlane: ControlPlane;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<ServedControlPlane> {
  const controlPlane = createControlPlane(options);
  // http-middleware's typings resolve msw's CJS declarations; the handlers are the same objects at run time.
  const app = createServer(...(controlPlane.handlers as unknown as Parameters<typeof createServer>));
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s: Server = app.listen(options.port ?? 0, host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    controlPlane,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
