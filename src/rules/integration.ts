/**
 * The Integration rule table: one row per patch path AWS accepts, with the ops it allows, how its
 * value is parsed, what must hold of the patched integration, and how we know each of these.
 * The engine (src/engine) is driven by this table alone; README's rule table is generated from it.
 */
import type { Integration } from '../contract.js';
import { defineErrorRule, defineRule, reject, type ErrorRule, type Rejection, type Rule } from './defineRule.js';
import { arnWithoutPathOrAction, awsProxyTarget, awsRoleRequired, checkCredentialsForType, checkUriForType, invalidArn, invalidHttpEndpoint } from './integrationUri.js';
import {
  clearableText,
  credentialsText,
  enumValue,
  ignoredValue,
  integerText,
  integrationParameterKey,
  invalidMappingExpression,
  lenientBoolean,
  mappingExpression,
  requiredText,
  templateText,
  type ValueParser,
} from './integrationValues.js';
import type { PatchOp } from './patchOperations.js';
import { matchPattern } from './pathPattern.js';

export const integrationTypes = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'] as const;
export type IntegrationTypeName = (typeof integrationTypes)[number];
export const httpVerbs = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const;
export const passthroughBehaviors = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const;
export const contentHandlings = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] as const;
export const connectionTypes = ['INTERNET', 'VPC_LINK'] as const;
export const responseTransferModes = ['BUFFERED', 'STREAM'] as const;

/** Values on either side of a constraint's bound, and what else the integration must hold for that bound to apply. */
export interface Boundary {
  member: keyof Integration;
  values: readonly number[];
  given?: Partial<Integration>;
}

/** A check on the whole patched (or freshly put) integration. */
export interface Constraint {
  rule: ErrorRule;
  /** The members it reads: a request that sets one of them is decided by this constraint too. */
  members: readonly (keyof Integration)[];
  /** Each bound, one past it, and the mode it applies in: what generators and the edge sweep aim at. */
  boundaries?: readonly Boundary[];
  /** The error rules whose texts it answers with, when not its own (the uri checks it re-runs). */
  speaksAs?: readonly ErrorRule[];
  violation(i: Integration): Rejection | null;
}

/** A placeholder segment: the map key or list member named by the path. */
export const KEY = Symbol('key');

export interface IntegrationPathRule {
  rule: Rule;
  /** The path as a reader writes it; `{key}` is one escaped segment. */
  pattern: string;
  segments: readonly (string | typeof KEY)[];
  ops: readonly PatchOp[];
  /** Where the value lands. */
  target:
    | { kind: 'member'; member: keyof Integration }
    | { kind: 'nested'; member: 'tlsConfig'; field: 'insecureSkipVerification' }
    | {
        kind: 'mapEntry';
        member: 'requestParameters' | 'requestTemplates';
        /** Whether the key is one the member takes. */
        validKey: (key: string) => boolean;
        /** The error a key it does not take gets (the text names the key). */
        keyRejection: (key: string) => Rejection;
        missingKey: ErrorRule;
      }
    | { kind: 'setMember'; member: 'cacheKeyParameters'; missingKey: ErrorRule };
  value: ValueParser;
  /** Values of this member to draw from, where the parser's domain is too general (ids, ARNs). */
  examples?: readonly string[];
  /** Types on which the path cannot be patched at all. */
  notFor?: { types: readonly IntegrationTypeName[]; rule: ErrorRule };
  constraints?: readonly Constraint[];
}

const doc = 'AWS API reference, Patch Operations table for UpdateIntegration (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html)';

// ---- constraints on the patched integration -------------------------------------------------

const streamMaxTimeout = 900000;
export const timeoutRange: Constraint = {
  rule: defineErrorRule(
    { id: 'timeout.range', summary: 'timeoutInMillis between 50 and 29000 (900000 with responseTransferMode STREAM)', exception: 'BadRequestException', message: (max: number) => `Timeout should be between 50 ms and ${max} ms` },
    'user-quote',
    'deploy logs quoted in terraform-provider-aws issues #37859 and #45472; the 29000 ceiling is AWS-doc (limits); STREAM raises it to 15 minutes (developer guide)',
  ),
  members: ['timeoutInMillis', 'responseTransferMode'],
  boundaries: [
    { member: 'timeoutInMillis', values: [49, 50, 29000, 29001] },
    { member: 'timeoutInMillis', values: [29001, 899999, 900000, 900001], given: { type: 'HTTP_PROXY', responseTransferMode: 'STREAM' } },
  ],
  violation(i) {
    if (i.timeoutInMillis === undefined || i.timeoutInMillis === null) return null;
    const max = i.responseTransferMode === 'STREAM' ? streamMaxTimeout : 29000;
    return i.timeoutInMillis < 50 || i.timeoutInMillis > max ? reject(this.rule, max) : null;
  },
};

