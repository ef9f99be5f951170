/**
 * endpointConfiguration: one endpoint type (REGIONAL, EDGE, PRIVATE), an IP address type (ipv4,
 * dualstack; a private API takes only dualstack) and, for private APIs, VPC endpoint ids. The texts a
 * patch gets are prose 400s; a create body's enums fail model validation instead (restApiCreation.ts).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredConstraint, DeclaredRow, ResourceValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { recordedApi, recordedVpcEndpoint } from './restApiEvidence.js';

export const endpointTypes = ['REGIONAL', 'EDGE', 'PRIVATE'] as const;
export const ipAddressTypes = ['ipv4', 'dualstack'] as const;

export interface EndpointConfiguration {
  types: string[];
  ipAddressType?: string;
  vpcEndpointIds?: string[];
}

const configOf = (draft: ResourceValue): EndpointConfiguration => ({ types: ['EDGE'], ...((draft.endpointConfiguration as EndpointConfiguration | undefined) ?? {}) });

export const invalidEndpointType = badRequestRule(
  'rest-api.endpoint-type',
  'a patched endpoint type outside REGIONAL, EDGE, PRIVATE: 400',
  () => 'Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE',
  recordedApi('test_update_rest_api_ip_address_type (update-rest-api-wrong-type)'),
);
export const invalidIpAddressType = badRequestRule(
  'rest-api.ip-address-type',
  'a patched ipAddressType other than ipv4 or dualstack: 400',
  () => 'ipAddressType must be either ipv4 or dualstack.',
  recordedApi('test_update_rest_api_ip_address_type (update-rest-api-wrong-ipAddressType)'),
);
const privateIpv4 = badRequestRule(
  'rest-api.private-dualstack',
  'a PRIVATE API with ipAddressType ipv4 (created or patched): 400',
  () => 'Only dualstack ipAddressType is supported for Private APIs.',
  recordedApi('test_update_rest_api_ip_address_type (update-rest-api-replace-to-ipv4-within-private-type), test_create_rest_api_private_type (create-with-private-type-and-ipv4-ip-address-type); checked on the result of the whole patch, inferred'),
);
export const privateNeedsDualstack: DeclaredConstraint = {
  rule: privateIpv4,
  members: ['endpointConfiguration'],
  violation: (v) => {
    const c = v.endpointConfiguration as EndpointConfiguration | undefined;
    return c?.types.includes('PRIVATE') && c.ipAddressType === 'ipv4' ? reject(privateIpv4) : null;
  },
};

const typeRule = defineRule(
  'rest-api.path:/endpointConfiguration/types/{type}',
  '/endpointConfiguration/types/{any segment}: replace sets the one endpoint type (the segment is not read); switching to PRIVATE makes ipAddressType dualstack',
  ...recordedApi('test_update_rest_api_ip_address_type (update-rest-api-replace-type: types/0 three times, the last PRIVATE, ipv4 became dualstack); types/EDGE on a REGIONAL API in test_apigateway_integrations.py#test_create_execute_api_vpc_endpoint'),
);
const ipRule = defineRule('rest-api.path:/endpointConfiguration/ipAddressType', '/endpointConfiguration/ipAddressType: replace with ipv4 or dualstack', ...recordedApi('test_update_rest_api_ip_address_type (update-rest-api-replace-ip-address-type)'));
const vpceRule = defineRule(
  'rest-api.path:/endpointConfiguration/vpcEndpointIds',
  '/endpointConfiguration/vpcEndpointIds: add appends the id in the value, remove drops it; emptied, the member disappears',
  ...recordedVpcEndpoint('add with the endpoint id, the answer listing it; remove per the API reference and Terraform rest_api.go'),
);

const sentValue = (id: string, inside: readonly string[], edges: readonly string[]) => ({
  rule: defineRule(id, 'the value sent, checked by its row', 'aws-recorded' as const, 'LocalStack test_apigateway_api.py#TestApiGatewayApiRestApi::test_update_rest_api_ip_address_type'),
  inside,
  edges,
  read: (raw: string | undefined) => ({ ok: true as const, value: raw }),
});

export const endpointRows: readonly DeclaredRow[] = [
  {
    rule: typeRule,
    pattern: '/endpointConfiguration/types/{key}',
    ops: ['replace'],
    target: {
      kind: 'custom',
      member: 'endpointConfiguration',
      apply(draft, o) {
        if (o.value === undefined || !(endpointTypes as readonly string[]).includes(o.value)) return reject(invalidEndpointType);
        const c = configOf(draft);
        draft.endpointConfiguration = { ...c, types: [o.value], ...(o.value === 'PRIVATE' ? { ipAddressType: 'dualstack' } : {}) };
        return null;
      },
    },
    value: sentValue('rest-api.value.endpoint-type', ['REGIONAL', 'EDGE', 'PRIVATE'], ['wrong', 'regional', '']),
  },
  {
    rule: ipRule,
    pattern: '/endpointConfiguration/ipAddressType',
    ops: ['replace'],
    target: {
      kind: 'custom',
      member: 'endpointConfiguration',
      apply(draft, o) {
        if (o.value === undefined || !(ipAddressTypes as readonly string[]).includes(o.value)) return reject(invalidIpAddressType);
        draft.endpointConfiguration = { ...configOf(draft), ipAddressType: o.value };
        return null;
      },
    },
    value: sentValue('rest-api.value.ip-address-type', ['dualstack', 'ipv4'], ['wrong', 'IPV4', '']),
  },
  {
    rule: vpceRule,
    pattern: '/endpointConfiguration/vpcEndpointIds',
    ops: ['add', 'remove'],
    target: {
      kind: 'custom',
      member: 'endpointConfiguration',
      apply(draft, o) {
        const c = configOf(draft);
        const ids = (c.vpcEndpointIds ?? []).filter((id) => o.op === 'add' || id !== o.value);
        if (o.op === 'add' && o.value !== undefined && o.value !== '' && !ids.includes(o.value)) ids.push(o.value);
        const { vpcEndpointIds: _dropped, ...rest } = c;
        draft.endpointConfiguration = ids.length > 0 ? { ...rest, vpcEndpointIds: ids } : rest;
        return null;
      },
    },
    value: sentValue('rest-api.value.vpc-endpoint-id', ['vpce-0123456789abcdef0'], ['']),
  },
];
