/**
 * AWS CLI commands equivalent to a case's requests, so a divergence can be settled on a real account
 * without this tool. The CLI validates parameters client-side, so bodies a real client could never
 * send (wrong JSON types, unknown members) may be refused by the CLI before reaching API Gateway;
 * the command is still the closest a reader can get.
 */
import { shellQuote } from './shellQuote.js';

export interface IntegrationCliContext {
  restApiId: string;
  resourceId: string;
  /** The method's verb (path parameter), not the backend verb. */
  httpMethod: string;
}

export interface CliTarget {
  region?: string;
  /** For emulators (LocalStack, moto); omitted for AWS itself. */
  endpointUrl?: string;
}

const globalOptions = (t: CliTarget): string[] => [
  ...(t.region ? ['--region', shellQuote(t.region)] : []),
  ...(t.endpointUrl ? ['--endpoint-url', shellQuote(t.endpointUrl)] : []),
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `aws apigateway update-integration` for one UpdateIntegration wire body (`{ patchOperations: [...] }`).
 * A body whose patchOperations is not a list cannot be said with `--patch-operations`; it goes through
 * `--cli-input-json` as it is.
 */
export function awsCliCommand(ctx: IntegrationCliContext, patchBody: unknown, target: CliTarget = {}): string {
  const ids = ['--rest-api-id', shellQuote(ctx.restApiId), '--resource-id', shellQuote(ctx.resourceId), '--http-method', shellQuote(ctx.httpMethod)];
  const base = ['aws', 'apigateway', 'update-integration', ...globalOptions(target)];
  if (isRecord(patchBody) && Array.isArray(patchBody['patchOperations']) && Object.keys(patchBody).length === 1) {
    return [...base, ...ids, '--patch-operations', shellQuote(JSON.stringify(patchBody['patchOperations']))].join(' ');
  }
  const input = { restApiId: ctx.restApiId, resourceId: ctx.resourceId, httpMethod: ctx.httpMethod, ...(isRecord(patchBody) ? patchBody : { patchOperations: patchBody }) };
  return [...base, '--cli-input-json', shellQuote(JSON.stringify(input))].join(' ');
}

/**
 * `aws apigateway put-integration --cli-input-json` for one PutIntegration wire body. On the wire
 * `httpMethod` is the backend verb; in the CLI's input it is `integrationHttpMethod`, and `httpMethod`
 * names the method.
 */
export function putIntegrationCliCommand(ctx: IntegrationCliContext, putBody: unknown, target: CliTarget = {}): string {
  const input: Record<string, unknown> = { restApiId: ctx.restApiId, resourceId: ctx.resourceId, httpMethod: ctx.httpMethod };
  if (isRecord(putBody)) {
    for (const [key, value] of Object.entries(putBody)) {
      if (key === 'httpMethod') input['integrationHttpMethod'] = value;
      else if (!(key in input)) input[key] = value;
    }
  }
  return ['aws', 'apigateway', 'put-integration', ...globalOptions(target), '--cli-input-json', shellQuote(JSON.stringify(input))].join(' ');
}

/** `aws apigateway get-integration` or `delete-integration` for the case's integration. */
function integrationCall(verb: 'get-integration' | 'delete-integration', ctx: IntegrationCliContext, target: CliTarget): string {
  return ['aws', 'apigateway', verb, ...globalOptions(target), '--rest-api-id', shellQuote(ctx.restApiId), '--resource-id', shellQuote(ctx.resourceId), '--http-method', shellQuote(ctx.httpMethod)].join(' ');
}

/**
 * The whole case as a script, one command per line: the put, then every call up to and including
 * `step` (sequences need the earlier steps to reach the diverging state). A negative `step` gives
 * the put alone, for a divergence on the first PutIntegration itself.
 */
export function awsCliScript(
  record: { put: unknown; patches: readonly unknown[]; calls?: readonly { operation: string; body?: unknown }[]; ctx: IntegrationCliContext },
  step: number,
  target: CliTarget = {},
): string {
  const calls = record.calls ?? record.patches.map((body) => ({ operation: 'UpdateIntegration', body }));
  const later = calls.slice(0, Math.max(0, step + 1)).map((c) => {
    switch (c.operation) {
      case 'PutIntegration':
        return putIntegrationCliCommand(record.ctx, c.body, target);
      case 'GetIntegration':
        return integrationCall('get-integration', record.ctx, target);
      case 'DeleteIntegration':
        return integrationCall('delete-integration', record.ctx, target);
      default:
        return awsCliCommand(record.ctx, c.body, target);
    }
  });
  return [putIntegrationCliCommand(record.ctx, record.put, target), ...later].join('\n');
}
