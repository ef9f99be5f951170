/** Where a resource's siblings are: its URI without its key (GetStages' path), and where a create posts. */
import type { ResourceDeclaration } from './declaration.js';

/** `/restapis/{restApiId}/stages` for `/restapis/{restApiId}/stages/{stageName}`. */
export const collectionUri = (decl: ResourceDeclaration): string => decl.uri.slice(0, decl.uri.lastIndexOf('/{'));

/** Where a `post` create goes: its own URI (CreateResource posts to its parent) or the collection. */
export const createUri = (decl: ResourceDeclaration): string => decl.lifecycle.put.collectionUri ?? collectionUri(decl);
