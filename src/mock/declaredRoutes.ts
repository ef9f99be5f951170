/**
 * The mock's routes for every declared resource (src/resources/registry.ts), derived from the
 * declarations: put (or create), get, update, delete, answered by the declared-resource engine over the
 * mock's DeclaredStore. Model validation comes first (as Coral's), then the parents are looked up in
 * order (RestApi and resource, then each declared parent), then the call itself; children show in their
 * parent's answers where the declaration says so.
 */
import type { Outcome } from '../contract.js';
import { deleteDeclared, getDeclared, modelRejection, putDeclared, updateDeclared } from '../engine/declaredResource.js';
import type { DeclaredContext, ResourceDeclaration, ResourceValue } from '../resources/declaration.js';
import { declarationNamed as registryNamed, resourceRegistry } from '../resources/registry.js';
import { reject } from '../rules/defineRule.js';
import type { ControlPlaneRoute, PathParams, RouteVerb } from './controlPlaneRoutes.js';
import type { ControlPlaneState } from './controlPlaneState.js';
import { concreteUri } from './declaredStore.js';
import { createdKeyMember } from '../resources/createdKey.js';
import { collectionUri, createUri } from '../resources/collectionUri.js';
import { accountLevel } from '../resources/accountLevel.js';
import { readJsonBody } from './requestBody.js';
import { signedRegion } from './signedRegion.js';
import { apiError } from '../engine/apiError.js';
import { jsonResponse, lookupMessages, outcomeResponse } from './wireErrors.js';

export interface DeclaredRouteDependencies {
  state: ControlPlaneState;
  /** The declarations served (the registry by default; the self-check serves faulty ones). */
  resources?: readonly ResourceDeclaration[];
  /**
   * Resources the mock does not keep itself (the integration is the implementation's): its answer to a
   * get, null when it answers that there is none; any other failure is thrown as an ExternalFailure.
   */
  external(name: string, params: PathParams): Promise<ResourceValue | null>;
  /** Deletes such a resource when its parent goes (DeleteMethod takes the integration with it). */
  forgetExternal(name: string, params: PathParams): Promise<void>;
}

/** The implementation keeping an external resource failed (not "there is none"): the call answers that failure. */
export class ExternalFailure extends Error {
  constructor(readonly outcome: Outcome & { ok: false }) {
    super(outcome.error.message);
  }
}

type Call = 'put' | 'get' | 'list' | 'update' | 'delete';

/** What a call says besides its path: its query (includeValue=true) and the region it was signed for. */
interface CallSite {
  query: Readonly<Record<string, string>>;
  region: string;
}

const callSite = (request: Request): CallSite => ({ query: Object.fromEntries(new URL(request.url).searchParams), region: signedRegion(request) });

/** Deletes answer 202 (the API's own resources) or 204 (the method family) without a body. */
const answer = (outcome: Outcome): Response => outcomeResponse(outcome, [202, 204]);

const mswPath = (uri: string) => `*${uri.replace(/\{(\w+)\}/g, ':$1')}`;
/** Resources of a RestApi live below it; the others (API keys, usage plans, VPC links) belong to the account. */
const inApi = (decl: ResourceDeclaration) => !accountLevel(decl);
/**
 * Where a kind's instances are looked up from a call: the call's RestApi, or the whole account (from an
 * account-level call, an API's resources are looked up in every API: a usage plan names stages by API id).
 */
const scopeUri = (decl: ResourceDeclaration, params: PathParams) => (!inApi(decl) ? '' : params.restApiId === undefined ? '/restapis' : concreteUri('/restapis/{restApiId}', params));

/** The segment(s) between a parent's URI and its children's keys: `/responses`. */
const collectionBelowParent = (child: ResourceDeclaration, parent: ResourceDeclaration) => child.uri.slice(parent.uri.length, child.uri.lastIndexOf('/{'));

