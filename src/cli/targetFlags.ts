/**
 * The flags that choose a target, shared by run, replay, corpus replay and sweep, and the target
 * they build. Checks every combination up front so a bad one is one line, before anything runs.
 */
import type { ParseArgsConfig } from 'node:util';
import { AwsTarget } from '../targets/awsTarget.js';
import { EndpointTarget } from '../targets/endpointTarget.js';
import { MswTarget } from '../targets/mswTarget.js';
import type { Target } from '../targets/target.js';
import { loadImplementation } from './loadImplementation.js';
import { faultFlags } from './faultFlags.js';
import { isLoopbackEndpoint } from '../targets/loopback.js';
import { UsageError } from './usageError.js';

export const targetOptions = {
  target: { type: 'string' },
  'endpoint-url': { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'allow-account': { type: 'string' },
  implementation: { type: 'string' },
  'fault-rate': { type: 'string' },
  'fault-seed': { type: 'string' },
  'msw-transport': { type: 'string' },
  'request-timeout': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export type TargetFlags = { [K in keyof typeof targetOptions]?: string };

export interface TargetChoice {
  kind: 'msw' | 'endpoint' | 'aws';
  label: string;
  endpoint?: string;
  region: string;
  implementationPath?: string;
  /** The flags as given, to print in replay commands. */
  argv: string[];
  build(runId: string): Promise<Target>;
}

export function chooseTarget(f: TargetFlags): TargetChoice {
  // The SDK's own convention: an endpoint in the environment is the target unless a flag says otherwise
  // (an emulator's CI sets AWS_ENDPOINT_URL; running the embedded mock there would be a false green).
  const envEndpoint = process.env['AWS_ENDPOINT_URL_API_GATEWAY'] ?? process.env['AWS_ENDPOINT_URL'];
  const kind = (f.target ?? (f['endpoint-url'] || (envEndpoint && !f.implementation) ? 'endpoint' : 'msw')) as TargetChoice['kind'];
  if (!['msw', 'endpoint', 'aws'].includes(kind)) throw new UsageError(`--target ${f.target}: unknown target; use msw (default), endpoint (with --endpoint-url) or aws (with --allow-account)`);
  const region = f.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const argv: string[] = [];
  const keep = (flag: keyof TargetFlags) => {
    if (f[flag] !== undefined) argv.push(`--${flag}`, f[flag]!);
  };
  (['target', 'endpoint-url', 'region', 'profile', 'allow-account', 'implementation', 'fault-rate', 'fault-seed', 'msw-transport', 'request-timeout'] as const).forEach(keep);
  const timeoutMs = requestTimeoutMs(f['request-timeout']);

  if (kind !== 'msw') {
    if (f.implementation) throw new UsageError(`--implementation only works with --target msw (a remote ${kind} target runs its own implementation); drop one of them`);
    if (f['fault-rate']) throw new UsageError('--fault-rate only works with --target msw; serve the mock with `apigw-patch-conformance serve --fault-rate` to fault an endpoint');
    if (f['msw-transport']) throw new UsageError('--msw-transport only works with --target msw');
  }
  if (kind === 'msw') {
    if (f['endpoint-url']) throw new UsageError('--endpoint-url needs --target endpoint (or no --target); the msw target runs in-process');
    const faults = faultFlags(f['fault-rate'], f['fault-seed']);
    const transport = f['msw-transport'] ?? 'dispatch';
    if (transport !== 'dispatch' && transport !== 'intercept') throw new UsageError(`--msw-transport ${transport}: use dispatch (default: requests go straight to msw's handlers) or intercept (msw's setupServer over Node's http)`);
    return {
      kind, label: f.implementation ? `msw (${f.implementation})` : 'msw (reference)', region: 'us-east-1', argv,
      ...(f.implementation ? { implementationPath: f.implementation } : {}),
      async build(runId) {
        const loaded = f.implementation ? await loadImplementation(f.implementation) : {};
        return new MswTarget({ runId, transport, ...loaded, ...(timeoutMs ? { answerTimeoutMs: timeoutMs } : {}), ...(faults ? { faults, retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 5 } } : {}) });
      },
    };
  }
  if (kind === 'endpoint') {
    const url = f['endpoint-url'] ?? envEndpoint;
    if (!url) throw new UsageError('--target endpoint needs --endpoint-url URL (or AWS_ENDPOINT_URL), e.g. --endpoint-url http://localhost:4566');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`--endpoint-url ${url}: not a URL; write it as http://host:port, e.g. http://localhost:4566`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--endpoint-url ${url}: must be http:// or https://`);
    const from = f['endpoint-url'] ? '' : process.env['AWS_ENDPOINT_URL_API_GATEWAY'] ? ' (from AWS_ENDPOINT_URL_API_GATEWAY)' : ' (from AWS_ENDPOINT_URL)';
    // A replay of this run must reach the same endpoint without the environment.
    if (!f['endpoint-url']) argv.push('--endpoint-url', url);
    return {
      kind, label: `endpoint ${parsed.origin}${from}`, endpoint: parsed.origin, region, argv,
      build: async (runId) => new EndpointTarget({ endpoint: url, region, runId, ...(f.profile ? { profile: f.profile } : {}), ...(isLoopbackEndpoint(url) ? { quotas: false as const } : {}), ...(timeoutMs ? { requestTimeoutMs: timeoutMs } : {}) }),
    };
  }
  const account = f['allow-account'];
  if (!account) throw new UsageError('--target aws needs --allow-account ACCOUNT_ID: the run refuses any other account');
  if (!/^\d{12}$/.test(account)) throw new UsageError(`--allow-account ${account}: an AWS account id is 12 digits`);
  return {
    kind, label: `aws ${account} ${region}`, region, argv,
    build: async (runId) => new AwsTarget({ allowAccount: account, region, runId, ...(f.profile ? { profile: f.profile } : {}), ...(timeoutMs ? { requestTimeoutMs: timeoutMs } : {}) }),
  };
}


/** `--request-timeout SECONDS`: how long one call may go unanswered (a fraction of a second is allowed). */
function requestTimeoutMs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(seconds > 0) || seconds > 600) throw new UsageError(`--request-timeout ${raw}: give the seconds one call may take, more than 0 and at most 600 (default 30 for endpoints, 10 in-process)`);
  return Math.round(seconds * 1000);
}
