/**
 * API Gateway's REST control plane as data: one route per operation (verb, path, responder).
 * Paths have a wildcard origin, so any region's host (and serve's loopback origin) matches.
 * Wire format: success bodies are the JSON resource, lists use the wire key `item`, timestamps are
 * epoch seconds; errors follow wireErrors.ts.
 */
import type { IntegrationContext, StatefulIntegrationImplementation } from '../contract.js';
import { checkedOutcome } from './checkedOutcome.js';
import { readJsonBody } from './requestBody.js';
import { signedRegion } from './signedRegion.js';
import type { Outcome } from '../contract.js';
import { deleteDeclared, getDeclared, missingDeclared, modelRejection, putDeclared, updateDeclared } from '../engine/declaredResource.js';
import type { DeclaredContext, ResourceDeclaration, ResourceValue, ResourceWorld } from '../resources/declaration.js';
import { declarationNamed, resourceRegistry } from '../resources/registry.js';
import { resource as resourceDeclaration } from '../resources/resource/resource.js';
import { restApi as restApiDeclaration } from '../resources/restApi/restApi.js';
import { reject } from '../rules/defineRule.js';
import type { ControlPlaneState, StoredResource, StoredRestApi } from './controlPlaneState.js';
import { declaredRoutes, embeddedChildren, ExternalFailure, seedDefaultInstances } from './declaredRoutes.js';
import { concreteUri } from './declaredStore.js';
import { emptyResponse, jsonResponse, lookupMessages, notFound, outcomeResponse } from './wireErrors.js';

export type RouteVerb = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathParams = Readonly<Record<string, string>>;

export interface ControlPlaneRoute {
  /** The API Gateway operation name, as fault filters and reports name it. */
  operation: string;
  verb: RouteVerb;
  path: string;
  respond(request: Request, params: PathParams): Promise<Response>;
}

export interface RouteDependencies {
  state: ControlPlaneState;
  /** The declared resources served (src/resources/registry.ts by default). */
  resources?: readonly ResourceDeclaration[];
  /** The implementation under test in its stateful form: it keeps the integrations, the mock keeps the rest. */
  implementation: () => Promise<StatefulIntegrationImplementation>;
  /** How long the implementation may take to answer (then 504 NoAnswer). */
  answerTimeoutMs?: number;
}

const methodPath = '*/restapis/:restApiId/resources/:resourceId/methods/:httpMethod';

