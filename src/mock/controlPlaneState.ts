/**
 * The mock control plane's memory: RestApis, their resource trees and methods (integrations are the
 * implementation's to keep: see integrationStore.ts).
 * Plain data and lookups only; HTTP and AWS's error texts live in the handlers.
 */
import { DeclaredStore } from './declaredStore.js';
import { seededRandom, type Random } from './seededRandom.js';

export interface StoredResource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
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
  /** Methods, their responses and everything else declared in src/resources, by URI. */
  readonly declared = new DeclaredStore();
  /** The account the mock plays (moto's and the AWS docs' example account), as AWS's texts name it. */
  readonly accountId = '123456789012';
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
    this.declared.clear();
    this.random = seededRandom(this.seed);
  }

  createRestApi(input: { name: string; description?: string; tags?: Record<string, string> }): StoredRestApi {
    const root: StoredResource = { id: this.newId(10), path: '/' };
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
    };
    api.resources.set(resource.id, resource);
    return resource;
  }

  /** Deletes a resource and its descendants, with their methods, as AWS does. */
  deleteResource(api: StoredRestApi, resource: StoredResource): void {
    for (const child of [...api.resources.values()].filter((r) => r.parentId === resource.id)) this.deleteResource(api, child);
    api.resources.delete(resource.id);
    this.declared.delete(`/restapis/${encodeURIComponent(api.id)}/resources/${encodeURIComponent(resource.id)}`);
  }

  deleteRestApi(api: StoredRestApi): void {
    this.restApis.delete(api.id);
    this.declared.delete(`/restapis/${encodeURIComponent(api.id)}`);
  }

  /** The time in epoch seconds, as the wire carries dates (createdDate). */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** An id for a declared resource the mock creates (authorizers, validators, models). */
  newDeclaredId(): string {
    return this.newId(6);
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
