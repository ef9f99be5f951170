/**
 * CreateRestApi: what its body may hold, the model validation of its enums (a ValidationException
 * listing each bad member in the input's order, `types` before `ipAddressType`), then the checks AWS
 * makes in order (an empty description first), then the API it answers with its defaults: EDGE,
 * ipv4 (dualstack for PRIVATE), apiKeySource HEADER, the execute-api endpoint enabled.
 */
import { SecurityPolicy } from '@aws-sdk/client-api-gateway';
import { defineRule, reject, type Rejection, type Rule } from '../../rules/defineRule.js';
import { enumConstraint, mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { WireShape } from '../../rules/wireTypes.js';
import type { DeclaredContext, ResourceValue } from '../declaration.js';
import { badRequestRule, errorRule } from '../declaredErrorRules.js';
import { compressionInRange, compressionOutOfRange } from './compressionSize.js';
import { ipAddressTypes, type EndpointConfiguration } from './endpointConfiguration.js';
import { storedPolicy, invalidPolicy, policyRewritten } from './resourcePolicy.js';
import { inferred, recordedApi } from './restApiEvidence.js';

export const apiKeySources = ['HEADER', 'AUTHORIZER'] as const;
export const securityPolicies: readonly string[] = Object.values(SecurityPolicy);
export const endpointAccessModes = ['BASIC', 'STRICT'] as const;

export const createShape: WireShape = {
  struct: {
    name: 'string',
    description: 'string',
    version: 'string',
    cloneFrom: 'string',
    binaryMediaTypes: { list: 'string' },
    minimumCompressionSize: 'integer',
    apiKeySource: 'string',
    endpointConfiguration: { struct: { types: { list: 'string' }, ipAddressType: 'string', vpcEndpointIds: { list: 'string' } } },
    policy: 'string',
    tags: { map: 'string' },
    disableExecuteApiEndpoint: 'boolean',
    securityPolicy: 'string',
    endpointAccessMode: 'string',
  },
};

export const nameRequired = errorRule(
  'rest-api.name-required',
  'CreateRestApi without a name: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createRestApiInput.${member}`, null, mustNotBeNull)]),
  inferred("the API reference marks name required; Coral's required-member text as recorded for putIntegrationInput.type"),
);

/** Coral prints a list as Java does: `[a, b]`. */
const javaList = (v: readonly unknown[]) => `[${v.join(', ')}]`;

export const createEnums = errorRule(
  'rest-api.create-enums',
  'CreateRestApi enums (endpoint types, ipAddressType, apiKeySource, securityPolicy, endpointAccessMode) outside their sets: one ValidationException listing each, in the input order, before any other check',
  'ValidationException',
  (text: string) => text,
  recordedApi('test_create_rest_api_with_endpoint_configuration (create-with-invalid-types, -ip-address-type, -and-types both orders, create-with-multiple-errors-1 over an empty description); apiKeySource, securityPolicy, endpointAccessMode by the service model, inferred'),
);

/** Model validation of the enums in a create body (Coral's order: the input's members in the service model's order). */
export function createEnumViolations(b: Record<string, unknown>): Rejection | null {
  const bad: string[] = [];
  const scalar = (member: string, values: readonly string[], at = member) => {
    const v = at.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], b);
    if (typeof v === 'string' && !values.includes(v)) bad.push(violation(`createRestApiInput.${member}`, v, enumConstraint(values)));
  };
  scalar('apiKeySource', apiKeySources);
  const c = b.endpointConfiguration as Partial<EndpointConfiguration> | undefined;
  if (Array.isArray(c?.types) && c.types.some((t) => !['PRIVATE', 'EDGE', 'REGIONAL'].includes(t))) {
    bad.push(violation('createRestApiInput.endpointConfiguration.types', javaList(c.types), `Member must satisfy constraint: [${enumConstraint(['PRIVATE', 'EDGE', 'REGIONAL'])}]`));
  }
  scalar('endpointConfiguration.ipAddressType', ipAddressTypes);
  scalar('securityPolicy', securityPolicies);
  scalar('endpointAccessMode', endpointAccessModes);
  return bad.length > 0 ? reject(createEnums, validationText(bad)) : null;
}