export const vpcLinkNeedsConnectionId: Constraint = {
  rule: defineErrorRule(
    { id: 'connection.vpc-link-needs-id', summary: 'connectionType VPC_LINK needs a connectionId', exception: 'BadRequestException', message: () => 'ConnectionId must be specified for connection type VPC_LINK' },
    'inferred',
    'a private integration cannot work without its VPC link; the text is a guess',
  ),
  members: ['connectionType', 'connectionId'],
  violation: (i) => (i.connectionType === 'VPC_LINK' && !i.connectionId ? reject(vpcLinkNeedsConnectionId.rule) : null),
};

export const vpcLinkOnlyHttp: Constraint = {
  rule: defineErrorRule(
    { id: 'connection.vpc-link-http-only', summary: 'VPC_LINK only for HTTP and HTTP_PROXY integrations', exception: 'BadRequestException', message: () => 'VPC_LINK connection type is only supported for HTTP and HTTP_PROXY integrations' },
    'inferred',
    'the developer guide sets up private integrations as HTTP or HTTP_PROXY only; the text is a guess',
  ),
  members: ['connectionType', 'type'],
  violation: (i) => (i.connectionType === 'VPC_LINK' && i.type !== 'HTTP' && i.type !== 'HTTP_PROXY' ? reject(vpcLinkOnlyHttp.rule) : null),
};

export const streamOnlyProxy: Constraint = {
  rule: defineErrorRule(
    { id: 'transfer.stream-proxy-only', summary: 'responseTransferMode STREAM only for HTTP_PROXY and AWS_PROXY', exception: 'BadRequestException', message: () => 'Response transfer mode STREAM is only supported for HTTP_PROXY and AWS_PROXY integrations' },
    'aws-doc',
    'API reference, Integration.responseTransferMode',
    { textInferred: true },
  ),
  members: ['responseTransferMode', 'type'],
  violation: (i) => (i.responseTransferMode === 'STREAM' && i.type !== 'HTTP_PROXY' && i.type !== 'AWS_PROXY' ? reject(streamOnlyProxy.rule) : null),
};

export const tlsConfigOnlyHttp: Constraint = {
  rule: defineErrorRule(
    { id: 'tls.http-only', summary: 'tlsConfig only for HTTP and HTTP_PROXY integrations', exception: 'BadRequestException', message: () => 'TlsConfig is only supported for HTTP and HTTP_PROXY integrations' },
    'aws-doc',
    'API reference, TlsConfig: "Supported only for HTTP and HTTP_PROXY integrations"',
    { textInferred: true },
  ),
  members: ['tlsConfig', 'type'],
  violation: (i) => (i.tlsConfig !== undefined && i.tlsConfig !== null && i.type !== 'HTTP' && i.type !== 'HTTP_PROXY' ? reject(tlsConfigOnlyHttp.rule) : null),
};

export const uriMatchesType: Constraint = {
  rule: defineErrorRule(
    { id: 'uri.valid-for-type', summary: 'a patched uri passes the same checks as PutIntegration (uri.* rules)', exception: 'BadRequestException', message: (text: string) => text },
    'inferred',
    'the recorded PutIntegration checks most likely guard UpdateIntegration too (Terraform updates uri in place)',
  ),
  members: ['uri', 'type'],
  speaksAs: [invalidHttpEndpoint, invalidArn, arnWithoutPathOrAction, awsProxyTarget],
  violation: (i) => checkUriForType(i),
};

export const roleKeptOnUpdate: Constraint = {
  rule: defineErrorRule(
    {
      id: 'credentials.role-kept',
      summary: 'a patched integration passes credentials.aws-role-required too (checked after uri.valid-for-type): clearing the credentials of an AWS-service integration, or moving an AWS uri off Lambda without credentials, is refused',
      exception: 'BadRequestException',
      message: () => awsRoleRequired.message(),
    },
    'inferred',
    'unrecorded for UpdateIntegration; re-checked on the patched integration as uri.valid-for-type is, since a patch could otherwise reach a state PutIntegration refuses with the quoted text',
  ),
  members: ['credentials', 'uri', 'type'],
  speaksAs: [awsRoleRequired],
  violation: (i) => checkCredentialsForType(i),
};

