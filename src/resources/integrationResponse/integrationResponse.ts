/**
 * IntegrationResponse: PutIntegrationResponse, GetIntegrationResponse, UpdateIntegrationResponse,
 * DeleteIntegrationResponse. Recorded answers: LocalStack test_apigateway_api.py#TestApigatewayIntegrationResponse
 * (keys quoted per rule); the patch rows are the API reference's.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredContext, DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { bodyShape } from '../memberShape.js';
import { enumText, verbatimText } from '../declaredValues.js';
import { badRequestRule, notFoundRule } from '../declaredErrorRules.js';
import { shortFormDialect } from '../shortFormDialect.js';
import { statusCodeKey } from '../statusCodeKey.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApigatewayIntegrationResponse (${key})`] as const;
const doc = ['aws-doc', 'AWS API reference, Patch Operations table for UpdateIntegrationResponse'] as const;

export const contentHandlings = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] as const;

const dialect = shortFormDialect({
  prefix: 'integration-response',
  updateInput: 'updateIntegrationResponseInput',
  opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
  unknownPath: ['inferred', "UpdateMethodResponse's recorded short form (the same family)"],
  unsupportedOp: ['inferred', "UpdateMethod's recorded text"],
  ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the rest of the family'],
  emptiedMap: ['inferred', 'recorded for UpdateMethodResponse maps'],
  untouchedKept: rec('update-integration-response: replace /selectionPattern kept responseTemplates'),
});

const invalidContentType = badRequestRule(
  'integration-response.content-type',
  'a responseTemplates key that is not a media type: 400',
  (key: string) => `Validation Result: warnings : [], errors : [Invalid content type specified: ${key}]`,
  rec('put-integration-response-invalid-responseTemplates-2'),
);
const invalidContentHandling = badRequestRule('integration-response.content-handling', 'contentHandling is CONVERT_TO_BINARY or CONVERT_TO_TEXT', (v: string | undefined) => `Invalid content handling specified: ${v ?? 'null'}`, ['inferred', 'no recording of a bad value; BadRequestException as every other member validation'], true);
const missingParameter = notFoundRule('integration-response.parameter-missing', 'replace or remove of a response parameter the response does not have: 404', 'Invalid parameter name specified', ['inferred', 'the text recorded on UpdateMethodResponse']);
const missingTemplate = notFoundRule('integration-response.template-missing', 'replace or remove of a template content type the response does not have: 404', 'Content-Type specified was not found', ['inferred', 'the text recorded for responseModels on UpdateMethodResponse']);

const mediaType = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;.*)?$/;
const contentTypeCheck = (key: string) => (mediaType.test(key) ? null : reject(invalidContentType, key));

/** A template: "" or no value is stored as null (recorded for responseTemplates at put). */
const template: DeclaredValue = {
  rule: defineRule('integration-response.value.template', 'a template string; "" or no value is stored as null', 'inferred', 'recorded for PutIntegrationResponse (a "" template answered as null, research note section 3); assumed the same for a patched template'),
  inside: ['"created"', '#set($b = $input.path(\'$\'))$b', '{"ok": true}'],
  edges: ['', ' '],
  read: (raw) => ({ ok: true, value: raw === undefined || raw === '' ? null : raw }),
};

const invalidMapping = badRequestRule(
  'integration-response.mapping-expression',
  'a response parameter mapped from nothing (no value, or "")',
  (value: string | undefined) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${value ?? 'null'}]`,
  ['inferred', "the mapping-expression text recorded for PutMethod's parameter names; an empty source cannot map anything"],
  true,
);

/** A response parameter's source: a static value ('*'), a header or body field of the integration response; stored verbatim. */
const mappingValue: DeclaredValue = {
  rule: defineRule('integration-response.value.mapping', "a mapping source stored verbatim: 'static', integration.response.header.X, integration.response.body...", 'aws-doc', "AWS CLI update-integration-response example: replace /responseParameters/method.response.header.Access-Control-Allow-Origin with \"'*'\""),
  inside: ["'*'", 'integration.response.header.X-Id', 'integration.response.body.id'],
  edges: ['', "'unclosed"],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(invalidMapping, raw) } : { ok: true, value: raw }),
};

const row = (pattern: string, ops: DeclaredRow['ops'], target: DeclaredRow['target'], value: DeclaredValue, sourced: readonly [Parameters<typeof defineRule>[2], string] = doc): DeclaredRow => ({
  rule: defineRule(`integration-response.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, ...sourced),
  pattern,
  ops,
  target,
  value,
});

