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
import { accountResourceCreatedAtTag, madeBySuite } from './sandboxTags.js';
import { sweepAccountResources, type SweptAccountResource } from './accountResourceSweep.js';

export type { SweptAccountResource } from './accountResourceSweep.js';

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
      else if (madeBySuite(api.tags)) keptYounger += 1;
    }
    position = page.position;
  } while (position);

  // Account-level resources first: a usage plan may name a sandbox's stage.
  const stale = (tags: Readonly<Record<string, string>>) => madeBySuite(tags) && Number(tags[accountResourceCreatedAtTag]) <= cutoff;
  const accountResources = await sweepAccountResources(o.client, caller, stale, o.dryRun);
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

function isStaleSandbox(api: RestApi, cutoff: number): boolean {
  return (
    api.id !== undefined &&
    madeBySuite(api.tags) &&
    api.createdDate !== undefined &&
    api.createdDate.getTime() <= cutoff
  );
}
