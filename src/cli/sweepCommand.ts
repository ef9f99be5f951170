/** `sweep`: deletes sandboxes left by crashed runs, only those tagged by this suite. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createApiGatewayClient } from '../sdk/apiGatewayClient.js';
import { dummyCredentials } from '../sdk/dummyCredentials.js';
import { sweep } from '../targets/sweep.js';
import { isLoopbackEndpoint } from '../targets/loopback.js';
import { describeTargetFailure } from './targetFailure.js';
import { UsageError } from './usageError.js';

export const sweepUsage = 'apigw-patch-conformance sweep (--endpoint-url URL | --target aws --allow-account ID) [--region R] [--profile P] [--older-than 2h] [--dry-run]';

/** "90s", "15m", "2h", "1d" → milliseconds. */
export function parseDuration(raw: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(raw.trim());
  if (!m) throw new UsageError(`--older-than ${raw}: write a duration like 30m, 2h or 1d`);
  return Number(m[1]) * { s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

export const sweepFlags = {
      target: { type: 'string' }, 'endpoint-url': { type: 'string' }, region: { type: 'string' }, profile: { type: 'string' },
      'allow-account': { type: 'string' }, 'older-than': { type: 'string' }, 'dry-run': { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function sweepCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: sweepFlags,
  });
  const olderThanMs = parseDuration(values['older-than'] ?? '2h');
  const region = values.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const endpoint = values['endpoint-url'];
  const aws = values.target === 'aws';
  if (aws === Boolean(endpoint)) throw new UsageError('sweep needs exactly one of --endpoint-url URL or --target aws --allow-account ID');
  const loopback = endpoint ? isLoopbackEndpoint(endpoint) : false;
  const client = createApiGatewayClient({ region, maxAttempts: 1, requestTimeoutMs: 30_000, ...(endpoint ? { endpoint } : {}), ...(values.profile ? { profile: values.profile } : {}), ...(loopback ? { credentials: dummyCredentials() } : {}) });
  const label = endpoint ?? `aws ${values['allow-account'] ?? ''}`;
  try {
    if (aws) {
      const allowed = values['allow-account'];
      if (!allowed || !/^\d{12}$/.test(allowed)) throw new UsageError('--target aws needs --allow-account with the 12-digit account id to sweep');
      const who = await new STSClient({ region, ...(values.profile ? { profile: values.profile } : {}) }).send(new GetCallerIdentityCommand({}));
      if (who.Account !== allowed) throw new UsageError(`refusing to sweep account ${who.Account}: only ${allowed} is allowed`);
    }
    const result = await sweep({ client, olderThanMs, dryRun: values['dry-run'] ?? false, ...(loopback ? { quotas: false as const } : {}) });
    for (const api of result.restApis) process.stdout.write(`${result.dryRun ? 'would delete' : 'deleted'} ${api.id} ${api.name ?? ''} (run ${api.runId ?? '?'}, created ${api.createdDate?.toISOString() ?? '?'})\n`);
    for (const r of result.accountResources) process.stdout.write(`${r.refused ? 'could not delete' : result.dryRun ? 'would delete' : 'deleted'} ${r.resource} ${r.id} (run ${r.runId ?? '?'})${r.refused ? `: ${r.refused}` : ''}\n`);
    const kept = result.keptYounger > 0 ? `; ${result.keptYounger} younger than --older-than ${values['older-than'] ?? '2h'} kept` : '';
    process.stdout.write(`${result.restApis.length} sandbox(es) ${result.dryRun ? 'to delete' : 'deleted'}${kept}; ${result.calls} API call(s)\n`);
    return 0;
  } catch (e) {
    throw describeTargetFailure(e, label) ?? e;
  }
}
