/**
 * API Gateway's REST control plane as data: one route per operation (verb, path, responder).
 * Paths have a wildcard origin, so any region's host (and serve's loopback origin) matches.
 * Wire format: success bodies are the JSON resource, lists use the wire key `item`, timestamps are
 * epoch seconds; errors follow wireErrors.ts.
 */
import type { IntegrationContext, StatefulIntegrationImplementation } from '../contract.js';
import { checkedOutcome } from './checkedOutcome.js';
import type { ControlPlaneState, StoredMethod, StoredResource, StoredRestApi } from './controlPlaneState.js';
import {
  conflict,
  emptyResponse,
  errorResponse,
  jsonResponse,
  lookupMessages,
  missingMember,
  notFound,
  serializationError,
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
  /** The implementation under test in its stateful form: it keeps the integrations, the mock keeps the rest. */
  implementation: () => Promise<StatefulIntegrationImplementation>;
  /** How long the implementation may take to answer (then 504 NoAnswer). */
  answerTimeoutMs?: number;
}

const methodPath = '*/restapis/:restApiId/resources/:resourceId/methods/:httpMethod';

export function controlPlaneRoutes({ state, implementation: integrations, answerTimeoutMs }: RouteDependencies): ControlPlaneRoute[] {
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

  const findMethod = (p: PathParams, missingMethodText: string): { resource: StoredResource; method: StoredMethod } | Response => {
    const found = findResource(p);
    if (found instanceof Response) return found;
    const method = found.resource.methods.get(p.httpMethod ?? '');
    return method ? { resource: found.resource, method } : notFound(missingMethodText);
  };

  const contextOf = (p: PathParams, method: StoredMethod): IntegrationContext => ({
    restApiId: p.restApiId!,
    resourceId: p.resourceId!,
    httpMethod: p.httpMethod!,
    ...(method.requestParameters ? { methodRequestParameters: { ...method.requestParameters } } : {}),
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
      return jsonResponse(restApiWire(api), 201);
    }),

    // `position`/`limit` paging is ignored: one page holds everything, and no `position` ends the loop.
    route('GetRestApis', 'get', '*/restapis', async () => jsonResponse({ item: [...state.restApis.values()].map(restApiWire) }, 200)),

    route('GetRestApi', 'get', '*/restapis/:restApiId', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      return api ? jsonResponse(restApiWire(api), 200) : notFound(lookupMessages.restApi);
    }),

    route('DeleteRestApi', 'delete', '*/restapis/:restApiId', async (_r, p) => {
      if (!state.restApis.delete(p.restApiId ?? '')) return notFound(lookupMessages.restApi);
      return emptyResponse(202);
    }),

    route('GetResources', 'get', '*/restapis/:restApiId/resources', async (_r, p) => {
      const api = state.restApis.get(p.restApiId ?? '');
      if (!api) return notFound(lookupMessages.resource);
      return jsonResponse({ item: [...api.resources.values()].map(resourceWire) }, 200);
    }),

    route('GetResource', 'get', '*/restapis/:restApiId/resources/:resourceId', async (_r, p) => {
      const found = findResource(p);
      return found instanceof Response ? found : jsonResponse(resourceWire(found.resource), 200);
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
      return jsonResponse(resourceWire(state.createResource(found.api, found.resource, pathPart)), 201);
    }),

    route('DeleteResource', 'delete', '*/restapis/:restApiId/resources/:resourceId', async (_r, p) => {
      const found = findResource(p);
      if (found instanceof Response) return found;
      state.deleteResource(found.api, found.resource);
      return emptyResponse(202);
    }),

    route('PutMethod', 'put', methodPath, async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findResource(p);
      if (found instanceof Response) return found;
      const b = asRecord(body);
      if (typeof b.authorizationType !== 'string') return missingMember('putMethodInput', 'authorizationType');
      if (found.resource.methods.has(p.httpMethod!)) return conflict('Method already exists for this resource');
      const requestParameters = booleanMap(b.requestParameters);
      const method: StoredMethod = {
        httpMethod: p.httpMethod!,
        authorizationType: b.authorizationType,
        apiKeyRequired: b.apiKeyRequired === true,
        ...(requestParameters ? { requestParameters } : {}),
      };
      found.resource.methods.set(method.httpMethod, method);
      return jsonResponse(methodWire(method), 201);
    }),

    route('GetMethod', 'get', methodPath, async (_r, p) => {
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      // The integration is the implementation's: GetMethod shows it when the implementation has one.
      const integration = await ask('GetIntegration', (impl) => impl.getIntegration(contextOf(p, found.method)));
      return jsonResponse(methodWire(found.method, integration.ok ? integration.value : undefined), 200);
    }),

    route('PutIntegration', 'put', `${methodPath}/integration`, async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return answer(await ask('PutIntegration', (impl) => impl.putIntegration(body, contextOf(p, found.method))));
    }),

    route('GetIntegration', 'get', `${methodPath}/integration`, async (_r, p) => {
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return answer(await ask('GetIntegration', (impl) => impl.getIntegration(contextOf(p, found.method))));
    }),

    // Inferred: AWS's answer to UpdateIntegration on a missing method is not recorded; this follows
    // GetIntegration/PutIntegration ("Invalid Method identifier specified"), not LocalStack's choice.
    route('UpdateIntegration', 'patch', `${methodPath}/integration`, async (request, p) => {
      const body = await readJsonBody(request);
      if (body instanceof Response) return body;
      const found = findMethod(p, lookupMessages.method);
      if (found instanceof Response) return found;
      return answer(await ask('UpdateIntegration', (impl) => impl.updateIntegration(body, contextOf(p, found.method))));
    }),

    // Inferred: a missing method answers like DeleteIntegrationResponse (AWS-rec "Invalid Integration identifier specified").
    route('DeleteIntegration', 'delete', `${methodPath}/integration`, async (_r, p) => {
      const found = findMethod(p, lookupMessages.integration);
      if (found instanceof Response) return found;
      return answer(await ask('DeleteIntegration', (impl) => impl.deleteIntegration(contextOf(p, found.method))));
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
  ];
}