export const integrationTargetNeedsVpcLink: Constraint = {
  rule: defineErrorRule(
    {
      id: 'integrationTarget.vpc-link-only',
      summary: 'integrationTarget (the load balancer of a VPC link V2) only with connectionType VPC_LINK (so only on HTTP and HTTP_PROXY); elsewhere refused, on put and on the patched integration',
      exception: 'BadRequestException',
      message: () => 'IntegrationTarget is only supported for connection type VPC_LINK',
    },
    'inferred',
    'the developer guide (set-up-private-integration) and the model ("The ALB or NLB listener to send the request to") give it for VPC link V2 private integrations only, and AWS validates it there ("IntegrationTarget is required for VpcLinkV2", terraform-provider-aws #45230); what it does elsewhere is unrecorded, a refusal like tls.http-only is assumed; the text is a guess',
    { textInferred: true },
  ),
  members: ['integrationTarget', 'connectionType'],
  violation: (i) => (i.integrationTarget && i.connectionType !== 'VPC_LINK' ? reject(integrationTargetNeedsVpcLink.rule) : null),
};

/** List members whose order is not compared (a multiset: duplicates still count), with the rule that says so. */
export const cacheKeyOrderIgnored = defineRule(
  'cacheKeyParameters.order-ignored',
  'cacheKeyParameters is compared as a multiset: the order AWS lists the names in is not checked (a name twice still differs from once); the reference keeps insertion order',
  'inferred',
  'no recorded answer holds more than one cache key (every LocalStack apigateway snapshot answers []), and Terraform reads the list into a set (cache_key_parameters is schema.TypeSet), so nothing shows AWS keeps insertion order',
);
export const unorderedListMembers: ReadonlyArray<{ member: keyof Integration; rule: Rule }> = [{ member: 'cacheKeyParameters', rule: cacheKeyOrderIgnored }];

// ---- per-path errors ------------------------------------------------------------------------

const notForMock = (member: string): { types: readonly IntegrationTypeName[]; rule: ErrorRule } => ({
  types: ['MOCK'],
  rule: defineErrorRule(
    { id: `mock.no-${member}`, summary: `MOCK integrations cannot patch ${member}`, exception: 'BadRequestException', message: () => `Invalid patch path /${member}` },
    'aws-doc',
    `${doc}: /${member} replace "except for MOCK integrations"`,
    { textInferred: true },
  ),
});

export const missingParameter = defineErrorRule(
  { id: 'requestParameters.missing-key', summary: 'replace or remove of a request parameter that is not there: 404', exception: 'NotFoundException', message: () => 'Invalid parameter name specified' },
  'user-quote',
  'terraform-provider-aws PR #40124 (UpdateIntegration); the same text is recorded for UpdateMethodResponse',
);
export const missingTemplate = defineErrorRule(
  { id: 'requestTemplates.missing-key', summary: 'replace or remove of a template that is not there: 404', exception: 'NotFoundException', message: () => 'Content-Type specified was not found' },
  'inferred',
  'recorded for UpdateMethodResponse /responseModels; unverified for integration templates',
);
export const missingCacheKey = defineErrorRule(
  { id: 'cacheKeyParameters.missing-key', summary: 'remove of a cache key that is not in the list: 404', exception: 'NotFoundException', message: () => 'Invalid parameter name specified' },
  'inferred',
  'follows the requestParameters rule; cache keys are request parameter names',
);
export const invalidContentType = defineErrorRule(
  { id: 'requestTemplates.content-type', summary: 'a template key must be a media type type/subtype', exception: 'BadRequestException', message: (key: string) => `Validation Result: warnings : [], errors : [Invalid content type specified: ${key}]` },
  'inferred',
  'text recorded on PutIntegrationResponse (content type "123"); assumed for request templates',
);
// type/subtype, each an RFC 7230 token.
const mediaType = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A template key must be a media type, at put and at patch alike. */
export const checkTemplateKey = (key: string): Rejection | null => (mediaType.test(key) ? null : reject(invalidContentType, key));