const rows: readonly DeclaredRow[] = [
  row('/contentHandling', ['replace'], { kind: 'member', member: 'contentHandling' }, {
    ...enumText('integration-response.value.content-handling', contentHandlings, invalidContentHandling, ['aws-doc', 'API reference, IntegrationResponse.contentHandling']),
    read: (raw) => (raw === undefined || raw === '' ? { ok: true, value: undefined } : (contentHandlings as readonly string[]).includes(raw) ? { ok: true, value: raw } : { ok: false, ...reject(invalidContentHandling, raw) }),
  }),
  row('/responseParameters/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'responseParameters', missingKey: missingParameter }, mappingValue),
  row('/responseTemplates/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'responseTemplates', missingKey: missingTemplate, validKey: contentTypeCheck }, template),
  row('/selectionPattern', ['replace'], { kind: 'member', member: 'selectionPattern' }, verbatimText('integration-response.value.selection-pattern', rec('update-integration-response: replace /selectionPattern'), ['updated-pattern', '4\\d{2}', '.*Error.*']), rec('update-integration-response')),
];

function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  for (const key of Object.keys((b.responseTemplates ?? {}) as Record<string, unknown>)) {
    const bad = contentTypeCheck(key);
    if (bad) return bad;
  }
  if (b.contentHandling !== undefined && !(contentHandlings as readonly string[]).includes(String(b.contentHandling))) return reject(invalidContentHandling, String(b.contentHandling));
  const value: ResourceValue = { statusCode: ctx.params.statusCode };
  for (const m of ['selectionPattern', 'responseParameters', 'contentHandling'] as const) if (b[m] !== undefined) value[m] = b[m];
  if (b.responseTemplates !== undefined) value.responseTemplates = Object.fromEntries(Object.entries(b.responseTemplates as Record<string, string>).map(([k, t]) => [k, t === '' ? null : t]));
  return { value, rules: [] };
}

const members: readonly MemberDeclaration[] = [
  { name: 'statusCode', kind: 'string' },
  { name: 'selectionPattern', kind: 'string' },
  { name: 'responseParameters', kind: 'stringMap', examples: ['method.response.header.Access-Control-Allow-Origin', 'method.response.header.X-Id'] },
  { name: 'responseTemplates', kind: 'nullableStringMap', examples: ['application/json', 'application/xml', 'text/plain'], edges: ['123', 'json', 'application/json/x'] },
  { name: 'contentHandling', kind: 'string', examples: [...contentHandlings] },
];

export const integrationResponse: ResourceDeclaration = {
  name: 'IntegrationResponse',
  uri: '/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}',
  key: 'statusCode',
  keyPattern: statusCodeKey,
  keyExamples: ['200', '400', '502'],
  keyEdges: ['wrong', '099'],
  parent: 'Integration',
  embeddedAs: 'integrationResponses',
  members,
  lifecycle: {
    put: {
      operation: 'PutIntegrationResponse',
      status: 201,
      verb: 'put',
      shape: bodyShape(members, ['statusCode']),
      build,
    },
    get: { operation: 'GetIntegrationResponse', status: 200 },
    update: { operation: 'UpdateIntegrationResponse', status: 200 },
    delete: { operation: 'DeleteIntegrationResponse', status: 204 },
    answers: {
      put: defineRule('integration-response.put', 'PutIntegrationResponse answers 201 with the members sent ("" selectionPattern kept); a second put replaces the response', ...rec('put-integration-response, overwrite-integration-response')),
      get: defineRule('integration-response.get', 'GetIntegrationResponse answers 200 with the response as stored; GetIntegration and GetMethod show it in integrationResponses', ...rec('get-integration-response, get-method')),
      update: defineRule('integration-response.update', 'UpdateIntegrationResponse answers 200 with the whole response', ...rec('update-integration-response')),
      delete: defineRule('integration-response.delete', 'DeleteIntegrationResponse answers 204 and the response is gone', ...rec('delete-integration-response')),
    },
    missing: notFoundRule('integration-response.missing', 'the integration has no response with this status code', 'Invalid Response status code specified', rec('get-integration-response-wrong-status-code; test_delete_integration_response_errors (non-existent-status-code)')),
  },
  parentMissing: { delete: notFoundRule('integration-response.delete-parent-missing', 'DeleteIntegrationResponse on a missing method (even a bad verb) or integration: 404 naming the integration', 'Invalid Integration identifier specified', rec('test_delete_integration_response_errors (non-existent-method, bad-method)')) },
  rows,
  constraints: [],
  dialect,
  rules: [dialect.ordered, dialect.emptiedMap, dialect.untouchedKept, statusCodeKey.rule, invalidContentType, invalidContentHandling, invalidMapping],
};
