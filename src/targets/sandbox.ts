/**
 * The sandbox every SDK target shares: open() creates ONE RestApi for the run, tagged so sweep can
 * find it, with one `/s<i>/{proxy+}` resource and a GET method per slot; close() deletes that
 * RestApi and nothing else. Subclasses only provide the client and checks before opening.
 * close() during open() (a SIGINT while the sandbox is being created) waits for open() to settle,
 * then deletes what it created; open() stops creating once a close is requested, and fails.
 */
import {
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetResourcesCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { randomBytes } from 'node:crypto';
import { AccountResourceLedger } from './accountResourceLedger.js';
import { deleteAccountResource, sweepAccountResources } from './accountResourceSweep.js';
import { resourceRegistry } from '../resources/registry.js';
import { accountResourceCreatedAtTag, madeBySuite, sandboxCreatedByTag, sandboxNamePrefix } from './sandboxTags.js';
import * as apiGateway from '@aws-sdk/client-api-gateway';
import { ApiCaller, type ApiCallerOptions } from './apiCaller.js';
import { IntegrationSession } from './integrationSession.js';
import { classifySdkFailure } from './sdkFailure.js';
import { sandboxMethodRequestParameters } from '../sandboxMethod.js';
import type { Target, TargetSession } from './target.js';

export { sandboxNamePrefix, sandboxCreatedByTag, accountResourceCreatedAtTag } from './sandboxTags.js';
export const sandboxHttpMethod = 'GET';

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export interface SandboxTargetOptions extends ApiCallerOptions {
  /** Names and tags the RestApi; a fresh one by default. */
  runId?: string;
}

export abstract class SandboxTarget implements Target {
  abstract readonly name: string;
  readonly runId: string;
  protected readonly caller: ApiCaller;
  private restApiId: string | null = null;
  private opened = false;
  /** The sandbox creation in progress (settled when done, whatever the result); close() waits for it. */
  private opening: Promise<void> | null = null;
  private closeRequested = false;
  private closing: Promise<void> | null = null;
  /** What cases created outside the RestApi (API keys, usage plans, ...): deleted before it. */
  private readonly ledger = new AccountResourceLedger();
  /** Whether creates outside the RestApi carry the run's tags (a real account, where sweep must find them). */
  protected readonly tagsAccountResources: boolean = false;
  private readonly startedAt = Date.now();

  protected constructor(
    protected client: APIGatewayClient,
    options: SandboxTargetOptions,
  ) {
    this.runId = options.runId ?? newRunId();
    this.caller = new ApiCaller(options);
  }

  get calls(): number {
    return this.caller.calls;
  }

  /** The RestApi open() created, while it exists. */
  get sandboxRestApiId(): string | null {
    return this.restApiId;
  }

  /** Runs before anything is created: account checks, credential resolution, starting a mock. */
  protected async beforeOpen(): Promise<void> {}

  /** Runs after the RestApi is deleted. */
  protected async afterClose(): Promise<void> {}

  async open(slots = 1): Promise<TargetSession[]> {
    if (this.opened) throw new Error(`${this.name} target is already open`);
    if (!(Number.isInteger(slots) && slots >= 1)) throw new RangeError(`slots must be a positive integer, got ${slots}`);
    this.opened = true;
    if (this.closeRequested) throw new Error(`${this.name} target is closed`);
    const creating = this.beforeOpen().then(() => this.createSandbox(slots));
    this.opening = creating.then(
      () => {},
      () => {},
    );
    try {
      return await creating;
    } catch (error) {
      await this.close().catch(() => {}); // leave nothing behind; the first error is the one to report
      throw error;
    }
  }

  close(): Promise<void> {
    this.closeRequested = true;
    this.closing ??= this.closeAfterOpening();
    return this.closing;
  }

  private async closeAfterOpening(): Promise<void> {
    try {
      // An open() in progress may still be creating the RestApi: delete it once it exists.
      await this.opening;
      await this.deleteSandbox();
    } finally {
      await this.afterClose();
    }
  }

  private throwIfCloseRequested(): void {
    if (this.closeRequested) throw new Error(`${this.name} target was closed while opening; what it created is deleted`);
  }

  private async createSandbox(slots: number): Promise<TargetSession[]> {
    this.throwIfCloseRequested();
    const api = await this.caller.call('CreateRestApi', () =>
      this.client.send(
        new CreateRestApiCommand({
          name: `${sandboxNamePrefix}${this.runId}`,
          description: 'Sandbox of an apigw-patch-conformance run; safe to delete.',
          // Regional: CreateRestApi's quota is 1 per 3 s for these, 1 per 30 s for edge-optimized ones.
          endpointConfiguration: { types: ['REGIONAL'] },
          tags: this.runTags(),
        }),
      ),
    );
    if (!api.id) throw new Error('CreateRestApi answered without an id');
    this.restApiId = api.id;
    const restApiId = api.id;
    this.throwIfCloseRequested();
    const rootId = api.rootResourceId ?? (await this.findRootResourceId(restApiId));

    const account = await this.account();
    const sessions: TargetSession[] = [];
    for (let i = 0; i < slots; i++) {
      this.throwIfCloseRequested();
      const slot = await this.caller.call('CreateResource', () =>
        this.client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: `s${i}` })),
      );
      const proxy = await this.caller.call('CreateResource', () =>
        this.client.send(new CreateResourceCommand({ restApiId, parentId: slot.id!, pathPart: '{proxy+}' })),
      );
      await this.caller.call('PutMethod', () =>
        this.client.send(
          new PutMethodCommand({
            restApiId,
            resourceId: proxy.id!,
            httpMethod: sandboxHttpMethod,
            authorizationType: 'NONE',
            requestParameters: { ...sandboxMethodRequestParameters },
          }),
        ),
      );
      sessions.push(
        new IntegrationSession(
          { restApiId, resourceId: proxy.id!, httpMethod: sandboxHttpMethod, methodRequestParameters: sandboxMethodRequestParameters },
          this.client,
          this.caller,
          this.ledger,
          this.tagsAccountResources ? { ...this.runTags(), [accountResourceCreatedAtTag]: String(this.startedAt) } : undefined,
          account ?? undefined,
          [
            { id: rootId, path: '/' },
            { id: slot.id!, parentId: rootId, pathPart: `s${i}`, path: `/s${i}` },
            { id: proxy.id!, parentId: slot.id!, pathPart: '{proxy+}', path: `/s${i}/{proxy+}` },
          ],
        ),
      );
    }
    this.throwIfCloseRequested();
    return sessions;
  }

  /**
   * The account the target plays, which some of AWS's texts name: an emulator's (LocalStack's
   * 000000000000, moto's 123456789012) is read from its answer to a get of an API that cannot exist;
   * null when the answer does not name one.
   */
  protected async account(): Promise<{ id: string; region: string } | null> {
    const region = await this.client.config.region();
    try {
      await this.caller.call('GetRestApi', () => this.client.send(new apiGateway.GetRestApiCommand({ restApiId: 'apigwpcnone0' })));
    } catch (error) {
      const failure = classifySdkFailure(error);
      const id = failure.kind === 'answer' ? /\b(\d{12}):apigwpcnone0\b/.exec(failure.error.message)?.[1] : undefined;
      if (id) return { id, region };
    }
    return null;
  }

  private runTags(): Record<string, string> {
    return { [sandboxCreatedByTag.key]: sandboxCreatedByTag.value, runId: this.runId };
  }

  /**
   * Deletes what cases left outside the RestApi, last made first; then, on a real account, whatever
   * else carries this run's tags (a create whose answer was lost never reached the ledger). The first
   * failure (other than "already gone") is thrown once all were tried.
   */
  private async deleteAccountResources(): Promise<void> {
    let failed: string | null = null;
    for (const owed of this.ledger.owed()) {
      const decl = resourceRegistry.find((d) => d.name === owed.resource);
      const refused = decl ? await deleteAccountResource(this.client, this.caller, decl, owed.params).catch((e: unknown) => String(e)) : null;
      if (!refused) this.ledger.settled(owed.operation, owed.params);
      else failed ??= `could not delete the ${owed.resource} ${JSON.stringify(owed.params)} a case created (${refused})`;
    }
    // Only once the sandbox exists: the account was checked, and cases may have run.
    if (this.tagsAccountResources && this.restApiId !== null) {
      const mine = (tags: Readonly<Record<string, string>>) => madeBySuite(tags) && tags.runId === this.runId;
      for (const left of await sweepAccountResources(this.client, this.caller, mine, false).catch(() => [])) if (left.refused) failed ??= `could not delete the ${left.resource} ${left.id} a case created (${left.refused})`;
    }
    if (failed) throw new Error(`${failed}; \`apigw-patch-conformance sweep\` finds it by its createdBy tag`);
  }

  private async findRootResourceId(restApiId: string): Promise<string> {
    const page = await this.caller.call('GetResources', () => this.client.send(new GetResourcesCommand({ restApiId, limit: 500 })));
    const root = page.items?.find((r) => r.path === '/');
    if (!root?.id) throw new Error(`RestApi ${restApiId} has no root resource`);
    return root.id;
  }

  private async deleteSandbox(): Promise<void> {
    // The RestApi goes whatever happened to the rest; the first failure is reported after.
    const left = await this.deleteAccountResources().then(
      () => null,
      (e: unknown) => e,
    );
    await this.deleteRestApi();
    if (left) throw left;
  }

  private async deleteRestApi(): Promise<void> {
    const restApiId = this.restApiId;
    if (restApiId === null) return;
    try {
      await this.caller.call('DeleteRestApi', () => this.client.send(new DeleteRestApiCommand({ restApiId })));
    } catch (error) {
      const failure = classifySdkFailure(error);
      // Already gone (a sweep, a second process): the goal is met.
      if (!(failure.kind === 'answer' && failure.error.name === 'NotFoundException')) throw error;
    }
    this.restApiId = null;
  }
}
