/**
 * Where a resource may sit in its API's tree, as CreateResource and UpdateResource check it: a path
 * part of allowed characters, a parent that exists and is not greedy (`{proxy+}`), no sibling of the
 * same name, at most one variable sibling. The tree is the world's `Resource` instances.
 */
import { reject, type Rejection } from '../../rules/defineRule.js';
import type { DeclaredContext } from '../declaration.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { recordedResource } from './resourceEvidence.js';

export interface TreeNode {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
}

export const treeOf = (ctx: DeclaredContext): TreeNode[] => ctx.world.instances('Resource').map((i) => i.value as unknown as TreeNode);

export const pathOf = (parent: TreeNode, pathPart: string) => (parent.path === '/' ? `/${pathPart}` : `${parent.path}/${pathPart}`);

const variable = (pathPart: string) => /^\{.+\}$/.test(pathPart);
const greedy = (pathPart: string | undefined) => pathPart !== undefined && /^\{.+\+\}$/.test(pathPart);

export const unknownResource = notFoundRule(
  'resource.missing',
  'an unknown resource id (the resource called, a parent to create under, a /parentId value): 404',
  'Invalid Resource identifier specified',
  recordedResource('test_update_resource_behaviour (nonexistent-resource, invalid-parent-id), test_delete_resource (delete-subresource), test_create_resource_parent_invalid (wrong-resource-parent-id)'),
);

export const badPathPart = badRequestRule(
  'resource.path-part-characters',
  'a path part outside [a-zA-Z0-9._:-]+ or {name} / {name+}: 400',
  () => "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
  ['user-quote', "claudiajs/claudia#11 (2016, before greedy variables: \"Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end.\"); the greedy clause and colons (aws/aws-cdk#22477: the console takes them) inferred"],
  true,
);
const validPathPart = /^([a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

const greedyParent = badRequestRule(
  'resource.greedy-parent',
  'a child of a greedy resource ({proxy+}): 400 naming its path part',
  (parentPathPart: string) => `Cannot create a child of a resource with a greedy path variable: ${parentPathPart}`,
  recordedResource('test_create_proxy_resource_validation (create-proxy-static-child-resource, create-proxy-dynamic-child-resource); moving under one assumed alike'),
);
export const siblingNamed = errorRule(
  'resource.sibling-name',
  'a sibling with the same path part (created, renamed or moved there): 409',
  'ConflictException',
  (pathPart: string) => `Another resource with the same parent already has this name: ${pathPart}`,
  recordedResource('test_update_resource_behaviour (existing-future-sibling-path: moved, update-path-already-exists: renamed); the create assumed alike'),
);
const variableSibling = badRequestRule(
  'resource.one-variable-sibling',
  'a second variable path part ({x}, {x+}) under one parent: 400 naming the sibling; static siblings of a variable one are fine',
  (sibling: string) => `A sibling (${sibling}) of this resource already has a variable path part -- only one is allowed`,
  recordedResource('test_create_proxy_resource_validation (create-proxy-dynamic-sibling-resource), test_create_proxy_resource (static siblings of {proxy+} taken); on update assumed alike'),
);

export const placementRules = [unknownResource, badPathPart, greedyParent, siblingNamed, variableSibling];

/** Whether the path part is one AWS takes. */
export const pathPartRefusal = (pathPart: unknown): Rejection | null => (typeof pathPart === 'string' && validPathPart.test(pathPart) ? null : reject(badPathPart));

/**
 * The first reason `pathPart` may not sit under `parentId` (`self`, when a resource moves or is
 * renamed, is not its own sibling); the parent node otherwise. Checks in an order AWS's recordings
 * allow (missing parent, greedy parent, same name, variable sibling), the order itself inferred.
 */
export function placement(tree: readonly TreeNode[], parentId: string, pathPart: string, self?: string): { parent: TreeNode } | Rejection {
  const parent = tree.find((n) => n.id === parentId);
  if (!parent) return reject(unknownResource);
  if (greedy(parent.pathPart)) return reject(greedyParent, parent.pathPart!);
  const siblings = tree.filter((n) => n.parentId === parentId && n.id !== self);
  if (siblings.some((n) => n.pathPart === pathPart)) return reject(siblingNamed, pathPart);
  const otherVariable = variable(pathPart) ? siblings.find((n) => n.pathPart !== undefined && variable(n.pathPart)) : undefined;
  if (otherVariable) return reject(variableSibling, otherVariable.pathPart!);
  return { parent };
}

/** Whether `candidate` is `id` or below it. */
export function isWithin(tree: readonly TreeNode[], candidate: string, id: string): boolean {
  for (let n = tree.find((x) => x.id === candidate); n; n = n.parentId === undefined ? undefined : tree.find((x) => x.id === n!.parentId)) {
    if (n.id === id) return true;
  }
  return false;
}
