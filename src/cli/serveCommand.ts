/** `serve`: the mock control plane over real HTTP on loopback, for any client in any language. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { serve } from '../mock/serve.js';
import { faultFlags } from './faultFlags.js';
import { isLoopbackEndpoint } from '../targets/loopback.js';
import { loadImplementation } from './loadImplementation.js';
import { integerFlag } from './integerFlag.js';
import { UsageError } from './usageError.js';
import { observationsFromFlags } from './observationsFlag.js';

export const serveUsage = 'apigw-patch-conformance serve [--host 127.0.0.1] [--port 4566] [--implementation MODULE] [--fault-rate R] [--fault-seed S] [--observations FILE]...';

export const serveFlags = { host: { type: 'string' }, port: { type: 'string' }, implementation: { type: 'string' }, 'fault-rate': { type: 'string' }, 'fault-seed': { type: 'string' }, observations: { type: 'string', multiple: true } } as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: serveFlags,
  });
  const port = integerFlag('--port', values.port, 4566, 0);
  if (port > 65535) throw new UsageError(`--port ${port}: a TCP port is 0..65535`);
  const faults = faultFlags(values['fault-rate'], values['fault-seed']);
  const loaded = values.implementation ? await loadImplementation(values.implementation) : {};
  // The reference the mock answers with follows what a real account answered.
  await observationsFromFlags(values.observations);
  let served;
  try {
    served = await serve({
      host: values.host ?? '127.0.0.1',
      port,
      ...loaded,
      ...(faults && faults.rate > 0 ? { faults } : {}),
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; stop what listens there or pass --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new UsageError(`cannot listen on ${values.host ?? '127.0.0.1'}:${port} (${code}); use a local address and a port above 1023`);
    throw e;
  }
  if (!isLoopbackEndpoint(served.url)) process.stderr.write(`warning: ${values.host} is not a loopback address; the mock has no authentication and is now reachable from the network\n`);
  process.stdout.write(`serving the API Gateway control plane (${values.implementation ?? 'reference'}) at ${served.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void served.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Started through npx or from a script: when that parent goes (killed without passing the signal on),
    // the server goes too, and frees its port.
    const parent = process.ppid;
    const orphaned = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(orphaned);
        stop();
      }
    }, 500);
    orphaned.unref();
  });
  return 0;
}
