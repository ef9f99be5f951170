/**
 * GatewayResponse: PutGatewayResponse, GetGatewayResponse, UpdateGatewayResponse, DeleteGatewayResponse.
 * Every response type has a default instance (`defaultResponse: true`), which a get shows, an update
 * patches and a delete returns to; a DEFAULT_4XX or DEFAULT_5XX put reshapes the defaults of its class.
 * Recorded answers: LocalStack test_apigateway_api.py#TestApiGatewayGatewayResponse (keys quoted per rule).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { enumConstraint, patternConstraint, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredContext, DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { bodyShape } from '../memberShape.js';
import { shortFormDialect } from '../shortFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayGatewayResponse (${key})`] as const;

/** AWS's enum order, as its validation text prints it, with each type's default status (none for the two DEFAULT_ ones). */
const types: ReadonlyArray<readonly [string, string | undefined]> = [
  ['REQUEST_TOO_LARGE', '413'], ['RESOURCE_NOT_FOUND', '404'], ['AUTHORIZER_CONFIGURATION_ERROR', '500'], ['MISSING_AUTHENTICATION_TOKEN', '403'],
  ['BAD_REQUEST_BODY', '400'], ['INVALID_SIGNATURE', '403'], ['INVALID_API_KEY', '403'], ['BAD_REQUEST_PARAMETERS', '400'], ['AUTHORIZER_FAILURE', '500'],
  ['UNAUTHORIZED', '401'], ['INTEGRATION_TIMEOUT', '504'], ['ACCESS_DENIED', '403'], ['DEFAULT_4XX', undefined], ['DEFAULT_5XX', undefined],
  ['WAF_FILTERED', '403'], ['QUOTA_EXCEEDED', '429'], ['THROTTLED', '429'], ['API_CONFIGURATION_ERROR', '500'], ['UNSUPPORTED_MEDIA_TYPE', '415'],
  ['INTEGRATION_FAILURE', '504'], ['EXPIRED_TOKEN', '403'],
];
const defaultStatus = new Map(types);
const defaultTemplates = { 'application/json': '{"message":$context.error.messageString}' };

const dialect = shortFormDialect({
  prefix: 'gateway-response',
  updateInput: 'updateGatewayResponseInput',
  opEnum: rec('update-gateway-wrong-op'),
  unknownPath: rec('update-gateway-wrong-path, update-gateway-no-path (null)'),
  unsupportedOp: rec('update-gateway-add-status-code, update-gateway-remove-status-code: the path text, not the op text'),
  ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  emptiedMap: ['inferred', 'every recorded answer carries both maps, {} when empty: a map emptied by removes is answered as {} (not dropped, unlike MethodResponse)'],
  untouchedKept: rec('update-gateway-response'),
  wrongOpSaysPath: true,
});

const emptyValue = (member: string) =>
  badRequestRule(`gateway-response.${member}-not-empty`, `a ${member} entry set to nothing or "": 400`, () => `Invalid null or empty value in ${member}`, rec(`update-gateway-replace-invalid-parameter-${member === 'responseTemplates' ? 0 : 1}-none`));
const templateEmpty = emptyValue('responseTemplates');
const parameterEmpty = emptyValue('responseParameters');

const nonEmpty = (id: string, rule: typeof templateEmpty, inside: readonly string[]): DeclaredValue => ({
  rule: defineRule(id, 'stored verbatim; no value or "" is refused', ...rec('update-gateway-response, update-gateway-replace-invalid-parameter-*-none')),
  inside,
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(rule) } : { ok: true, value: raw }),
});

const missingParameter = notFoundRule('gateway-response.parameter-missing', 'replace or remove of a response parameter the response does not have: 404', 'Invalid parameter name specified', rec('update-gateway-replace-invalid-parameter'));
const missingTemplate = notFoundRule('gateway-response.template-missing', 'replace or remove of a template content type the response does not have: 404', 'Content-Type specified was not found', ['inferred', 'the text recorded for responseModels on UpdateMethodResponse']);

