/** Where a resource lives: inside a RestApi (deleted with it), or in the account (RestApis themselves, API keys, usage plans, VPC links). */
import type { ResourceDeclaration } from './declaration.js';

/** A resource the account keeps, which a sandbox's deletion does not take: its URI is not inside a RestApi (a RestApi's own is). */
export const accountLevel = (decl: ResourceDeclaration): boolean => !decl.uri.startsWith('/restapis/{restApiId}/');
