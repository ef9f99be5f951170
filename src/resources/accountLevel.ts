/** Where a resource lives: below a RestApi (deleted with it), or in the account (API keys, usage plans, VPC links). */
import type { ResourceDeclaration } from './declaration.js';

/** A resource the account keeps, not a RestApi: its URI is not below `/restapis/`. */
export const accountLevel = (decl: ResourceDeclaration): boolean => !decl.uri.startsWith('/restapis/');
