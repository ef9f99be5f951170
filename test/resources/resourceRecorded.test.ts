/**
 * AWS's recorded answers for Resource (LocalStack test_apigateway_api.py#TestApiGatewayApiResource, all of
 * it), replayed against `serve` over loopback through the SDK; each test named after the LocalStack test
 * and the snapshot keys it encodes. Ids the snapshot tool replaced are compared by identity where the
 * placeholder repeats; lists are compared sorted by path, as the LocalStack test sorts them.
 */
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteResourceCommand,
  GetResourceCommand,
  GetResourcesCommand,
  PutMethodCommand,
  UpdateResourceCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { resource } from '../../src/resources/resource/resource.js';
import { restApi } from '../../src/resources/restApi/restApi.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(12);
let client: APIGatewayClient;
let api: string;
let root: string;
beforeEach(() => void (client = servedClient()));
beforeEach(async () => {
  const created = await client.send(new CreateRestApiCommand({ name: 'recorded', description: 'testing resource lifecycle' }));
  api = created.id!;
  root = created.rootResourceId!;
});

const create = (parentId: string, pathPart: string) => call(client.send(new CreateResourceCommand({ restApiId: api, parentId, pathPart })));
const update = (resourceId: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateResourceCommand({ restApiId: api, resourceId, patchOperations })));
const all = async () => {
  const answer = await call(client.send(new GetResourcesCommand({ restApiId: api })));
  return { ...answer, items: [...(answer.items as Array<{ path: string }>)].sort((a, b) => (a.path < b.path ? -1 : 1)) };
};
const made = (id: string, parentId: string, path: string, pathPart: string, status = 201) => ({ status, id, parentId, path, pathPart });
const idOf = (a: Record<string, unknown>) => a.id as string;
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const unknownResource = { error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 };
const conflict = (name: string) => ({ error: 'ConflictException', message: `Another resource with the same parent already has this name: ${name}`, status: 409 });

