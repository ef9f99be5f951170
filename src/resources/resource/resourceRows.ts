/**
 * UpdateResource's two paths, both `replace` only: `/parentId` moves the resource (never the root,
 * never below itself), `/pathPart` renames it (never the root); either way the resource must fit its
 * new place (resourcePlacement.ts) and its path is recomputed (its descendants' too, by the routes).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredRow, ResourceValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { recordedResource } from './resourceEvidence.js';
import { isWithin, pathOf, pathPartRefusal, placement, treeOf, unknownResource, type TreeNode } from './resourcePlacement.js';

export const rootKeepsPlace = badRequestRule(
  'resource.root-fixed',
  'replace /pathPart or /parentId on the root resource: 400 naming the path',
  (member: string) => `Root resource cannot update its ${member}.`,
  recordedResource('test_update_resource_on_root (update-root-path-part, update-root-parent)'),
);
export const cyclical = badRequestRule(
  'resource.not-cyclical',
  'replace /parentId with the resource itself or one of its descendants: 400',
  () => 'Resources cannot be cyclical.',
  recordedResource('test_update_resource_behaviour (update-parent-id-to-subresource-id); the resource itself assumed alike'),
);

const value = (id: string, inside: readonly string[], edges: readonly string[]) => ({
  rule: defineRule(id, 'the value sent, checked against the tree by its row', ...recordedResource('test_update_resource_behaviour')),
  inside,
  edges,
  read: (raw: string | undefined) => ({ ok: true as const, value: raw }),
});

/** The resource's path under its (new) parent; its descendants follow in the routes. */
const moved = (draft: ResourceValue, parent: TreeNode) => {
  draft.path = pathOf(parent, String(draft.pathPart));
};

// AWS's order, as its long-form text lists them: [/parentId, /pathPart].
export const resourceRows: readonly DeclaredRow[] = [
  {
    rule: defineRule('resource.path:/parentId', '/parentId: replace moves the resource under the resource named', ...recordedResource('test_update_resource_behaviour (update-parent-id-to-root-id: path recomputed)')),
    pattern: '/parentId',
    ops: ['replace'],
    target: {
      kind: 'custom',
      member: 'parentId',
      apply(draft, o, ctx) {
        if (draft.parentId === undefined) return reject(rootKeepsPlace, 'parentId');
        const tree = treeOf(ctx);
        const to = o.value ?? '';
        if (!tree.some((n) => n.id === to)) return reject(unknownResource);
        if (isWithin(tree, to, String(draft.id))) return reject(cyclical);
        const fits = placement(tree, to, String(draft.pathPart), String(draft.id));
        if ('error' in fits) return fits;
        draft.parentId = to;
        moved(draft, fits.parent);
        return null;
      },
    },
    value: value('resource.value.parent-id', [], ['fake-parent-id', '']),
  },
  {
    rule: defineRule('resource.path:/pathPart', '/pathPart: replace renames the resource', ...recordedResource('test_resource_lifecycle (update-path-part, get-resp-after-update-path-part: path recomputed)')),
    pattern: '/pathPart',
    ops: ['replace'],
    target: {
      kind: 'custom',
      member: 'pathPart',
      apply(draft, o, ctx) {
        if (draft.parentId === undefined) return reject(rootKeepsPlace, 'pathPart');
        const bad = pathPartRefusal(o.value);
        if (bad) return bad;
        const fits = placement(treeOf(ctx), String(draft.parentId), o.value!, String(draft.id));
        if ('error' in fits) return fits;
        draft.pathPart = o.value;
        moved(draft, fits.parent);
        return null;
      },
    },
    value: value('resource.value.path-part', ['dogs', '{id}', 'v1.2'], ['', 'a/b', 'a b', '{proxy+']),
  },
];
