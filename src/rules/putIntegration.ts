/** PutIntegration's own rules: the wire shape, model validation, and what AWS fills in. */
import { defineErrorRule, defineRule } from './defineRule.js';
import { connectionTypes, contentHandlings, responseTransferModes } from './integration.js';
import { enumConstraint, mustNotBeNull, validationText, violation } from './modelValidation.js';
import type { WireShape } from './wireTypes.js';
import { integrationMembers } from '../resources/integration/members.js';
import { bodyShape } from '../resources/memberShape.js';

const recorded = 'LocalStack test_apigateway_integrations.py#test_put_integration_validation (recorded against AWS)';

/** The request body as it travels (every member but the responses); the backend verb is `httpMethod` on the wire. */
export const putIntegrationBodyShape: WireShape = bodyShape(integrationMembers, ['integrationResponses']);

/** Members the service model declares as enums, with the order AWS prints (type's is recorded). */
export const putIntegrationEnums: ReadonlyArray<{ member: string; values: readonly string[] }> = [
  { member: 'type', values: ['HTTP', 'MOCK', 'AWS_PROXY', 'HTTP_PROXY', 'AWS'] },
  { member: 'connectionType', values: connectionTypes },
  { member: 'contentHandling', values: contentHandlings },
  { member: 'responseTransferMode', values: responseTransferModes },
];

export const putTypeOutsideEnum = defineErrorRule(
  { id: 'put.type-enum', summary: 'a type outside the enum fails model validation first: one ValidationException naming putIntegrationInput.type', exception: 'ValidationException', message: validationText },
  'aws-recorded',
  `${recorded}; test_apigateway_api.py#TestApigatewayIntegration::test_put_integration_wrong_type`,
);

export const putModelValidation = defineErrorRule(
  {
    id: 'put.model-validation',
    summary: 'a missing type, or connectionType, contentHandling, responseTransferMode outside their enums, fail model validation, all listed in one ValidationException',
    exception: 'ValidationException',
    message: validationText,
  },
  'inferred',
  "the recorded put.type-enum mechanism; the other members' texts and enum orders are not recorded (AWS's printed order for type is not the model's)",
);

export const enumViolation = (member: string, value: unknown, values: readonly string[]): string => violation(`putIntegrationInput.${member}`, String(value), enumConstraint(values));
export const nullViolation = (member: string): string => violation(`putIntegrationInput.${member}`, null, mustNotBeNull);

const verbRequiredText = () => 'Enumeration value for HttpMethod must be non-empty';

export const backendVerbRequired = defineErrorRule(
  { id: 'put.http-method-required', summary: 'HTTP, HTTP_PROXY and AWS need the backend verb; checked before the URI', exception: 'BadRequestException', message: verbRequiredText },
  'aws-recorded',
  recorded,
);

export const proxyBackendVerbRequired = defineErrorRule(
  { id: 'put.http-method-required-aws-proxy', summary: 'AWS_PROXY needs the backend verb too', exception: 'BadRequestException', message: verbRequiredText },
  'inferred',
  "moto's put_integration checks it and the console requires POST; AWS is recorded only for HTTP, HTTP_PROXY and AWS",
);

export const invalidPassthrough = defineErrorRule(
  { id: 'put.passthrough-behavior', summary: 'passthroughBehavior must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER', exception: 'BadRequestException', message: (v: string) => `Invalid passthrough behavior specified: ${v}` },
  'inferred',
  'the member is a plain string in the model, so the service checks it; the text is a guess',
);

export const invalidBackendVerb = defineErrorRule(
  { id: 'put.http-method-verb', summary: 'the backend verb must be an HTTP verb or ANY', exception: 'BadRequestException', message: (v: string) => `Invalid HTTP method specified: ${v}` },
  'inferred',
  'ANY is recorded as accepted; other strings are assumed rejected',
);

export const putDefaults = defineRule(
  'put.defaults',
  'cacheKeyParameters [], cacheNamespace = resource id, passthroughBehavior WHEN_NO_MATCH, timeoutInMillis 29000, connectionType INTERNET for HTTP/HTTP_PROXY only; unset members absent; 201',
  'aws-recorded',
  'LocalStack snapshots of PutIntegration and test_apigateway_import.py#test_import_swagger_api (cacheNamespace)',
);

export const putStoresMembers = defineRule(
  'put.stores-members',
  'members the body supplies are answered as sent (maps and lists whole, timeoutInMillis as an integer)',
  'aws-recorded',
  'LocalStack PutIntegration snapshots (test_apigateway_integrations.py, test_apigateway_api.py#TestApigatewayIntegration): every supplied member comes back as sent',
);

export const putAcceptsValid = defineRule(
  'put.accepts-valid',
  'a body that passes every put.*, uri.* and constraint check is accepted with 201',
  'aws-recorded',
  'LocalStack PutIntegration snapshots of every integration type (test_apigateway_integrations.py, test_apigateway_lambda.py, test_apigateway_api.py)',
);

export const mockDropsBackend = defineRule(
  'put.mock-drops-backend',
  'MOCK integrations drop uri and httpMethod, even when supplied',
  'aws-recorded',
  'LocalStack PutIntegration snapshots for MOCK integrations',
);

export const emptyTemplateIsNull = defineRule(
  'put.template-null',
  'a template given as "" (or null) is the passthrough template, returned as null',
  'inferred',
  'recorded for PutIntegrationResponse responseTemplates; assumed for requestTemplates',
);
