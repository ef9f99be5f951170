/**
 * PutIntegration bodies the reference rejects: a valid body of a fitting type with one thing broken
 * (named, so a shrunk counterexample says what is wrong with it).
 */
import fc from 'fast-check';
import { invalidTemplateContentType } from './mapKeys.js';
import type { IntegrationTypeName } from '../src/rules/integration.js';
import { invalidIntegrationUri, roleTargetUris } from './integrationUri.js';
import { invalidMappingSource } from './mappingSource.js';
import { invalidPutTimeout } from './timeoutInMillis.js';
import { validPutIntegrationBodyOf } from './validPutIntegrationBody.js';
import type { PutIntegrationBody } from './wireBodies.js';

type Body = Record<string, unknown>;

const withoutKey = (b: PutIntegrationBody, key: keyof PutIntegrationBody): Body => {
  const { [key]: _, ...rest } = b;
  return rest;
};

/** One broken thing, and the types on which it breaks the body. */
interface Breakage {
  types: readonly IntegrationTypeName[];
  apply: fc.Arbitrary<(b: PutIntegrationBody) => Body>;
}

const backendTypes = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY'] as const;
const allTypes = [...backendTypes, 'MOCK'] as const;

const breakages: readonly Breakage[] = [
  // put.http-method-required: checked before the URI.
  { types: backendTypes, apply: fc.constant((b: PutIntegrationBody) => withoutKey(b, 'httpMethod')) },
  { types: backendTypes, apply: fc.constantFrom('FETCH', 'get', '').map((httpMethod) => (b: PutIntegrationBody) => ({ ...b, httpMethod })) },
  // uri.*: a URI of the wrong shape for the type.
  ...backendTypes.map((t): Breakage => ({ types: [t], apply: invalidIntegrationUri(t).map((uri) => (b: PutIntegrationBody) => ({ ...b, uri })) })),
  // credentials.aws-role-required: an AWS-service target without a role.
  { types: ['AWS'], apply: fc.constantFrom(...roleTargetUris).map((uri) => (b: PutIntegrationBody) => ({ ...withoutKey(b, 'credentials'), uri })) },
  // integrationTarget.vpc-link-only: a load balancer named off a VPC link.
  {
    types: allTypes,
    apply: fc.constant(({ connectionType: _t, connectionId: _i, ...b }: PutIntegrationBody): Body => ({
      ...b,
      integrationTarget: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/0467ef3c8400ae65',
    })),
  },
  // put.model-validation: type missing or outside the enum, other enums misspelt.
  { types: allTypes, apply: fc.constantFrom('HTTPS_PROXY', 'http', 'LAMBDA').map((type) => (b: PutIntegrationBody) => ({ ...b, type })) },
  { types: allTypes, apply: fc.constant((b: PutIntegrationBody) => withoutKey(b, 'type')) },
  {
    types: allTypes,
    apply: fc.constantFrom<Body>({ contentHandling: 'CONVERT_TO_JSON' }, { connectionType: 'PUBLIC' }, { responseTransferMode: 'STREAMING' }).map((bad) => (b: PutIntegrationBody) => ({ ...b, ...bad })),
  },
  { types: allTypes, apply: fc.constant((b: PutIntegrationBody) => ({ ...b, passthroughBehavior: 'ALWAYS' })) },
  // wire.*: JSON values of the wrong type inside maps and members.
  {
    types: allTypes,
    apply: fc
      .constantFrom<Body>(
        { requestParameters: { 'integration.request.header.X': true } },
        { requestTemplates: { 'application/json': 3 } },
        { timeoutInMillis: '1000' },
        { cacheKeyParameters: 'method.request.path.proxy' },
        { tlsConfig: { insecureSkipVerification: 'true' } },
      )
      .map((bad) => (b: PutIntegrationBody) => ({ ...b, ...bad })),
  },
  // timeout.range
  { types: ['HTTP', 'AWS', 'MOCK'], apply: invalidPutTimeout.map((timeoutInMillis) => (b: PutIntegrationBody) => ({ ...b, timeoutInMillis, responseTransferMode: 'BUFFERED' })) },
  // connection.*: VPC_LINK without its id, or on a type that cannot use it.
  { types: ['HTTP', 'HTTP_PROXY'], apply: fc.constant((b: PutIntegrationBody) => ({ ...withoutKey(b, 'connectionId'), connectionType: 'VPC_LINK' })) },
  { types: ['AWS', 'AWS_PROXY', 'MOCK'], apply: fc.constant((b: PutIntegrationBody) => ({ ...b, connectionType: 'VPC_LINK', connectionId: 'vpclink-a1b2c3' })) },
  // value.mapping-expression: an invalid key or a source the method does not declare.
  {
    types: allTypes,
    apply: fc
      .oneof(
        invalidMappingSource.map((source) => ({ 'integration.request.header.X': source })),
        fc.constant({ 'method.request.path.proxy': 'method.request.path.proxy' }),
      )
      .map((requestParameters) => (b: PutIntegrationBody) => ({ ...b, requestParameters })),
  },
  // transfer.stream-proxy-only, tls.http-only
  { types: ['HTTP', 'AWS', 'MOCK'], apply: fc.constant((b: PutIntegrationBody) => ({ ...withoutKey(b, 'timeoutInMillis'), responseTransferMode: 'STREAM' })) },
  { types: ['AWS', 'AWS_PROXY', 'MOCK'], apply: fc.constant((b: PutIntegrationBody) => ({ ...b, tlsConfig: { insecureSkipVerification: true } })) },
  // A template keyed by something that is not a media type.
  { types: ['HTTP', 'AWS', 'MOCK'], apply: invalidTemplateContentType.map((key) => (b: PutIntegrationBody) => ({ ...b, requestTemplates: { [key]: '{}' } })) },
];

const broken = (k: Breakage): fc.Arbitrary<Body> =>
  fc.tuple(fc.constantFrom(...k.types).chain(validPutIntegrationBodyOf), k.apply).map(([b, apply]) => apply(b));

/** A body the reference rejects, one breakage at a time. */
export const invalidPutIntegrationBody: fc.Arbitrary<Body> = fc.oneof(...breakages.map(broken));
