/**
 * The mock control plane's memory: RestApis, their resource trees and methods (integrations are the
 * implementation's to keep: see integrationStore.ts).
 * Plain data and lookups only; HTTP and AWS's error texts live in the handlers.
 */
import { seededRandom, type Random } from './seededRandom.js';

export interface StoredMethod {
  httpMethod: string;
  authorizationType: string;
  apiKeyRequired: boolean;
  requestParameters?: Record<string, boolean>;
}

export interface StoredResource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  methods: Map<string, StoredMethod>;
}

export interface StoredRestApi {
  id: string;
  name: string;
  description?: string;
  /** Epoch milliseconds; the wire carries epoch seconds. */
  createdDate: number;
  tags: Record<string, string>;
  rootResourceId: string;
  resources: Map<string, StoredResource>;
}

export interface ControlPlaneStateOptions {
  /** Seeds the id generator, so a run's ids repeat. */
  seed?: number;
  now?: () => number;
}

const idAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class ControlPlaneState {
  readonly restApis = new Map<string, StoredRestApi>();
  private random: Random;
  private readonly seed: number;
  private readonly now: () => number;

  constructor(options: ControlPlaneStateOptions = {}) {
    this.seed = options.seed ?? 1;
    this.random = seededRandom(this.seed);
    this.now = options.now ?? Date.now;
  }

  reset(): void {
    this.restApis.clear();
    this.random = seededRandom(this.seed);
  }

  createRestApi(input: { name: string; description?: string; tags?: Record<string, string> }): StoredRestApi {
    const root: StoredResource = { id: this.newId(10), path: '/', methods: new Map() };
    const api: StoredRestApi = {
      id: this.newId(10),
      name: input.name,
      description: input.description,
      createdDate: this.now(),
      tags: { ...(input.tags ?? {}) },
      rootResourceId: root.id,
      resources: new Map([[root.id, root]]),
    };
    this.restApis.set(api.id, api);
    return api;
  }

  createResource(api: StoredRestApi, parent: StoredResource, pathPart: string): StoredResource {
    const resource: StoredResource = {
      id: this.newId(6),
      parentId: parent.id,
      pathPart,
      path: parent.path === '/' ? `/${pathPart}` : `${parent.path}/${pathPart}`,
      methods: new Map(),
    };
    api.resources.set(resource.id, resource);
    return resource;
  }

  /** Deletes a resource and its descendants, as AWS does. */
  deleteResource(api: StoredRestApi, resource: StoredResource): void {
    for (const child of [...api.resources.values()].filter((r) => r.parentId === resource.id)) this.deleteResource(api, child);
    api.resources.delete(resource.id);
  }

  /** AWS-like ids: lowercase alphanumerics, unique within this state. */
  private newId(length: number): string {
    for (;;) {
      let id = '';
      for (let i = 0; i < length; i++) id += idAlphabet[Math.floor(this.random() * idAlphabet.length)];
      if (!this.restApis.has(id) && ![...this.restApis.values()].some((a) => a.resources.has(id))) return id;
    }
  }
}
