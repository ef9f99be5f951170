/**
 * Every declared resource, parents before children. The only place outside a resource's own folder
 * that names it: the mock, serve, the rule tables and `--resource` iterate over this list.
 */
import type { ResourceDeclaration } from './declaration.js';
import { account } from './account/account.js';
import { apiKey } from './apiKey/apiKey.js';
import { clientCertificate } from './clientCertificate/clientCertificate.js';
import { deployment } from './deployment/deployment.js';
import { documentationPart } from './documentationPart/documentationPart.js';
import { documentationVersion } from './documentationVersion/documentationVersion.js';
import { basePathMapping } from './domainName/basePathMapping.js';
import { domainName } from './domainName/domainName.js';
import { gatewayResponse } from './gatewayResponse/gatewayResponse.js';
import { integration } from './integration/integration.js';
import { integrationResponse } from './integrationResponse/integrationResponse.js';
import { method } from './method/method.js';
import { methodResponse } from './methodResponse/methodResponse.js';
import { authorizer } from './referenced/authorizer.js';
import { model } from './referenced/model.js';
import { requestValidator } from './referenced/requestValidator.js';
import { resource } from './resource/resource.js';
import { restApi } from './restApi/restApi.js';
import { stage } from './stage/stage.js';
import { usagePlan } from './usagePlan/usagePlan.js';
import { usagePlanKey } from './usagePlan/usagePlanKey.js';
import { vpcLink } from './vpcLink/vpcLink.js';

export const resourceRegistry: readonly ResourceDeclaration[] = [
  // The API and its tree, then what lives in it.
  restApi,
  resource,
  authorizer,
  requestValidator,
  model,
  method,
  integration,
  methodResponse,
  integrationResponse,
  deployment,
  stage,
  gatewayResponse,
  documentationPart,
  documentationVersion,
  // The account's own.
  apiKey,
  usagePlan,
  usagePlanKey,
  clientCertificate,
  vpcLink,
  domainName,
  basePathMapping,
  account,
];

export function declarationNamed(name: string): ResourceDeclaration {
  const d = resourceRegistry.find((r) => r.name === name);
  if (!d) throw new Error(`no declared resource ${name}`);
  return d;
}
