/**
 * Every declared resource, parents before children. The only place outside a resource's own folder
 * that names it: the mock, serve, the rule tables and `--resource` iterate over this list.
 */
import type { ResourceDeclaration } from './declaration.js';
import { integration } from './integration/integration.js';
import { documentationPart } from './documentationPart/documentationPart.js';
import { gatewayResponse } from './gatewayResponse/gatewayResponse.js';
import { integrationResponse } from './integrationResponse/integrationResponse.js';
import { method } from './method/method.js';
import { methodResponse } from './methodResponse/methodResponse.js';
import { authorizer } from './referenced/authorizer.js';
import { model } from './referenced/model.js';
import { requestValidator } from './referenced/requestValidator.js';

export const resourceRegistry: readonly ResourceDeclaration[] = [authorizer, requestValidator, model, method, integration, methodResponse, integrationResponse, gatewayResponse, documentationPart];

export function declarationNamed(name: string): ResourceDeclaration {
  const d = resourceRegistry.find((r) => r.name === name);
  if (!d) throw new Error(`no declared resource ${name}`);
  return d;
}
