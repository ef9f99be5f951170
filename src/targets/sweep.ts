/**
 * Deletes sandboxes that earlier runs left behind (a killed process, a failed close): only RestApis
 * tagged createdBy=apigw-patch-conformance, and only those older than the cutoff, so a run in
 * progress elsewhere keeps its sandbox. The name prefix alone proves nothing. The same for what runs
 * created outside a RestApi (API keys, usage plans, ...), by the same tag and a createdAt tag.
 */
import { DeleteRestApiCommand, GetRestApisCommand, type APIGatewayClient, type RestApi } from '@aws-sdk/client-api-gateway';
import { ApiCaller } from './apiCaller.js';
import { QuotaLimiter, type QuotaConfig } from './quotaLimiter.js';
import type { RetryPolicy } from './retryPolicy.js';
import { classifySdkFailure } from './sdkFailure.js';
import { accountResourceCreatedAtTag, sandboxCreatedByTag } from './sandbox.js';
import * as apiGateway from '@aws-sdk/client-api-gateway';
import { accountLevel } from '../resources/accountLevel.js';
import { createdKeyMember } from '../resources/createdKey.js';
import { resourceRegistry } from '../resources/registry.js';

export interface SweepOptions {
  client: APIGatewayClient;
  /** Only APIs created at least this long ago. */
  olderThanMs: number;
  /** List what would be deleted, delete nothing. */
  dryRun: boolean;
  /** The clock the cutoff is measured from (epoch ms); now by default. */
  now?: number;
  /** API Gateway's quotas by default (DeleteRestApi is 1 per 30 s); `false` for emulators. */
  quotas?: QuotaConfig | false;
  retry?: Partial<RetryPolicy>;
}

export interface SweptRestApi {
  id: string;
  name?: string;
  runId?: string;
  createdDate?: Date;
}

/** A resource outside any RestApi (an API key, a usage plan, ...) that a run created and tagged. */
export interface SweptAccountResource {
  resource: string;
  id: string;
  runId?: string;
  /** Left in place: the delete was refused (a usage plan with API stages still attached), with AWS's text. */
  refused?: string;
}

export interface SweepResult {
  dryRun: boolean;
  /** Deleted, or with dryRun, would be deleted. */
  restApis: SweptRestApi[];
  /** Resources outside the RestApis that runs created (tagged createdBy, createdAt before the cutoff): deleted, or would be. */
  accountResources: SweptAccountResource[];
  /** Sandboxes of this suite left alone because they are younger than the cutoff (runs in progress, perhaps). */
  keptYounger: number;
  /** API calls made. */
  calls: number;
}

export async function sweep(o: SweepOptions): Promise<SweepResult> {
  const caller = new ApiCaller({ retry: o.retry, limiter: o.quotas === false ? null : new QuotaLimiter(o.quotas) });
  const cutoff = (o.now ?? Date.now()) - o.olderThanMs;
  const candidates: SweptRestApi[] = [];
  let keptYounger = 0;
  let position: string | undefined;
  do {
    const page = await caller.call('GetRestApis', () => o.client.send(new GetRestApisCommand({ limit: 500, position })));
    for (const api of page.items ?? []) {
      if (isStaleSandbox(api, cutoff)) candidates.push({ id: api.id!, name: api.name, runId: api.tags?.runId, createdDate: api.createdDate });
      else if (api.tags?.[sandboxCreatedByTag.key] === sandboxCreatedByTag.value) keptYounger += 1;
    }
    position = page.position;
  } while (position);

  // Account-level resources first: a usage plan may name a sandbox's stage.
  const accountResources = await sweepAccountResources(o.client, caller, cutoff, o.dryRun);
  if (o.dryRun) return { dryRun: true, restApis: candidates, accountResources, keptYounger, calls: caller.calls };
  const deleted: SweptRestApi[] = [];
  for (const api of candidates) {
    try {
      await caller.call('DeleteRestApi', () => o.client.send(new DeleteRestApiCommand({ restApiId: api.id })));
      deleted.push(api);
    } catch (error) {
      const failure = classifySdkFailure(error);
      // Deleted meanwhile (its own run closed it): nothing to do.
      if (!(failure.kind === 'answer' && failure.error.name === 'NotFoundException')) throw error;
    }
  }
  return { dryRun: false, restApis: deleted, accountResources, keptYounger, calls: caller.calls };
}

type AnyCommand = new (input: object) => GetRestApisCommand;
const commandOf = (operation: string) => (apiGateway as unknown as Record<string, AnyCommand | undefined>)[`${operation}Command`];

/**
 * Every declared resource kept by the account, listed by its collection's Get (GetApiKeys,
 * GetUsagePlans, ...): those tagged createdBy=apigw-patch-conformance with a createdAt before the cutoff.
 */
async function sweepAccountResources(client: APIGatewayClient, caller: ApiCaller, cutoff: number, dryRun: boolean): Promise<SweptAccountResource[]> {
  const found: SweptAccountResource[] = [];
  // Only resources found by one id (not usage plan keys, which go with their plan's keys listing).
  for (const decl of resourceRegistry.filter((d) => accountLevel(d) && d.lifecycle.list && d.members.some((m) => m.name === 'tags') && (d.uri.match(/\{/g) ?? []).length === 1)) {
    const listing = decl.lifecycle.list!.operation;
    const list = commandOf(listing);
    const del = commandOf(decl.lifecycle.delete.operation);
    if (!list || !del) continue;
    let position: string | undefined;
    do {
      const page = (await caller.call(listing, () => client.send(new list({ limit: 500, ...(position ? { position } : {}) })))) as unknown as { items?: Array<Record<string, unknown>>; position?: string };
      for (const item of page.items ?? []) {
        const tags = (item.tags ?? {}) as Record<string, string>;
        const createdAt = Number(tags[accountResourceCreatedAtTag]);
        if (tags[sandboxCreatedByTag.key] !== sandboxCreatedByTag.value || !(createdAt <= cutoff)) continue;
        const id = String(item[createdKeyMember(decl)] ?? '');
        if (id) found.push({ resource: decl.name, id, ...(tags.runId ? { runId: tags.runId } : {}) });
      }
      position = page.position;
    } while (position);
    if (dryRun) continue;
    for (const r of found.filter((f) => f.resource === decl.name)) {
      try {
        await caller.call(decl.lifecycle.delete.operation, () => client.send(new del({ [decl.key]: r.id })));
      } catch (error) {
        const failure = classifySdkFailure(error);
        if (failure.kind !== 'answer') throw error;
        if (failure.error.name !== 'NotFoundException') r.refused = failure.error.message;
      }
    }
  }
  return found;
}

function isStaleSandbox(api: RestApi, cutoff: number): boolean {
  return (
    api.id !== undefined &&
    api.tags?.[sandboxCreatedByTag.key] === sandboxCreatedByTag.value &&
    api.createdDate !== undefined &&
    api.createdDate.getTime() <= cutoff
  );
}