/**
 * The parsed body, or the SerializationException answer. Coral deserializes before the service looks
 * anything up, so routes read the body first (inferred order). An empty body is an empty input structure.
 */
async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return serializationError(`Unable to parse the request body as JSON: ${(e as Error).message}`);
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function stringMap(v: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(asRecord(v)).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function booleanMap(v: unknown): Record<string, boolean> | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  return Object.fromEntries(Object.entries(asRecord(v)).map(([k, b]) => [k, b === true || b === 'true']));
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

function resourceWire(r: StoredResource): Record<string, unknown> {
  return {
    id: r.id,
    ...(r.parentId !== undefined ? { parentId: r.parentId, pathPart: r.pathPart } : {}),
    path: r.path,
    ...(r.methods.size > 0 ? { resourceMethods: Object.fromEntries([...r.methods.keys()].map((m) => [m, {}])) } : {}),
  };
}

function methodWire(m: StoredMethod, integration?: unknown): Record<string, unknown> {
  return {
    httpMethod: m.httpMethod,
    authorizationType: m.authorizationType,
    apiKeyRequired: m.apiKeyRequired,
    ...(m.requestParameters ? { requestParameters: m.requestParameters } : {}),
    ...(integration ? { methodIntegration: integration } : {}),
  };
}

/** An implementation's answer on the wire: the resource (none for a 204) or the error. */
function answer(outcome: Awaited<ReturnType<typeof checkedOutcome>>): Response {
  if (!outcome.ok) return errorResponse(outcome.error);
  return outcome.status === 204 ? emptyResponse(204) : jsonResponse(outcome.value, outcome.status);
}