const row = (pattern: string, ops: DeclaredRow['ops'], target: DeclaredRow['target'], value: DeclaredValue, key: string): DeclaredRow => ({
  rule: defineRule(`gateway-response.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, ...rec(key)),
  pattern,
  ops,
  target,
  value,
});

const rows: readonly DeclaredRow[] = [
  row('/statusCode', ['replace'], { kind: 'member', member: 'statusCode' }, {
    rule: defineRule('gateway-response.value.status-code', 'the status code, stored as the string sent', ...rec('update-gateway-response-not-set (444)')),
    inside: ['444', '599', '403'],
    edges: [''],
    read: (raw) => ({ ok: true, value: raw === '' ? undefined : raw }),
  }, 'update-gateway-response-not-set; update-gateway-add-status-code'),
  row('/responseParameters/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'responseParameters', missingKey: missingParameter }, nonEmpty('gateway-response.value.parameter', parameterEmpty, ["'example.com'", 'method.request.header.Accept']), 'update-gateway-response'),
  row('/responseTemplates/{key}', ['add', 'replace', 'remove'], { kind: 'mapEntry', member: 'responseTemplates', missingKey: missingTemplate }, nonEmpty('gateway-response.value.template', templateEmpty, ['{"message":$context.error.messageString}', '{"m": "x"}']), 'update-gateway-replace-invalid-parameter-0-none'),
];

/** The class a type's default falls back to: DEFAULT_4XX for 4xx types, DEFAULT_5XX for 5xx ones. */
const classOf = (type: string): string | null => {
  const status = defaultStatus.get(type);
  return status === undefined ? null : status.startsWith('5') ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
};

const cascade = defineRule(
  'gateway-response.class-default',
  "a type nothing was put at shows its class's DEFAULT_4XX/DEFAULT_5XX response (its status code, parameters and templates) once that was put; its own defaults otherwise",
  'aws-recorded',
  'LocalStack test_apigateway_api.py#TestApiGatewayGatewayResponse::test_gateway_response_put (put-gateway-response-default-5xx, then get-gateway-responses: the 5xx types nothing was put at show its 599, parameters and templates); DEFAULT_4XX: its status code by the developer guide ("changes the status codes of all other 4XX responses"), its maps and a reset by delete assumed alike',
);

function defaultFor(type: string, ctx: DeclaredContext): ResourceValue | null {
  if (!defaultStatus.has(type)) return null;
  const klass = classOf(type);
  const put = klass ? ctx.world.instances('GatewayResponse').find((i) => i.params.responseType === klass)?.value : undefined;
  const status = put?.statusCode ?? defaultStatus.get(type);
  return {
    responseType: type,
    ...(status !== undefined ? { statusCode: status } : {}),
    responseParameters: { ...((put?.responseParameters as Record<string, string> | undefined) ?? {}) },
    responseTemplates: { ...((put?.responseTemplates as Record<string, string> | undefined) ?? defaultTemplates) },
    defaultResponse: true,
  };
}

const badStatus = errorRule(
  'gateway-response.status-pattern',
  'a put status code matches [1-5]\\d\\d: model validation',
  'ValidationException',
  (status: string) => validationText([violation('putGatewayResponseInput.statusCode', status, patternConstraint('[1-5]\\d\\d'))]),
  ['inferred', 'the service model gives statusCode the pattern [1-5]\\d\\d; the text follows the recorded statusCode pattern texts'],
  true,
);

/** A put starts from the type's own defaults, never its class's (recorded put-gateway-response-default-ignored). */
function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  const type = ctx.params.responseType ?? '';
  const status = b.statusCode ?? defaultStatus.get(type);
  const value: ResourceValue = {
    responseType: type,
    ...(status !== undefined ? { statusCode: status } : {}),
    responseParameters: b.responseParameters ?? {},
    responseTemplates: b.responseTemplates ?? defaultTemplates,
    defaultResponse: false,
  };
  return { value, rules: [] };
}

/** What every patch leaves: the response is the API's own from then on. */
const ownResponse = defineRule('gateway-response.patched-is-own', 'an updated response answers defaultResponse false, also when it started from the default', ...rec('update-gateway-response-not-set'));

const members: readonly MemberDeclaration[] = [
  { name: 'responseType', kind: 'string' },
  { name: 'statusCode', kind: 'string', examples: ['404', '599'] },
  { name: 'responseParameters', kind: 'stringMap', examples: ['gatewayresponse.header.Access-Control-Allow-Origin', 'gatewayresponse.header.x-request-header'] },
  { name: 'responseTemplates', kind: 'stringMap', examples: ['application/json', 'text/html'] },
  { name: 'defaultResponse', kind: 'boolean' },
];

const apiMissing = (call: string, recorded: boolean) =>
  errorRule(
    `gateway-response.${call}-api-missing`,
    `${call} on an unknown API: 404 naming the account and the API id as sent`,
    'NotFoundException',
    (_t: string, restApiId: string, accountId: string) => `Invalid API identifier specified ${accountId}:${restApiId}`,
    recorded ? rec(`${call}-gateway-response-no-api`) : ['inferred', 'recorded for the get, update and delete of a gateway response; the put is assumed alike'],
  );

export const gatewayResponse: ResourceDeclaration = {
  name: 'GatewayResponse',
  uri: '/restapis/{restApiId}/gatewayresponses/{responseType}',
  key: 'responseType',
  keyExamples: ['MISSING_AUTHENTICATION_TOKEN', 'ACCESS_DENIED', 'DEFAULT_4XX'],
  keyEdges: ['FAKE_RESPONSE_TYPE', 'access_denied'],
  keyPattern: {
    regex: new RegExp(`^(${types.map(([t]) => t).join('|')})$`),
    constraint: enumConstraint(types.map(([t]) => t)),
    rule: defineRule('gateway-response.type-enum', 'the response type in the URI is one of the enum, checked by model validation', ...rec('get-, delete-, update-, put-gateway-response-wrong-response-type')),
  },
  members,
  defaultFor,
  lifecycle: {
    put: { operation: 'PutGatewayResponse', status: 201, verb: 'put', shape: bodyShape(members, ['responseType', 'defaultResponse']), build, modelValidation: (b) => (b.statusCode === undefined || /^[1-5]\d\d$/.test(String(b.statusCode)) ? null : reject(badStatus, String(b.statusCode))) },
    get: { operation: 'GetGatewayResponse', status: 200 },
    // Every type, as its get shows it (default or put), in AWS's enum order.
    list: { operation: 'GetGatewayResponses', status: 200, defaultKeys: types.map(([t]) => t) },
    update: { operation: 'UpdateGatewayResponse', status: 200 },
    delete: { operation: 'DeleteGatewayResponse', status: 202 },
    answers: {
      put: defineRule('gateway-response.put', "PutGatewayResponse answers 201: the members sent, the type's own default status and templates for those not sent, parameters {} by default, defaultResponse false", ...rec('test_gateway_response_put: put-gateway-response-status-only, -response-parameters-only, -response-templates-only, -default-ignored')),
      get: defineRule('gateway-response.get', 'GetGatewayResponse answers 200 with the response put', ...rec('get-gateway-response')),
      update: defineRule('gateway-response.update', 'UpdateGatewayResponse answers 200 with the whole response; a type nothing was put at is patched from its default', ...rec('update-gateway-response, update-gateway-response-not-set')),
      delete: defineRule('gateway-response.delete', 'DeleteGatewayResponse answers 202 and the type shows its default again', ...rec('delete-gateway-response, get-deleted-gw-response')),
      default: defineRule('gateway-response.default', 'a type nothing was put at shows its default: status, {} parameters, the message template, defaultResponse true', ...rec('get-gateway-response-default, get-deleted-gw-response')),
    },
    missing: notFoundRule('gateway-response.not-defined', 'DeleteGatewayResponse of a type nothing was put at: 404', 'Gateway response type not defined on api', rec('delete-gateway-response-not-set')),
  },
  apiMissing: { put: apiMissing('put', false), get: apiMissing('get', true), update: apiMissing('update', true), delete: apiMissing('delete', true) },
  rows,
  constraints: [],
  keepsEmptyMaps: true,
  normalizers: [{ rule: ownResponse, apply: (v) => (v.defaultResponse === false ? v : { ...v, defaultResponse: false }) }],
  dialect,
  rules: [dialect.ordered, dialect.emptiedMap, dialect.untouchedKept, cascade, templateEmpty, parameterEmpty, ownResponse, badStatus],
};
