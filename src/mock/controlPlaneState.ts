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

/**
 * A RestApi's identity, tags and resource tree. Its declared members (name, endpoint configuration,
 * policy, ...) live in the declared store at `/restapis/{id}` (src/resources/restApi).
 */
export interface StoredRestApi {
  id: string;
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

  /** Ids for a RestApi about to be created (not taken until createRestApi registers them). */
  newRestApiIdentity(): { id: string; rootResourceId: string } {
    const rootResourceId = this.newId(10);
    let id = this.newId(10);
    while (id === rootResourceId) id = this.newId(10);
    return { id, rootResourceId };
  }

  createRestApi(identity: { id: string; rootResourceId: string }, tags: Record<string, string> = {}): StoredRestApi {
    const root: StoredResource = { id: identity.rootResourceId, path: '/' };
    const api: StoredRestApi = { id: identity.id, tags: { ...tags }, rootResourceId: root.id, resources: new Map([[root.id, root]]) };
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

  /** Moves or renames a resource; its descendants' paths follow. */
  placeResource(api: StoredRestApi, resource: StoredResource, parentId: string, pathPart: string): void {
    resource.parentId = parentId;
    resource.pathPart = pathPart;
    const repath = (r: StoredResource) => {
      const parent = api.resources.get(r.parentId ?? '');
      if (parent) r.path = parent.path === '/' ? `/${r.pathPart}` : `${parent.path}/${r.pathPart}`;
      for (const child of api.resources.values()) if (child.parentId === r.id) repath(child);
    };
    repath(resource);
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