const emptyDescription = badRequestRule(
  'rest-api.description-not-empty',
  'CreateRestApi with description "": 400, before the other checks but after model validation',
  () => 'Description cannot be an empty string',
  recordedApi('test_create_rest_api_with_optional_params (create-empty-desc), test_create_rest_api_with_endpoint_configuration (create-with-multiple-errors-2: before the compression size), test_create_rest_api_private_type (…-and-empty-description: before the private ipv4 check)'),
);
const noEndpointType = badRequestRule(
  'rest-api.endpoint-types-empty',
  'CreateRestApi with endpointConfiguration.types []: 400',
  () => 'REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.',
  recordedApi('test_create_rest_api_with_endpoint_configuration (create-with-empty-types)'),
);
const manyEndpointTypes = badRequestRule(
  'rest-api.endpoint-types-one',
  'CreateRestApi with more than one endpoint type: 400',
  () => 'Cannot create an api with multiple Endpoint Types.',
  recordedApi('test_create_rest_api_with_endpoint_configuration (create-with-two-types)'),
);

export const createDefaults: Rule = defineRule(
  'rest-api.create',
  'CreateRestApi answers 201: id, name, the members sent (version, description, policy, binaryMediaTypes when not empty, tags when not empty), createdDate, rootResourceId, apiKeySource HEADER, disableExecuteApiEndpoint false, endpointConfiguration EDGE with ipv4 (dualstack for PRIVATE) by default',
  ...recordedApi('test_create_rest_api_verify_defaults (all), test_create_rest_api_with_optional_params (create-only-name, create-with-version, create-with-empty-binary-media), test_create_rest_api_with_binary_media_types, test_create_rest_api_with_tags, test_create_rest_api_with_endpoint_configuration (-dualstack, -regional), test_list_and_delete_apis'),
);

/** The API a create makes, or the first check it fails (after model validation). */
export function buildRestApi(b: Record<string, unknown>, ctx: DeclaredContext): { value: ResourceValue; rules: readonly Rule[] } | Rejection {
  if (b.description === '') return reject(emptyDescription);
  if (b.minimumCompressionSize !== undefined && !compressionInRange(b.minimumCompressionSize as number)) return reject(compressionOutOfRange);
  const sent = (b.endpointConfiguration ?? {}) as Partial<EndpointConfiguration>;
  const types = sent.types ?? ['EDGE'];
  if (types.length === 0) return reject(noEndpointType);
  if (types.length > 1) return reject(manyEndpointTypes);
  let policy: string | undefined;
  if (typeof b.policy === 'string' && b.policy !== '') {
    const stored = storedPolicy(b.policy, ctx);
    if (stored === null) return reject(invalidPolicy);
    policy = stored;
  }
  const media = (b.binaryMediaTypes as string[] | undefined) ?? [];
  const tags = (b.tags as Record<string, string> | undefined) ?? {};
  const value: ResourceValue = {
    name: b.name,
    description: b.description,
    version: b.version,
    createdDate: ctx.now?.() ?? 0,
    binaryMediaTypes: media.length > 0 ? [...media] : undefined,
    minimumCompressionSize: b.minimumCompressionSize,
    apiKeySource: b.apiKeySource ?? 'HEADER',
    endpointConfiguration: {
      types: [...types],
      ipAddressType: sent.ipAddressType ?? (types[0] === 'PRIVATE' ? 'dualstack' : 'ipv4'),
      ...(sent.vpcEndpointIds && sent.vpcEndpointIds.length > 0 ? { vpcEndpointIds: [...sent.vpcEndpointIds] } : {}),
    },
    policy,
    disableExecuteApiEndpoint: b.disableExecuteApiEndpoint ?? false,
    rootResourceId: ctx.params.rootResourceId ?? '',
    securityPolicy: b.securityPolicy,
    endpointAccessMode: b.endpointAccessMode,
    tags: Object.keys(tags).length > 0 ? { ...tags } : undefined,
  };
  return { value, rules: policy !== undefined ? [policyRewritten] : [] };
}