describe('TestApiGatewayApiResource (LocalStack snapshots recorded against AWS)', () => {
  it('test_resource_lifecycle: rest-api-root-resource, create-resource, rest-api-resources-after-create, create-subresource, rest-api-resources-after-create-sub, update-path-part, get-resp-after-update-path-part, del-resource, rest-api-resources-after-delete', async () => {
    const rootOnly = { status: 200, items: [{ id: root, path: '/' }] };
    expect(await all()).toEqual(rootOnly);
    const pets = await create(root, 'pets');
    expect(pets).toEqual(made(idOf(pets), root, '/pets', 'pets'));
    const petsItem = { id: idOf(pets), parentId: root, path: '/pets', pathPart: 'pets' };
    expect(await all()).toEqual({ status: 200, items: [{ id: root, path: '/' }, petsItem] });
    const sub = await create(idOf(pets), 'subpets');
    expect(sub).toEqual(made(idOf(sub), idOf(pets), '/pets/subpets', 'subpets'));
    expect(await all()).toEqual({ status: 200, items: [{ id: root, path: '/' }, petsItem, { id: idOf(sub), parentId: idOf(pets), path: '/pets/subpets', pathPart: 'subpets' }] });
    const dogs = made(idOf(pets), root, '/dogs', 'dogs', 200);
    expect(await update(idOf(pets), [{ op: 'replace', path: '/pathPart', value: 'dogs' }])).toEqual(dogs);
    expect(await call(client.send(new GetResourceCommand({ restApiId: api, resourceId: idOf(pets) })))).toEqual(dogs);
    expect(await call(client.send(new DeleteResourceCommand({ restApiId: api, resourceId: idOf(pets) })))).toEqual({ status: 202 });
    expect(await all()).toEqual(rootOnly);
  });

  it('test_update_resource_behaviour: nonexistent-resource, invalid-path-part, invalid-parent-id, create-subresource, create-subresource-child, existing-future-sibling-path, update-parent-id-to-subresource-id, update-parent-id-to-root-id, update-path-already-exists, resources-after-deletion, remove-unsupported, add-unsupported', async () => {
    const pets = idOf(await create(root, 'pets'));
    expect(await update('fake-resource', [{ op: 'replace', path: '/pathPart', value: 'dogs' }])).toEqual(unknownResource);
    expect(await update(pets, [{ op: 'replace', path: '/invalid', value: 'dogs' }])).toEqual(bad("Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]"));
    expect(await update(pets, [{ op: 'replace', path: '/parentId', value: 'fake-parent-id' }])).toEqual(unknownResource);
    const sub = await create(pets, 'subpets');
    expect(sub).toEqual(made(idOf(sub), pets, '/pets/subpets', 'subpets'));
    const child = await create(idOf(sub), 'pets');
    expect(child).toEqual(made(idOf(child), idOf(sub), '/pets/subpets/pets', 'pets'));
    expect(await update(idOf(child), [{ op: 'replace', path: '/parentId', value: root }])).toEqual(conflict('pets'));
    await client.send(new DeleteResourceCommand({ restApiId: api, resourceId: idOf(child) }));
    expect(await update(pets, [{ op: 'replace', path: '/parentId', value: idOf(sub) }])).toEqual(bad('Resources cannot be cyclical.'));
    expect(await update(idOf(sub), [{ op: 'replace', path: '/parentId', value: root }])).toEqual(made(idOf(sub), root, '/subpets', 'subpets', 200));
    expect(await update(idOf(sub), [{ op: 'replace', path: '/pathPart', value: 'pets' }])).toEqual(conflict('pets'));
    await client.send(new DeleteResourceCommand({ restApiId: api, resourceId: pets }));
    expect(await all()).toEqual({ status: 200, items: [{ id: root, path: '/' }, { id: idOf(sub), parentId: root, path: '/subpets', pathPart: 'subpets' }] });
    expect(await update(idOf(sub), [{ op: 'remove', path: '/pathPart' }])).toEqual(bad("Invalid patch path  '/pathPart' specified for op 'remove'. Please choose supported operations"));
    expect(await update(idOf(sub), [{ op: 'add', path: '/pathPart', value: 'added-pets' }])).toEqual(bad("Invalid patch path  '/pathPart' specified for op 'add'. Please choose supported operations"));
  });

  it('test_update_resource_on_root: update-root-path-part, update-root-parent', async () => {
    expect(await update(root, [{ op: 'replace', path: '/pathPart', value: 'dogs' }])).toEqual(bad('Root resource cannot update its pathPart.'));
    expect(await update(root, [{ op: 'replace', path: '/parentId', value: root }])).toEqual(bad('Root resource cannot update its parentId.'));
  });

  it('test_delete_resource: delete-resource, get-resources, delete-subresource (the descendants go with it)', async () => {
    const pets = idOf(await create(root, 'pets'));
    const sub = idOf(await create(pets, 'subpets'));
    expect(await call(client.send(new DeleteResourceCommand({ restApiId: api, resourceId: pets })))).toEqual({ status: 202 });
    expect(await all()).toEqual({ status: 200, items: [{ id: root, path: '/' }] });
    expect(await call(client.send(new DeleteResourceCommand({ restApiId: api, resourceId: sub })))).toEqual(unknownResource);
  });

  it('test_create_resource_parent_invalid: wrong-resource-parent-id', async () => {
    expect(await create('fake-resource-id', 'subpets')).toEqual(unknownResource);
  });

  it('test_create_proxy_resource: create-base-proxy-resource, create-proxy-sibling-resource, create-proxy-sibling-proxy-child-resource, create-proxy-sibling-static-child-resource, create-static-child-proxy-resource, all-resources, create-proxy-sibling-dynamic-child-resource, create-dynamic-child-proxy-resource, all-resources-2', async () => {
    const proxy = await create(root, '{proxy+}');
    expect(proxy).toEqual(made(idOf(proxy), root, '/{proxy+}', '{proxy+}'));
    const parent = idOf(await create(root, 'parent'));
    const parentProxy = await create(parent, '{proxy+}');
    expect(parentProxy).toEqual(made(idOf(parentProxy), parent, '/parent/{proxy+}', '{proxy+}'));
    const child = await create(parent, 'child');
    expect(child).toEqual(made(idOf(child), parent, '/parent/child', 'child'));
    const childProxy = await create(idOf(child), '{proxy+}');
    expect(childProxy).toEqual(made(idOf(childProxy), idOf(child), '/parent/child/{proxy+}', '{proxy+}'));
    const item = (a: Record<string, unknown>) => ({ id: a.id, parentId: a.parentId, path: a.path, pathPart: a.pathPart });
    const fixed = [{ id: root, path: '/' }, { id: parent, parentId: root, path: '/parent', pathPart: 'parent' }, item(child), item(childProxy)];
    expect(await all()).toEqual({ status: 200, items: [...fixed, item(parentProxy), item(proxy)] });
    await client.send(new DeleteResourceCommand({ restApiId: api, resourceId: idOf(parentProxy) }));
    const dynamic = await create(parent, '{child}');
    expect(dynamic).toEqual(made(idOf(dynamic), parent, '/parent/{child}', '{child}'));
    const dynamicProxy = await create(idOf(dynamic), '{proxy+}');
    expect(dynamicProxy).toEqual(made(idOf(dynamicProxy), idOf(dynamic), '/parent/{child}/{proxy+}', '{proxy+}'));
    expect(await all()).toEqual({ status: 200, items: [...fixed, item(dynamic), item(dynamicProxy), item(proxy)] });
  });

  it('test_create_proxy_resource_validation: create-base-proxy-resource, create-proxy-dynamic-sibling-resource, create-proxy-static-child-resource, create-proxy-dynamic-child-resource, create-greedy-child-resource', async () => {
    const proxy = await create(root, '{proxy+}');
    expect(proxy).toEqual(made(idOf(proxy), root, '/{proxy+}', '{proxy+}'));
    expect(await create(root, '{dynamic}')).toEqual(bad('A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed'));
    const greedyParent = bad('Cannot create a child of a resource with a greedy path variable: {proxy+}');
    expect(await create(idOf(proxy), 'child')).toEqual(greedyParent);
    expect(await create(idOf(proxy), '{child}')).toEqual(greedyParent);
    const parent = idOf(await create(root, 'parent'));
    const greedyChild = await create(parent, '{child+}');
    expect(greedyChild).toEqual(made(idOf(greedyChild), parent, '/parent/{child+}', '{child+}'));
  });
});

describe('Resource beyond the recordings (answers as today)', () => {
  it('a resource with methods lists their verbs in resourceMethods; a moved resource takes its descendants\' paths with it', async () => {
    const pets = idOf(await create(root, 'pets'));
    const sub = idOf(await create(pets, 'subpets'));
    await client.send(new PutMethodCommand({ restApiId: api, resourceId: sub, httpMethod: 'GET', authorizationType: 'NONE' }));
    const other = idOf(await create(root, 'other'));
    expect(await update(pets, [{ op: 'replace', path: '/parentId', value: other }])).toEqual(made(pets, other, '/other/pets', 'pets', 200));
    expect(await call(client.send(new GetResourceCommand({ restApiId: api, resourceId: sub })))).toEqual({ status: 200, id: sub, parentId: pets, path: '/other/pets/subpets', pathPart: 'subpets', resourceMethods: { GET: {} } });
  });
});
