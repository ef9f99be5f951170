/**
 * PutIntegration bodies the reference accepts, built per type rather than filtered, so every sample
 * is valid and shrinks to a smaller valid body. Edges that still pass (timeouts 50 and 29000, MOCK
 * bodies carrying a uri, empty templates, VPC links) are favoured.
 */
import fc from 'fast-check';
import { connectionTypes, contentHandlings, httpVerbs, integrationTypes, passthroughBehaviors, type IntegrationTypeName } from '../src/rules/integration.js';
import { needsRole } from '../src/rules/integrationUri.js';
import { validIntegrationUri } from './integrationUri.js';
import { cacheKeyName, integrationParameterKey, templateContentType } from './mapKeys.js';
import { validMappingSource } from './mappingSource.js';
import { optionalMembers } from './optionalMembers.js';
import { validPutTimeout } from './timeoutInMillis.js';
import type { PutIntegrationBody } from './wireBodies.js';

/** Template bodies; `""` and `null` are the passthrough template (returned as null). */
export const templateBody: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('{"id": "$input.params(\'id\')"}', "#set($b = $input.path('$'))$b", 'Action=SendMessage&MessageBody=$input.body', '{statusCode: 200}') },
  { weight: 1, arbitrary: fc.constantFrom('', null) },
);

const plain = { noNullPrototype: true } as const;

const sharedMembers = optionalMembers({
  credentials: fc.constantFrom('arn:aws:iam::123456789012:role/apigw-invoke', 'arn:aws:iam::*:user/*'),
  requestParameters: fc.dictionary(integrationParameterKey, validMappingSource, { minKeys: 1, maxKeys: 3, ...plain }),
  requestTemplates: fc.dictionary(templateContentType, templateBody, { minKeys: 1, maxKeys: 3, ...plain }),
  passthroughBehavior: fc.constantFrom(...passthroughBehaviors),
  cacheNamespace: fc.constantFrom('ns-orders', 'r3s0ur'),
  cacheKeyParameters: fc.uniqueArray(cacheKeyName, { maxLength: 2 }),
  contentHandling: fc.constantFrom(...contentHandlings),
});

/** The role an AWS-service integration must carry (credentials.aws-role-required). */
const serviceRole = 'arn:aws:iam::123456789012:role/apigw-invoke';

/** connectionType: omitted, INTERNET, or (HTTP types only) VPC_LINK with its id, and now and then the load balancer of a VPC link V2. */
function connection(type: IntegrationTypeName): fc.Arbitrary<Pick<PutIntegrationBody, 'connectionType' | 'connectionId' | 'integrationTarget'>> {
  const internet = fc.constantFrom({}, { connectionType: connectionTypes[0] });
  if (type !== 'HTTP' && type !== 'HTTP_PROXY') return internet;
  const vpcLink = fc.record(
    {
      connectionType: fc.constant('VPC_LINK'),
      connectionId: fc.constantFrom('vpclink-a1b2c3', '${stageVariables.vpcLinkId}'),
      integrationTarget: fc.constant('arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/0467ef3c8400ae65'),
    },
    { requiredKeys: ['connectionType', 'connectionId'], ...plain },
  );
  return fc.oneof({ weight: 2, arbitrary: internet }, { weight: 1, arbitrary: vpcLink });
}

/** responseTransferMode and timeout together: STREAM (proxy types only) widens the timeout window. */
function transfer(type: IntegrationTypeName): fc.Arbitrary<Pick<PutIntegrationBody, 'responseTransferMode' | 'timeoutInMillis'>> {
  const streamable = type === 'HTTP_PROXY' || type === 'AWS_PROXY';
  const buffered = optionalMembers({ responseTransferMode: fc.constant('BUFFERED'), timeoutInMillis: validPutTimeout(false) });
  if (!streamable) return buffered;
  const stream = fc.record({ responseTransferMode: fc.constant('STREAM'), timeoutInMillis: validPutTimeout(true) }, { requiredKeys: ['responseTransferMode'], ...plain });
  return fc.oneof({ weight: 3, arbitrary: buffered }, { weight: 1, arbitrary: stream });
}

/** HTTP types only; `{}` is a valid, empty tlsConfig. */
const tlsConfig = fc.constantFrom<PutIntegrationBody['tlsConfig']>({ insecureSkipVerification: true }, { insecureSkipVerification: false }, {});

/** A body PutIntegration accepts for this type. */
export function validPutIntegrationBodyOf(type: IntegrationTypeName): fc.Arbitrary<PutIntegrationBody> {
  const backend =
    type === 'MOCK'
      ? // MOCK drops uri and httpMethod; clients still send them (CloudFormation, CDK).
        optionalMembers({ httpMethod: fc.constantFrom(...httpVerbs), uri: validIntegrationUri('HTTP') })
      : fc.record({ httpMethod: fc.constantFrom(...httpVerbs), uri: validIntegrationUri(type) }, plain);
  const tls = type === 'HTTP' || type === 'HTTP_PROXY' ? optionalMembers({ tlsConfig }) : fc.constant({});
  return fc
    .tuple(backend, connection(type), transfer(type), tls, sharedMembers)
    .map(([b, c, t, s, shared]) => {
      const body: PutIntegrationBody = { type, ...b, ...c, ...t, ...s, ...shared };
      // An AWS-service target needs a role (a Lambda function does not): one is added where none was drawn.
      return needsRole(body) && !body.credentials ? { ...body, credentials: serviceRole } : body;
    });
}

const typeWeights: Record<IntegrationTypeName, number> = { HTTP: 3, HTTP_PROXY: 2, AWS: 3, AWS_PROXY: 2, MOCK: 3 };

/** A PutIntegration body the reference accepts, any type. */
export const validPutIntegrationBody: fc.Arbitrary<PutIntegrationBody> = fc.oneof(
  ...integrationTypes.map((type) => ({ weight: typeWeights[type], arbitrary: validPutIntegrationBodyOf(type) })),
);
