/**
 * Finds and deletes the account-level resources runs created (API keys, usage plans, client
 * certificates, VPC links): every declared resource the account keeps, listed by its collection's get,
 * those whose tags the caller's test keeps. A resource whose delete needs something undone first (a
 * usage plan's API stages) is detached, then deleted. Used by `sweep` (older than a cutoff) and by a
 * sandbox's close (its own run's, which a lost answer kept out of its ledger).
 */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { accountLevel } from '../resources/accountLevel.js';
import { createdKeyMember } from '../resources/createdKey.js';
import type { ResourceDeclaration, ResourceValue } from '../resources/declaration.js';
import { resourceRegistry } from '../resources/registry.js';
import type { ApiCaller } from './apiCaller.js';
import { classifySdkFailure } from './sdkFailure.js';
import { sdkCommand as commandOf } from '../sdk/sdkCommand.js';

/** A resource outside any RestApi (an API key, a usage plan, ...) that a run created and tagged. */
export interface SweptAccountResource {
  resource: string;
  id: string;
  runId?: string;
  /** Left in place: the delete was refused, with AWS's text. */
  refused?: string;
}


/** Deletes one resource, undoing first what its delete needs undone; "already gone" counts as deleted. Null when deleted, else AWS's refusal. */
export async function deleteAccountResource(client: APIGatewayClient, caller: ApiCaller, decl: ResourceDeclaration, params: Readonly<Record<string, string>>): Promise<string | null> {
  const del = commandOf(decl.lifecycle.delete.operation);
  if (!del) return `no SDK command for ${decl.lifecycle.delete.operation}`;
  try {
    const get = commandOf(decl.lifecycle.get.operation);
    const update = decl.lifecycle.update && commandOf(decl.lifecycle.update.operation);
    if (decl.lifecycle.delete.detach && get && update) {
      const value = (await caller.call(decl.lifecycle.get.operation, () => client.send(new get({ ...params })))) as unknown as ResourceValue;
      const undo = decl.lifecycle.delete.detach(value);
      if (undo.length > 0) await caller.call(decl.lifecycle.update!.operation, () => client.send(new update({ ...params, patchOperations: undo })));
    }
    await caller.call(decl.lifecycle.delete.operation, () => client.send(new del({ ...params })));
    return null;
  } catch (error) {
    const failure = classifySdkFailure(error);
    if (failure.kind !== 'answer') throw error;
    return failure.error.name === 'NotFoundException' ? null : failure.error.message;
  }
}

export async function sweepAccountResources(client: APIGatewayClient, caller: ApiCaller, keep: (tags: Readonly<Record<string, string>>) => boolean, dryRun: boolean): Promise<SweptAccountResource[]> {
  const found: SweptAccountResource[] = [];
  // Only resources found by one id (not usage plan keys, which go with their plan); not RestApis, which sweep lists itself.
  for (const decl of resourceRegistry.filter((d) => accountLevel(d) && d.lifecycle.list && d.members.some((m) => m.name === 'tags') && (d.uri.match(/\{/g) ?? []).length === 1)) {
    const listing = decl.lifecycle.list!.operation;
    const list = commandOf(listing);
    if (!list) continue;
    const mine: SweptAccountResource[] = [];
    let position: string | undefined;
    do {
      const page = (await caller.call(listing, () => client.send(new list({ limit: 500, ...(position ? { position } : {}) })))) as unknown as { items?: Array<Record<string, unknown>>; position?: string };
      for (const item of page.items ?? []) {
        const tags = (item.tags ?? {}) as Record<string, string>;
        const id = String(item[createdKeyMember(decl)] ?? '');
        if (id && keep(tags)) mine.push({ resource: decl.name, id, ...(tags.runId ? { runId: tags.runId } : {}) });
      }
      position = page.position;
    } while (position);
    if (!dryRun) {
      for (const r of mine) {
        const refused = await deleteAccountResource(client, caller, decl, { [decl.key]: r.id });
        if (refused) r.refused = refused;
      }
    }
    found.push(...mine);
  }
  return found;
}
