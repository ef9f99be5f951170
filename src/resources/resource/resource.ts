/**
 * Resource: CreateResource (posted to its parent), GetResource, UpdateResource, DeleteResource. Served
 * by the control plane's own routes (src/mock/controlPlaneRoutes.ts): the API's resource tree, which
 * every other route looks up, stays theirs; these calls answer through this declaration.
 * Recorded answers: LocalStack test_apigateway_api.py#TestApiGatewayApiResource (all, against AWS).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredContext, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { badRequestRule, errorRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import { inferred, recordedResource } from './resourceEvidence.js';
import { pathPartRefusal, placement, placementRules, treeOf, unknownResource } from './resourcePlacement.js';
import { cyclical, resourceRows, rootKeepsPlace } from './resourceRows.js';

const pathPartRequired = errorRule(
  'resource.path-part-required',
  'CreateResource without a pathPart: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createResourceInput.${member}`, null, mustNotBeNull)]),
  inferred("the API reference marks pathPart required; Coral's required-member text as recorded for putIntegrationInput.type"),
);

const rootStays = badRequestRule(
  'resource.root-not-deleted',
  'DeleteResource of the root resource: 400',
  () => 'Cannot delete the root resource.',
  inferred('every API keeps its root (rootResourceId is always answered); the text is unrecorded'),
  true,
);

/** The resource a create makes under `parentId` (the collection URI's parameter), or why it may not. */
function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  const bad = pathPartRefusal(b.pathPart);
  if (bad) return bad;
  const pathPart = b.pathPart as string;
  const fits = placement(treeOf(ctx), ctx.params.parentId ?? '', pathPart);
  if ('error' in fits) return fits;
  const value: ResourceValue = { parentId: fits.parent.id, pathPart, path: fits.parent.path === '/' ? `/${pathPart}` : `${fits.parent.path}/${pathPart}` };
  return { value, rules: [] };
}

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string', assigned: 'create' },
  { name: 'parentId', kind: 'string', refersTo: 'Resource' },
  { name: 'pathPart', kind: 'string', examples: ['pets', '{petId}', 'v1'] },
  { name: 'path', kind: 'string' },
  // The verbs of its methods, each `{}`: from the Method store, in answers only.
  { name: 'resourceMethods', kind: 'embedded' },
];

export const resource: ResourceDeclaration = {
  name: 'Resource',
  uri: '/restapis/{restApiId}/resources/{resourceId}',
  key: 'resourceId',
  servedBy: 'controlPlane',
  members,
  lifecycle: {
    put: {
      operation: 'CreateResource',
      status: 201,
      verb: 'post',
      collectionUri: '/restapis/{restApiId}/resources/{parentId}',
      shape: { struct: { pathPart: 'string' } },
      required: { pathPart: ['pets', '{petId}'] },
      requiredMissing: pathPartRequired,
      minimal: { pathPart: 'conformance' },
      build,
    },
    get: { operation: 'GetResource', status: 200 },
    update: { operation: 'UpdateResource', status: 200 },
    delete: {
      operation: 'DeleteResource',
      status: 202,
      refused: (v) => (v.parentId === undefined ? reject(rootStays) : null),
    },
    answers: {
      put: defineRule('resource.create', 'CreateResource answers 201 with id, parentId, pathPart and the path under its parent', ...recordedResource('test_resource_lifecycle (create-resource, create-subresource), test_create_proxy_resource (all creates)')),
      get: defineRule('resource.get', 'GetResource answers 200 with the resource (the root: id and path "/" only; resourceMethods once it has methods)', ...recordedResource('test_resource_lifecycle (get-resp-after-update-path-part, rest-api-root-resource)')),
      update: defineRule('resource.update', 'UpdateResource answers 200 with the whole resource, its path recomputed', ...recordedResource('test_resource_lifecycle (update-path-part), test_update_resource_behaviour (update-parent-id-to-root-id)')),
      delete: defineRule('resource.delete', 'DeleteResource answers 202; its descendants (and their methods) go with it', ...recordedResource('test_resource_lifecycle (del-resource, rest-api-resources-after-delete), test_delete_resource (delete-subresource: the child is gone)')),
    },
    missing: unknownResource,
  },
  // An unknown API is answered as an unknown resource (no text of its own on the resource calls).
  apiMissing: { put: unknownResource, get: unknownResource, update: unknownResource, delete: unknownResource },
  rows: resourceRows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'resource',
    updateInput: 'updateResourceInput',
    paths: recordedResource('test_update_resource_behaviour (invalid-path-part: Must be one of: [/parentId, /pathPart]; remove-unsupported, add-unsupported: Please choose supported operations)'),
    opEnum: inferred('format recorded on UpdateRestApi and UpdateMethodResponse; the input name follows the operation'),
    ordered: inferred('the API reference applies operations in list order; all-or-nothing as on the other resources'),
  }),
  rules: [...placementRules, rootKeepsPlace, cyclical, pathPartRequired, rootStays],
};
