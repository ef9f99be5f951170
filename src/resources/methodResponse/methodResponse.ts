/**
 * MethodResponse: PutMethodResponse, GetMethodResponse, UpdateMethodResponse, DeleteMethodResponse.
 * Recorded answers: LocalStack test_apigateway_api.py#TestApigatewayMethodResponse (keys quoted per rule).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredContext, DeclaredRow, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { bodyShape } from '../memberShape.js';
import { existingName, lenientBoolean } from '../declaredValues.js';
import { badRequestRule, notFoundRule } from '../declaredErrorRules.js';
import { shortFormDialect } from '../shortFormDialect.js';
import { statusCodeKey } from '../statusCodeKey.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApigatewayMethodResponse (${key})`] as const;

const dialect = shortFormDialect({
  prefix: 'method-response',
  updateInput: 'updateMethodResponseInput',
  opEnum: rec('update-method-response-wrong-operation-1..5: every bad op by 1-based index, valid ones keep their slot'),
  unknownPath: rec('update-method-response-operation-with-wrong-path'),
  unsupportedOp: ['inferred', "every row allows add, replace and remove; UpdateMethod's recorded text for the others"],
  ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on UpdateMethod'],
  emptiedMap: rec('remove-update-method-response: both maps emptied by removes are absent'),
  untouchedKept: rec('add-update-method-response'),
});

const missingParameter = notFoundRule('method-response.parameter-missing', 'replace or remove of a response parameter the response does not have (or of any, when it has none): 404', 'Invalid parameter name specified', rec('update-method-response-operation-without-response-parameters, ...-with-wrong-param-name-1, -2'));
const missingModel = notFoundRule('method-response.model-missing', 'replace or remove of a response model content type the response does not have: 404', 'Content-Type specified was not found', rec('update-method-response-operation-without-response-models, ...-with-wrong-param-name-3, -4'));
const invalidModel = badRequestRule('method-response.model-valid', 'a responseModels value names a model of the API', (name: string | undefined) => `Invalid model identifier specified: ${name ?? 'null'}`, ['inferred', "PutMethod's recorded text for requestModels"]);

const row = (pattern: string, target: DeclaredRow['target'], value: DeclaredRow['value'], key: string): DeclaredRow => ({
  rule: defineRule(`method-response.path:${pattern}`, `${pattern}: add, replace, remove`, ...rec(key)),
  pattern,
  ops: ['add', 'replace', 'remove'],
  target,
  value,
});

const rows: readonly DeclaredRow[] = [
  row('/responseParameters/{key}', { kind: 'mapEntry', member: 'responseParameters', missingKey: missingParameter }, lenientBoolean('method-response.value.required-flag', rec('add-update-method-response: "true" is stored as true')), 'add-update-method-response, remove-update-method-response'),
  row('/responseModels/{key}', { kind: 'mapEntry', member: 'responseModels', missingKey: missingModel }, existingName('method-response.value.model', 'Model', invalidModel, ['inferred', 'as PutMethod checks requestModels (recorded)'], ['Empty', 'Error']), 'add-update-method-response, remove-update-method-response'),
];

function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  for (const name of Object.values((b.responseModels ?? {}) as Record<string, string>)) if (!ctx.world.exists('Model', name)) return reject(invalidModel, name);
  const value: ResourceValue = { statusCode: ctx.params.statusCode };
  // Maps sent as {} are answered as {} (recorded put-method-response).
  for (const m of ['responseParameters', 'responseModels'] as const) if (b[m] !== undefined) value[m] = b[m];
  return { value, rules: [] };
}

const members: readonly MemberDeclaration[] = [
  { name: 'statusCode', kind: 'string' },
  { name: 'responseParameters', kind: 'booleanMap', examples: ['method.response.header.my-header', 'method.response.header.X-Trace'] },
  { name: 'responseModels', kind: 'stringMap', examples: ['application/json', 'text/html'] },
];

export const methodResponse: ResourceDeclaration = {
  name: 'MethodResponse',
  uri: '/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}',
  key: 'statusCode',
  keyPattern: statusCodeKey,
  keyExamples: ['200', '404', '500'],
  keyEdges: ['wrong', '600', '20'],
  parent: 'Method',
  embeddedAs: 'methodResponses',
  members,
  lifecycle: {
    put: {
      operation: 'PutMethodResponse',
      status: 201,
      verb: 'put',
      shape: bodyShape(members, ['statusCode']),
      build,
    },
    get: { operation: 'GetMethodResponse', status: 200 },
    update: { operation: 'UpdateMethodResponse', status: 201 },
    delete: { operation: 'DeleteMethodResponse', status: 204 },
    answers: {
      put: defineRule('method-response.put', 'PutMethodResponse answers 201 with the status code and the maps as sent ({} kept as {}); a second put replaces the response', 'aws-recorded', 'LocalStack TestApigatewayMethodResponse::test_lifecycle_method_response (put-method-response); replacing is inferred, as PutIntegrationResponse does (recorded)'),
      get: defineRule('method-response.get', "GetMethodResponse answers 200 with the response as stored; GetMethod shows it in methodResponses", ...rec('get-integration-response, get-method')),
      update: defineRule('method-response.update', 'UpdateMethodResponse answers 201 (not 200) with the whole response', ...rec('update-method-responses, add-update-method-response')),
      delete: defineRule('method-response.delete', 'DeleteMethodResponse answers 204 and the response is gone', ...rec('delete-method-response')),
    },
    missing: notFoundRule('method-response.missing', 'the method has no response with this status code', 'Invalid Response status code specified', rec('update-method-response-wrong-statuscode')),
  },
  rows,
  constraints: [],
  dialect,
  rules: [dialect.ordered, dialect.emptiedMap, dialect.untouchedKept, statusCodeKey.rule, invalidModel],
};
