/** The member of a created resource's answer that holds its key (the last segment of its URI). */
import type { ResourceDeclaration } from './declaration.js';

/** A Model's `name`, a documentation version's `version`, a client certificate's `clientCertificateId`, or the generated `id`. */
export const createdKeyMember = (decl: ResourceDeclaration): string => decl.lifecycle.put.idMember ?? decl.lifecycle.put.generatedIdMember ?? 'id';
