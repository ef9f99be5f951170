/**
 * AWS CLI commands equivalent to a case's requests, so a divergence can be settled on a real account
 * without this tool. The CLI validates parameters client-side, so bodies a real client could never
 * send (wrong JSON types, unknown members) may be refused by the CLI before reaching API Gateway;
 * the command is still the closest a reader can get.
 */
import { declarationNamed } from '../resources/registry.js';
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

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
  record: { put: unknown; patches: readonly unknown[]; calls?: readonly { operation: string; body?: unknown }[]; ctx: IntegrationCliContext; resource?: string; key?: string },
  step: number,
  target: CliTarget = {},
): string {
  if (record.resource) return declaredCliScript(record as typeof record & { resource: string }, step, target);
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

/** `put-method-response` for PutMethodResponse: the CLI's command names are the operations' in kebab case. */
export const cliVerb = (operation: string) => operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * A declared resource's case (src/resources) as commands: its put (after the smallest put of each
 * external parent, a MOCK integration under an integration response), the updates up to `step`, and
 * the get, the delete and the get after it when the case got that far. Every command takes `--cli-input-json`: the path
 * parameters and the wire body, which the CLI's input names alike for these operations.
 */
function declaredCliScript(record: { put: unknown; patches: readonly unknown[]; ctx: IntegrationCliContext; resource: string; key?: string }, step: number, target: CliTarget): string {
  const decl = declarationNamed(record.resource);
  const params: Record<string, string> = { restApiId: record.ctx.restApiId, resourceId: record.ctx.resourceId, httpMethod: record.ctx.httpMethod, ...(record.key !== undefined ? { [decl.key]: record.key } : {}) };
  const command = (operation: string, body?: unknown, names: Record<string, string> = params) =>
    ['aws', 'apigateway', cliVerb(operation), ...globalOptions(target), '--cli-input-json', shellQuote(JSON.stringify({ ...names, ...(isRecord(body) ? body : {}) }))].join(' ');
  const lines: string[] = [];
  for (let p = decl.parent; p; p = declarationNamed(p).parent) {
    const parent = declarationNamed(p);
    if (parent.external && parent.lifecycle.put.minimal) lines.unshift(command(parent.lifecycle.put.operation, parent.lifecycle.put.minimal));
  }
  // A create names no key (the target assigns it, or the body names it).
  const { [decl.key]: _assigned, ...createParams } = params;
  lines.push(command(decl.lifecycle.put.operation, record.put, decl.lifecycle.put.verb === 'post' ? createParams : params));
  const updates = record.patches.slice(0, Math.max(0, step));
  for (const body of updates) lines.push(command(decl.lifecycle.update!.operation, body));
  if (step > record.patches.length) lines.push(command(decl.lifecycle.get.operation));
  if (step > record.patches.length + 1) lines.push(command(decl.lifecycle.delete.operation));
  if (step > record.patches.length + 2) lines.push(command(decl.lifecycle.get.operation));
  return lines.join('\n');
}
