/**
 * API Gateway's REST control plane as data: one route per operation (verb, path, responder).
 * Paths have a wildcard origin, so any region's host (and serve's loopback origin) matches.
 * Wire format: success bodies are the JSON resource, lists use the wire key `item`, timestamps are
 * epoch seconds; errors follow wireErrors.ts.
 */
import type { IntegrationContext, StatefulIntegrationImplementation } from '../contract.js';
import { checkedOutcome } from './checkedOutcome.js';
import { readJsonBody } from './requestBody.js';
import type { ResourceDeclaration } from '../resources/declaration.js';
import { declarationNamed } from '../resources/registry.js';
import type { ControlPlaneState, StoredResource, StoredRestApi } from './controlPlaneState.js';
import { declaredRoutes, embeddedChildren, ExternalFailure, seedDefaultInstances } from './declaredRoutes.js';
import { concreteUri } from './declaredStore.js';
import {
  conflict,
  emptyResponse,
  errorResponse,
  jsonResponse,
  lookupMessages,
  missingMember,
  notFound,
  outcomeResponse,
} from './wireErrors.js';

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

  return [
    route('CreateRestApi', 'post', '*/restapis', async (request) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const b = asRecord(body);
      if (typeof b.name !== 'string') return missingMember('createRestApiInput', 'name');
      const api = state.createRestApi({
        name: b.name,
        description: typeof b.description === 'string' ? b.description : undefined,
        tags: stringMap(b.tags),
      });
      seedDefaultInstances(state, api.id, resources);
      return jsonResponse(restApiWire(api), 201);
    }),

    // `position`/`limit` paging is ignored: one page holds everything, and no `position` ends the loop.
    route('GetRestApis', 'get', '*/restapis', async () => jsonResponse({ item: [...state.restApis.values()].map(restApiWire) }, 200)),

    route('GetRestApi', 'get', '*/restapis/:restApiId', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      return api ? jsonResponse(restApiWire(api), 200) : notFound(lookupMessages.restApi);
    }),

    route('DeleteRestApi', 'delete', '*/restapis/:restApiId', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return notFound(lookupMessages.restApi);
      state.deleteRestApi(api);
      return emptyResponse(202);
    }),

    route('GetResources', 'get', '*/restapis/:restApiId/resources', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return notFound(lookupMessages.resource);
      return jsonResponse({ item: [...api.resources.values()].map((r) => resourceWire(state, api, r)) }, 200);
    }),

    route('GetResource', 'get', '*/restapis/:restApiId/resources/:resourceId', async (_r, p) => {
      const found = findResource(p);
      return found instanceof Response ? found : jsonResponse(resourceWire(state, found.api, found.resource), 200);
    }),

    route('CreateResource', 'post', '*/restapis/:restApiId/resources/:resourceId', async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findResource(p);
      if (found instanceof Response) return found;
      const pathPart = asRecord(body).pathPart;
      if (typeof pathPart !== 'string') return missingMember('createResourceInput', 'pathPart');
      const siblings = [...found.api.resources.values()].filter((r) => r.parentId === found.resource.id);
      if (siblings.some((r) => r.pathPart === pathPart)) return conflict(`Another resource with the same parent already has this name: ${pathPart}`);
      return jsonResponse(resourceWire(state, found.api, state.createResource(found.api, found.resource, pathPart)), 201);
    }),

    route('DeleteResource', 'delete', '*/restapis/:restApiId/resources/:resourceId', async (_r, p) => {
      const found = findResource(p);
      if (found instanceof Response) return found;
      state.deleteResource(found.api, found.resource);
      return emptyResponse(202);
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

function restApiWire(api: StoredRestApi): Record<string, unknown> {
  return {
    id: api.id,
    name: api.name,
    ...(api.description !== undefined ? { description: api.description } : {}),
    createdDate: Math.floor(api.createdDate / 1000),
    apiKeySource: 'HEADER',
    endpointConfiguration: { types: ['EDGE'] },
    disableExecuteApiEndpoint: false,
    rootResourceId: api.rootResourceId,
    ...(Object.keys(api.tags).length > 0 ? { tags: api.tags } : {}),
  };
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