/** Stores the instances every RestApi has from its creation (the models Empty and Error). */
export function seedDefaultInstances(state: ControlPlaneState, restApiId: string, resources: readonly ResourceDeclaration[] = resourceRegistry): void {
  for (const decl of resources) {
    for (const d of decl.defaultInstances ?? []) {
      const key = String(d[decl.lifecycle.put.idMember ?? 'id']);
      const params = { restApiId, [decl.key]: key };
      state.declared.set(decl, concreteUri(decl.uri, params), { id: state.newDeclaredId(), ...d }, params);
    }
  }
}

export function declaredRoutes({ state, external, forgetExternal, resources = resourceRegistry }: DeclaredRouteDependencies): ControlPlaneRoute[] {
  const store = state.declared;
  const declarationNamed = (name: string) => resources.find((d) => d.name === name) ?? registryNamed(name);
  const ctxOf = (params: PathParams, at: CallSite = { query: {}, region: 'us-east-1' }): DeclaredContext => ({
    params,
    query: at.query,
    account: { id: state.accountId, region: at.region },
    world: {
      exists: (kind, id) => store.has(declarationNamed(kind), scopeUri(declarationNamed(kind), params), id),
      instances: (kind) => store.below(declarationNamed(kind), scopeUri(declarationNamed(kind), params)),
      resourcePath: (resourceId) => state.restApis.get(params.restApiId ?? '')?.resources.get(resourceId)?.path,
    },
    now: () => state.nowSeconds(),
  });

  /** The resource with its children embedded, as the parent's answers show them. */
  const withChildren = async (decl: ResourceDeclaration, uri: string, value: ResourceValue, params: PathParams): Promise<ResourceValue> => {
    const out = { ...value };
    for (const child of resources.filter((d) => d.parent === decl.name && d.embeddedAs && d.external)) {
      const kept = await external(child.name, params);
      if (kept) out[child.embeddedAs!] = await withChildren(child, concreteUri(child.uri, params), kept, params);
    }
    return { ...out, ...storedChildren(state, resources, decl, uri) };
  };

  /** The first missing parent's answer, in lookup order (the RestApi, its resource, each declared parent outermost first); null when every parent exists. */
  const parentMissing = async (decl: ResourceDeclaration, call: Call, params: PathParams): Promise<Outcome | null> => {
    // A collection's get on an unknown API answers as the API's own get does (GetAuthorizers, AWS-recorded).
    const apiSays = call === 'list' ? resources.find((d) => d.uri === '/restapis/{restApiId}')?.lifecycle.missing : decl.apiMissing?.[call];
    const api = state.restApis.get(params.restApiId ?? '');
    const underResource = decl.uri.includes('{resourceId}');
    if (!inApi(decl)) return ancestorMissing(decl, call, params);
    if (!api) {
      if (apiSays) return { ok: false, error: reject(apiSays, (call === 'list' ? params.restApiId : params[decl.key]) ?? '', params.restApiId ?? '', state.accountId).error };
      return { ok: false, error: apiError('NotFoundException', underResource ? lookupMessages.resource : lookupMessages.restApi) };
    }
    if (underResource && !api.resources.has(params.resourceId ?? '')) return { ok: false, error: apiError('NotFoundException', lookupMessages.resource) };
    return ancestorMissing(decl, call, params);
  };

  /** The first declared parent that is missing, outermost first; null when all are there. */
  const ancestorMissing = async (decl: ResourceDeclaration, call: Call, params: PathParams): Promise<Outcome | null> => {
    const ancestors: ResourceDeclaration[] = [];
    for (let p = decl.parent; p; p = declarationNamed(p).parent) ancestors.unshift(declarationNamed(p));
    // Outermost first: a missing method is named as such, not as a missing integration.
    for (const parent of ancestors) {
      const there = parent.external ? await external(parent.name, params) : store.get(concreteUri(parent.uri, params));
      if (there) continue;
      const says = (call === 'list' ? undefined : decl.parentMissing?.[call]) ?? parent.lifecycle.missing;
      return { ok: false, error: reject(says, params[says === parent.lifecycle.missing ? parent.key : decl.key] ?? '').error };
    }
    return null;
  };

  /** The other resources a put creates with it (a deployment's stage). */
  const storeEffects = (decl: ResourceDeclaration, value: ResourceValue, body: unknown, params: PathParams) => {
    const b = (body ?? {}) as Record<string, unknown>;
    for (const made of decl.lifecycle.put.effects?.(value, b, ctxOf(params)) ?? []) {
      const kind = declarationNamed(made.resource);
      store.set(kind, concreteUri(kind.uri, made.params), made.value, made.params);
    }
  };

  const routes: ControlPlaneRoute[] = [];
  const route = (decl: ResourceDeclaration, call: Call, operation: string, verb: RouteVerb, uri: string, respond: (body: unknown, params: PathParams, at: CallSite) => Promise<Response>) =>
    routes.push({
      operation,
      verb,
      path: mswPath(uri),
      respond: async (request, params) => {
        const body = call === 'put' || call === 'update' ? await readJsonBody(request) : undefined;
        if (body instanceof Response) return body;
        const invalid = call === 'list' ? null : modelRejection(decl, call, params, body);
        if (invalid) return answer(invalid.outcome);
        try {
          const missing = await parentMissing(decl, call, params);
          if (missing && call === 'list' && decl.lifecycle.list?.emptyWhenParentMissing) return jsonResponse({ item: [] }, decl.lifecycle.list.status);
          return missing ? answer(missing) : await respond(body, params, callSite(request));
        } catch (e) {
          if (e instanceof ExternalFailure) return answer(e.outcome);
          throw e;
        }
      },
    });

  // Parents' missing answers reach the parents (above) in order, so parents come first in the registry.
  for (const decl of resources.filter((d) => !d.external && d.servedBy !== 'controlPlane')) {
    const { put, get, update, delete: del } = decl.lifecycle;
    const uriOf = (params: PathParams) => concreteUri(decl.uri, params);
    // A singleton (the account's settings) has no create or delete.
    if (!decl.singleton && put.verb === 'post') {
      route(decl, 'put', put.operation, 'post', createUri(decl), async (body, params, at) => {
        const e = putDeclared(decl, body, ctxOf(params, at));
        if (!e.outcome.ok) return answer(e.outcome);
        // A generated id where the resource has one (a stage is named by its stageName alone), under its own name (clientCertificateId).
        const assigned: ResourceValue = {};
        if (decl.members.some((m) => m.name === 'id')) assigned.id = state.newDeclaredId();
        if (put.generatedIdMember) assigned[put.generatedIdMember] = state.newDeclaredId();
        const value: ResourceValue = { ...assigned, ...((e.stored ?? e.outcome.value) as ResourceValue) };
        const key = String(value[createdKeyMember(decl)]);
        const uri = uriOf({ ...params, [decl.key]: key });
        if (store.get(uri) && put.exists) return answer({ ok: false, error: reject(put.exists).error });
        store.set(decl, uri, value, { ...params, [decl.key]: key });
        storeEffects(decl, value, body, { ...params, [decl.key]: key });
        return jsonResponse({ ...assigned, ...(e.outcome.value as ResourceValue) }, put.status);
      });
    } else if (!decl.singleton) {
      route(decl, 'put', put.operation, 'put', decl.uri, async (body, params, at) => {
        const uri = uriOf(params);
        if (store.get(uri) && put.exists) return answer({ ok: false, error: reject(put.exists).error });
        const e = putDeclared(decl, body, ctxOf(params, at));
        if (!e.outcome.ok) return answer(e.outcome);
        // A put replaces the resource and what was below it.
        store.delete(uri);
        store.set(decl, uri, (e.stored ?? e.outcome.value) as ResourceValue, params);
        storeEffects(decl, (e.stored ?? e.outcome.value) as ResourceValue, body, params);
        return jsonResponse(await withChildren(decl, uri, e.outcome.value as ResourceValue, params), put.status);
      });
    }
    if (decl.lifecycle.list) {
      // One page: no `position`, so a paging client stops after it.
      const list = decl.lifecycle.list;
      route(decl, 'list', list.operation, 'get', collectionUri(decl), async (_b, params, at) => {
        const stored = store.children(decl, concreteUri(collectionUri(decl), params));
        // Every default key in its order (each shown as stored or as its default), then the others.
        const keys = [...new Set([...(list.defaultKeys ?? []), ...stored.keys()])];
        if (list.newestFirst) keys.reverse();
        const all: ResourceValue[] = [];
        for (const key of keys) {
          const at0 = { ...params, [decl.key]: key };
          const value = stored.get(key) ?? null;
          const ctx = ctxOf(at0, at);
          if (value && list.keeps && !list.keeps(value, at.query, ctx)) continue;
          const shown = getDeclared(decl, value && (await withChildren(decl, uriOf(at0), value, at0)), at0, ctx, 'list').outcome;
          if (shown.ok) all.push(shown.value as ResourceValue);
        }
        // Paging: `limit` items from the opaque `position` (here, the index); `position` only while more remain.
        const from = Number(at.query.position ?? 0) || 0;
        const asked = Number(at.query.limit ?? 0);
        const limit = asked > 0 ? asked : all.length;
        const item = all.slice(from, from + limit);
        return jsonResponse({ item, ...(from + limit < all.length ? { position: String(from + limit) } : {}) }, list.status);
      });
    }
    route(decl, 'get', get.operation, 'get', decl.uri, async (_b, params, at) => {
      const uri = uriOf(params);
      const current = store.get(uri);
      return answer(getDeclared(decl, current && (await withChildren(decl, uri, current, params)), params, ctxOf(params, at)).outcome);
    });
    if (update) {
      route(decl, 'update', update.operation, 'patch', decl.uri, async (body, params, at) => {
        const uri = uriOf(params);
        // A key nothing was put at is patched from its default instance, where it has one.
        const current = store.get(uri) ?? decl.defaultFor?.(params[decl.key] ?? '', ctxOf(params, at)) ?? null;
        if (!current) return answer(getDeclared(decl, null, params, ctxOf(params, at)).outcome);
        const e = updateDeclared(decl, current, body, ctxOf(params, at));
        if (!e.outcome.ok) return answer(e.outcome);
        const next = (e.stored ?? e.outcome.value) as ResourceValue;
        // A patch of the member that names it (a base path mapping's basePath) moves it to its new URI.
        const renamed = put.idMember !== undefined && typeof next[put.idMember] === 'string' && next[put.idMember] !== params[decl.key] ? { ...params, [decl.key]: String(next[put.idMember]) } : null;
        if (renamed) store.delete(uri);
        store.set(decl, renamed ? uriOf(renamed) : uri, next, renamed ?? params);
        return jsonResponse(await withChildren(decl, uri, e.outcome.value as ResourceValue, params), update.status);
      });
    }
    if (!decl.singleton) route(decl, 'delete', del.operation, 'delete', decl.uri, async (_b, params, at) => {
      const uri = uriOf(params);
      const current = store.get(uri);
      const e = deleteDeclared(decl, current, ctxOf(params, at));
      if (e.outcome.ok) {
        // Its children go with it: the stored ones below its URI, and those the implementation keeps.
        for (const child of resources.filter((d) => d.parent === decl.name && d.external)) await forgetExternal(child.name, params);
        // And what else goes with it (an API key's usage plan keys).
        for (const gone of del.effects?.(current!, ctxOf(params)) ?? []) store.delete(concreteUri(declarationNamed(gone.resource).uri, gone.params));
        store.delete(uri);
      }
      return answer(e.outcome);
    });
  }
  return routes;
}

/** The stored children of an external resource, as its answers embed them (GetIntegration's integrationResponses). */
export function embeddedChildren(state: ControlPlaneState, name: string, params: PathParams): ResourceValue {
  const decl = registryNamed(name);
  return storedChildren(state, resourceRegistry, decl, concreteUri(decl.uri, params));
}

/** The children the mock keeps below a resource's URI, by the member its answers show them in (none when there are none). */
function storedChildren(state: ControlPlaneState, resources: readonly ResourceDeclaration[], decl: ResourceDeclaration, uri: string): ResourceValue {
  const out: ResourceValue = {};
  for (const child of resources.filter((d) => d.parent === decl.name && d.embeddedAs && !d.external)) {
    const found = state.declared.children(child, uri + collectionBelowParent(child, decl));
    if (found.size > 0) out[child.embeddedAs!] = Object.fromEntries(found);
  }
  return out;
}