export const emptiedMapDisappears = defineRule(
  'map.emptied-disappears',
  'a requestParameters or requestTemplates map emptied by removes disappears from the answer',
  'inferred',
  'recorded for UpdateMethod and UpdateMethodResponse; unrecorded for Integration (Terraform only shows a count of 0)',
);

// ---- the table ------------------------------------------------------------------------------

const row = (
  pattern: string,
  summary: string,
  evidence: 'aws-doc' | 'aws-recorded' | 'aws-e2e' | 'inferred',
  source: string,
  spec: Omit<IntegrationPathRule, 'rule' | 'pattern' | 'segments'>,
): IntegrationPathRule => ({
  rule: defineRule(`path:${pattern}`, summary, evidence, source),
  pattern,
  segments: pattern.slice(1).split('/').map((s) => (s === '{key}' ? KEY : s)),
  ...spec,
});

export const integrationRules: readonly IntegrationPathRule[] = [
  row('/cacheKeyParameters/{key}', 'add or remove one cache key name; add of a present name keeps one copy', 'aws-e2e', 'Terraform integration.go and TestAccAPIGatewayIntegration_Parameters_cacheKey*; ACK patch.ForSlice; the doc row is /cacheKeyParameters', {
    ops: ['add', 'remove'],
    target: { kind: 'setMember', member: 'cacheKeyParameters', missingKey: missingCacheKey },
    value: ignoredValue,
  }),
  row('/cacheNamespace', 'replace the cache namespace (PutIntegration sets it to the resource id)', 'aws-doc', doc, {
    ops: ['replace'],
    target: { kind: 'member', member: 'cacheNamespace' },
    value: requiredText('cache namespace'),
    examples: ['ns-orders', 'r3s0ur', 'ns with spaces'],
  }),
  row('/connectionId', 'replace the VPC link id, stored verbatim (stage-variable references too)', 'aws-recorded', 'LocalStack test_apigateway_api.py#TestApigatewayIntegration::test_create_integration_with_vpc_link', {
    ops: ['replace'],
    target: { kind: 'member', member: 'connectionId' },
    value: clearableText,
    examples: ['vpclink-a1b2c3', '${stageVariables.vpcLinkId}', ''],
    constraints: [vpcLinkNeedsConnectionId],
  }),
  row('/connectionType', 'replace INTERNET or VPC_LINK', 'aws-doc', doc, {
    ops: ['replace'],
    target: { kind: 'member', member: 'connectionType' },
    value: enumValue('connection type', connectionTypes, { rule: defineRule('value.connectionType', 'INTERNET | VPC_LINK', 'aws-doc', 'API reference, Integration.connectionType') }),
    constraints: [vpcLinkOnlyHttp],
  }),
  row('/contentHandling', 'replace CONVERT_TO_BINARY or CONVERT_TO_TEXT; "" removes it', 'aws-e2e', 'developer guide (payload encodings, replace /contentHandling); Terraform acceptance test _contentHandling step removeContentHandling', {
    ops: ['replace'],
    target: { kind: 'member', member: 'contentHandling' },
    value: enumValue('content handling strategy', contentHandlings, { clearable: true, rule: defineRule('value.contentHandling', 'CONVERT_TO_BINARY | CONVERT_TO_TEXT, "" clears', 'aws-e2e', 'Terraform acceptance test _contentHandling') }),
  }),
  row('/credentials', 'replace the role ARN (or the caller string); "" removes it (credentials.role-kept, under /uri, refuses that on AWS-service integrations)', 'inferred', 'absent from the current doc table, but an in-place credentials change is offered by the console; no recording either way', {
    ops: ['replace'],
    target: { kind: 'member', member: 'credentials' },
    value: credentialsText,
    examples: ['arn:aws:iam::123456789012:role/apigw-invoke', 'arn:aws:iam::*:user/*', ''],
  }),
  row('/httpMethod', "replace the backend verb (not for MOCK)", 'aws-doc', doc, {
    ops: ['replace'],
    target: { kind: 'member', member: 'httpMethod' },
    value: enumValue('HTTP method', httpVerbs, { rule: defineRule('value.httpMethod', 'an HTTP verb or ANY', 'inferred', 'ANY is recorded as accepted on put; other strings are assumed rejected') }),
    notFor: notForMock('httpMethod'),
  }),
  row('/integrationTarget', 'replace the load balancer (listener) ARN of a VPC link V2; "" removes it', 'aws-doc', doc, {
    ops: ['replace'],
    target: { kind: 'member', member: 'integrationTarget' },
    value: clearableText,
    examples: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/0467ef3c8400ae65', ''],
    constraints: [integrationTargetNeedsVpcLink],
  }),
  row('/passthroughBehavior', 'replace WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER', 'aws-e2e', 'ACK apigateway-controller integration_test.py: replace to WHEN_NO_TEMPLATES, read back', {
    ops: ['replace'],
    target: { kind: 'member', member: 'passthroughBehavior' },
    value: enumValue('passthrough behavior', passthroughBehaviors, { rule: defineRule('value.passthroughBehavior', 'WHEN_NO_MATCH | WHEN_NO_TEMPLATES | NEVER', 'aws-doc', 'API reference, Integration.passthroughBehavior') }),
  }),
  row('/requestParameters/{key}', 'add, replace or remove one parameter mapping (an emptied map: map.emptied-disappears)', 'aws-recorded', 'LocalStack test_apigateway_sqs.py#test_sqs_request_and_response_xml_templates_integration (add of a dotted key)', {
    ops: ['add', 'remove', 'replace'],
    target: {
      kind: 'mapEntry',
      member: 'requestParameters',
      validKey: (key) => integrationParameterKey.test(key),
      keyRejection: (key) => reject(invalidMappingExpression, `Invalid mapping expression specified: ${key}`),
      missingKey: missingParameter,
    },
    value: mappingExpression,
  }),
  row('/requestTemplates/{key}', 'add, replace or remove one mapping template, keyed by content type with / escaped as ~1', 'aws-recorded', 'LocalStack test_apigateway_s3.py#...request_convert_to_binary_with_request_template (add creates the map); AWS CLI update-integration examples', {
    ops: ['add', 'remove', 'replace'],
    target: { kind: 'mapEntry', member: 'requestTemplates', validKey: (key) => mediaType.test(key), keyRejection: (key) => reject(invalidContentType, key), missingKey: missingTemplate },
    value: templateText,
  }),
  row('/responseTransferMode', 'replace BUFFERED or STREAM (STREAM only for proxy integrations)', 'aws-doc', doc, {
    ops: ['replace'],
    target: { kind: 'member', member: 'responseTransferMode' },
    value: enumValue('response transfer mode', responseTransferModes, { rule: defineRule('value.responseTransferMode', 'BUFFERED | STREAM', 'aws-doc', 'API reference, Integration.responseTransferMode') }),
    constraints: [streamOnlyProxy],
  }),
  row('/timeoutInMillis', 'replace with an integer sent as a string, 50..29000', 'aws-doc', `${doc}; ACK e2e replaces it (101 -> 99)`, {
    ops: ['replace'],
    target: { kind: 'member', member: 'timeoutInMillis' },
    value: integerText,
    constraints: [timeoutRange],
  }),
  row('/tlsConfig/insecureSkipVerification', 'replace "true"/"false"; creates tlsConfig when absent', 'aws-doc', `${doc}; Terraform and ACK send replace without a prior tlsConfig`, {
    ops: ['replace'],
    target: { kind: 'nested', member: 'tlsConfig', field: 'insecureSkipVerification' },
    value: lenientBoolean,
    constraints: [tlsConfigOnlyHttp],
  }),
  row('/type', 'the type cannot be patched: every op is "Not supported"', 'aws-doc', doc, {
    ops: [],
    target: { kind: 'member', member: 'type' },
    value: requiredText('type'),
    examples: integrationTypes,
  }),
  row('/uri', 'replace the endpoint URL or ARN (not for MOCK); re-validated for the type', 'aws-doc', `${doc}; Terraform acceptance test updateURI step`, {
    ops: ['replace'],
    target: { kind: 'member', member: 'uri' },
    value: requiredText('uri'),
    notFor: notForMock('uri'),
    // The role is checked after the uri, as PutIntegration is recorded to.
    constraints: [uriMatchesType, roleKeptOnUpdate],
  }),
];

/** Every constraint of the table, in table order: checked on each patched integration. */
export const integrationConstraints: readonly Constraint[] = integrationRules.flatMap((r) => r.constraints ?? []);

/** The row whose pattern matches the unescaped segments, and the key it names. */
export function matchIntegrationPath(segments: readonly string[]): { row: IntegrationPathRule; key?: string } | null {
  return matchPattern(integrationRules, segments);
}