export function controlPlaneRoutes({ state, implementation: integrations, answerTimeoutMs, resources }: RouteDependencies): ControlPlaneRoute[] {
  /** The implementation's answer to one call, vouched for and time-limited. */
  const ask = (operation: string, call: (impl: StatefulIntegrationImplementation) => ReturnType<StatefulIntegrationImplementation['getIntegration']>) =>
    checkedOutcome(operation, async () => call(await integrations()), answerTimeoutMs);
  const route = (operation: string, verb: RouteVerb, path: string, respond: ControlPlaneRoute['respond']): ControlPlaneRoute => ({
    operation,
    verb,
    path,
    respond,
  });

  /** Sub-resource routes: an unknown API and an unknown resource share one text (AWS-rec). */
  const findResource = (p: PathParams): { api: StoredRestApi; resource: StoredResource } | Response => {
    const api = state.restApis.get(p.restApiId ?? '');
    const resource = api?.resources.get(p.resourceId ?? '');
    return api && resource ? { api, resource } : notFound(lookupMessages.resource);
  };

  // Methods are declared resources (src/resources), kept in the state's declared store.
  const methods = declarationNamed('Method');
  const integrationUri = declarationNamed('Integration').uri;
  const findMethod = (p: PathParams, missingMethodText: string): { resource: StoredResource; method: Record<string, unknown> } | Response => {
    const found = findResource(p);
    if (found instanceof Response) return found;
    const method = state.declared.get(concreteUri(methods.uri, p));
    return method ? { resource: found.resource, method } : notFound(missingMethodText);
  };

  const contextOf = (p: PathParams, method: Record<string, unknown>): IntegrationContext => ({
    restApiId: p.restApiId!,
    resourceId: p.resourceId!,
    httpMethod: p.httpMethod!,
    ...(method.requestParameters ? { methodRequestParameters: { ...(method.requestParameters as Record<string, boolean>) } } : {}),
  });

  /** The integration's answer with its stored responses embedded (GetIntegration shows integrationResponses once any exist). */
  const withResponses = (p: PathParams, outcome: Awaited<ReturnType<typeof checkedOutcome>>) =>
    outcome.ok && outcome.status !== 204 ? { ...outcome, value: { ...outcome.value, ...embeddedChildren(state, 'Integration', p) } } : outcome;

  const declared = declaredRoutes({
    state,
    ...(resources ? { resources } : {}),
    external: async (_name, p) => {
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return null;
      const got = await ask('GetIntegration', (impl) => impl.getIntegration(contextOf(p, found.method)));
      if (got.ok) return got.value as Record<string, unknown>;
      // Only "there is none" means none; a failing implementation is that call's answer.
      if (got.error.status === 404) return null;
      throw new ExternalFailure(got);
    },
    forgetExternal: async (_name, p) => {
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return;
      await ask('DeleteIntegration', (impl) => impl.deleteIntegration(contextOf(p, found.method)));
      state.declared.delete(concreteUri(integrationUri, p));
    },
  });

  // RestApi and Resource answer through their declarations (src/resources/restApi, src/resources/resource):
  // the faulty ones where the self-check serves them. The API's tree and tags stay in StoredRestApi.
  const served = (name: string, fallback: ResourceDeclaration) => resources?.find((d) => d.name === name) ?? fallback;
  const restApi = served('RestApi', restApiDeclaration);
  const resource = served('Resource', resourceDeclaration);
  const answer = (outcome: Outcome): Response => outcomeResponse(outcome, [202, 204]);
  const restApiUri = (restApiId: string) => concreteUri(restApi.uri, { restApiId });

  /** The API's declared value as answers show it: tags from the API's own map (shown once an update showed them, or when there are any). */
  const restApiValue = (api: StoredRestApi): ResourceValue => {
    const v = state.declared.get(restApiUri(api.id)) ?? { id: api.id, rootResourceId: api.rootResourceId };
    return { ...v, ...(v.tags !== undefined || Object.keys(api.tags).length > 0 ? { tags: { ...api.tags } } : {}) };
  };
  const apiGone = (call: 'get' | 'update' | 'delete', restApiId: string): Outcome => {
    const says = restApi.apiMissing?.[call] ?? restApi.lifecycle.missing;
    return { ok: false, error: reject(says, restApiId, restApiId, state.accountId).error };
  };

  /** What a declaration sees of one API: its resource tree, and the other kinds in the declared store. */
  const worldOf = (restApiId: string): ResourceWorld => {
    const kindOf = (kind: string) => (resources ?? resourceRegistry).find((d) => d.name === kind) ?? declarationNamed(kind);
    const tree = () => [...(state.restApis.get(restApiId)?.resources.values() ?? [])];
    return {
      exists: (kind, id) => (kind === resource.name ? tree().some((r) => r.id === id) : state.declared.has(kindOf(kind), restApiUri(restApiId), id)),
      instances: (kind) =>
        kind === resource.name ? tree().map((r) => ({ params: { restApiId, resourceId: r.id }, value: { ...r } })) : state.declared.below(kindOf(kind), restApiUri(restApiId)),
      resourcePath: (resourceId) => state.restApis.get(restApiId)?.resources.get(resourceId)?.path,
    };
  };
  const ctxOf = (request: Request, params: Record<string, string>): DeclaredContext => ({
    params,
    account: { id: state.accountId, region: signedRegion(request) },
    world: worldOf(params.restApiId ?? ''),
    now: () => state.nowSeconds(),
  });

  return [
    route('CreateRestApi', 'post', '*/restapis', async (request) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const identity = state.newRestApiIdentity();
      const e = putDeclared(restApi, body, ctxOf(request, { restApiId: identity.id, rootResourceId: identity.rootResourceId }));
      if (!e.outcome.ok) return answer(e.outcome);
      const value: ResourceValue = { id: identity.id, ...((e.stored ?? e.outcome.value) as ResourceValue), rootResourceId: identity.rootResourceId };
      const api = state.createRestApi(identity, (value.tags as Record<string, string> | undefined) ?? {});
      state.declared.set(restApi, restApiUri(api.id), value, { restApiId: api.id });
      seedDefaultInstances(state, api.id, resources);
      return jsonResponse(value, restApi.lifecycle.put.status);
    }),

    // `position`/`limit` paging is ignored: one page holds everything, and no `position` ends the loop.
    route('GetRestApis', 'get', '*/restapis', async () =>
      jsonResponse({ item: [...state.restApis.values()].map((api) => (getDeclared(restApi, restApiValue(api)).outcome as { value: unknown }).value) }, 200),
    ),

    route('GetRestApi', 'get', '*/restapis/:restApiId', async (request, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      return answer(api ? getDeclared(restApi, restApiValue(api), p, ctxOf(request, { ...p })).outcome : apiGone('get', p.restApiId ?? ''));
    }),

    route('UpdateRestApi', 'patch', '*/restapis/:restApiId', async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return answer(modelRejection(restApi, 'update', p, body)?.outcome ?? apiGone('update', p.restApiId ?? ''));
      const e = updateDeclared(restApi, restApiValue(api), body, ctxOf(request, { ...p }));
      if (e.outcome.ok) state.declared.set(restApi, restApiUri(api.id), (e.stored ?? e.outcome.value) as ResourceValue, { restApiId: api.id });
      return answer(e.outcome);
    }),

    route('DeleteRestApi', 'delete', '*/restapis/:restApiId', async (request, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return answer(apiGone('delete', p.restApiId ?? ''));
      const e = deleteDeclared(restApi, restApiValue(api), ctxOf(request, { ...p }));
      if (e.outcome.ok) state.deleteRestApi(api);
      return answer(e.outcome);
    }),

    route('GetResources', 'get', '*/restapis/:restApiId/resources', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return notFound(lookupMessages.resource);
      return jsonResponse({ item: [...api.resources.values()].map((r) => resourceWire(state, api, r)) }, 200);
    }),

    route('GetResource', 'get', '*/restapis/:restApiId/resources/:resourceId', async (_r, p) => {
      const found = findResource(p);
      if (found instanceof Response) return answer(missingDeclared(resource, undefined, p).outcome);
      return answer(getDeclared(resource, resourceWire(state, found.api, found.resource), p).outcome);
    }),

    // Posted to the parent: the path's resource is the new resource's parent.
    route('CreateResource', 'post', '*/restapis/:restApiId/resources/:resourceId', async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const params = { restApiId: p.restApiId ?? '', parentId: p.resourceId ?? '' };
      const invalid = modelRejection(resource, 'put', params, body);
      if (invalid) return answer(invalid.outcome);
      const found = findResource(p);
      if (found instanceof Response) return answer({ ok: false, error: reject(resource.apiMissing?.put ?? resource.lifecycle.missing, '', params.restApiId, state.accountId).error });
      const e = putDeclared(resource, body, ctxOf(request, params));
      if (!e.outcome.ok) return answer(e.outcome);
      const made = state.createResource(found.api, found.resource, String((e.outcome.value as ResourceValue).pathPart));
      return jsonResponse({ id: made.id, ...(e.outcome.value as ResourceValue) }, resource.lifecycle.put.status);
    }),

    route('UpdateResource', 'patch', '*/restapis/:restApiId/resources/:resourceId', async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findResource(p);
      if (found instanceof Response) return answer(missingDeclared(resource, body, p).outcome);
      const e = updateDeclared(resource, resourceWire(state, found.api, found.resource), body, ctxOf(request, { ...p }));
      if (e.outcome.ok) {
        const v = e.outcome.value as ResourceValue;
        if (v.parentId !== undefined) state.placeResource(found.api, found.resource, String(v.parentId), String(v.pathPart));
      }
      return answer(e.outcome);
    }),

    route('DeleteResource', 'delete', '*/restapis/:restApiId/resources/:resourceId', async (request, p) => {
      const found = findResource(p);
      if (found instanceof Response) return answer(missingDeclared(resource, undefined, p).outcome);
      const e = deleteDeclared(resource, resourceWire(state, found.api, found.resource), ctxOf(request, { ...p }));
      if (e.outcome.ok) state.deleteResource(found.api, found.resource);
      return answer(e.outcome);
    }),

    route('PutIntegration', 'put', `${methodPath}/integration`, async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return outcomeResponse(await ask('PutIntegration', (impl) => impl.putIntegration(body, contextOf(p, found.method))));
    }),

    route('GetIntegration', 'get', `${methodPath}/integration`, async (_r, p) => {
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return outcomeResponse(withResponses(p, await ask('GetIntegration', (impl) => impl.getIntegration(contextOf(p, found.method)))));
    }),

    // Inferred: AWS's answer to UpdateIntegration on a missing method is not recorded; this follows
    // GetIntegration/PutIntegration ("Invalid Method identifier specified"), not LocalStack's choice.
    route('UpdateIntegration', 'patch', `${methodPath}/integration`, async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return outcomeResponse(withResponses(p, await ask('UpdateIntegration', (impl) => impl.updateIntegration(body, contextOf(p, found.method)))));
    }),

    // Inferred: a missing method answers like DeleteIntegrationResponse (AWS-rec "Invalid Integration identifier specified").
    route('DeleteIntegration', 'delete', `${methodPath}/integration`, async (_r, p) => {
      const found = findMethod(p, lookupMessages.integration);
      if (found instanceof Response) return found;
      const outcome = await ask('DeleteIntegration', (impl) => impl.deleteIntegration(contextOf(p, found.method)));
      // Its responses go with it.
      if (outcome.ok) state.declared.delete(concreteUri(integrationUri, p));
      return outcomeResponse(outcome);
    }),

    route('GetTags', 'get', '*/tags/:resourceArn', async (_r, p) => {
      const api = restApiOfArn(state, p.resourceArn);
      return api ? jsonResponse({ tags: api.tags }, 200) : notFound(lookupMessages.restApi);
    }),

    route('TagResource', 'put', '*/tags/:resourceArn', async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const api = restApiOfArn(state, p.resourceArn);
      if (!api) return notFound(lookupMessages.restApi);
      Object.assign(api.tags, stringMap(asRecord(body).tags));
      return emptyResponse(204);
    }),
    ...declared,
  ];
}


function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function stringMap(v: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(asRecord(v)).filter((e): e is [string, string] => typeof e[1] === 'string'));
}


function restApiOfArn(state: ControlPlaneState, arn: string | undefined): StoredRestApi | undefined {
  const id = /\/restapis\/([^/]+)$/.exec(decodeURIComponent(arn ?? ''))?.[1];
  return id === undefined ? undefined : state.restApis.get(id);
}

function resourceWire(state: ControlPlaneState, api: StoredRestApi, r: StoredResource): Record<string, unknown> {
  const verbs = [...state.declared.children(declarationNamed('Method'), `/restapis/${encodeURIComponent(api.id)}/resources/${encodeURIComponent(r.id)}/methods`).keys()];
  return {
    id: r.id,
    ...(r.parentId !== undefined ? { parentId: r.parentId, pathPart: r.pathPart } : {}),
    path: r.path,
    ...(verbs.length > 0 ? { resourceMethods: Object.fromEntries(verbs.map((m) => [m, {}])) } : {}),
  };
}

