/**
 * Faults in the small resources (Authorizer's update, DomainName): plausible emulator bugs, each a
 * change to one declaration, served with the rest of the registry.
 */
import { authorizer } from '../../resources/referenced/authorizer.js';
import type { DeclaredRow, ResourceDeclaration } from '../../resources/declaration.js';
import { changed, row } from './changedRegistry.js';
import type { FaultyDeclaration } from './index.js';

export const smallResourcesFaults: readonly FaultyDeclaration[] = [
  {
    id: 'authorizer-ttl-kept-as-string',
    resource: authorizer.name,
    ruleFamily: 'coercion',
    rules: ['authorizer.value.ttl'],
    description: 'replace /authorizerResultTtlInSeconds stores the string sent ("300") instead of the integer 300',
    resources: changed('Authorizer', row('/authorizerResultTtlInSeconds', (r) => ({ ...r, value: { ...r.value, read: (raw, ctx) => { const read = r.value.read(raw, ctx); return read.ok ? { ok: true, value: raw } : read; } } }))),
  },
  {
    id: 'authorizer-provider-arns-replace-taken',
    resource: authorizer.name,
    ruleFamily: 'op-validation',
    rules: ['authorizer.patch.unsupported-op'],
    description: 'replace /providerARNs is taken as an add (moto-like op leniency) instead of refused',
    resources: changed('Authorizer', row('/providerARNs', (r) => ({ ...r, ops: ['add', 'replace', 'remove'] }))),
  },
  {
    id: 'domain-name-empty-certificate-name-kept',
    resource: 'DomainName',
    ruleFamily: 'text-values',
    rules: ['domain-name.value.certificateName', 'domain-name.path:/certificateName'],
    description: 'replace /certificateName with "" stores "" instead of removing the member',
    resources: changed('DomainName', row('/certificateName', (r) => ({ ...r, value: { ...r.value, read: (raw) => ({ ok: true, value: raw ?? '' }) } }))),
  },
  {
    id: 'domain-name-ip-address-type-unchecked',
    resource: 'DomainName',
    ruleFamily: 'coercion',
    rules: ['domain-name.ip-address-type-invalid', 'domain-name.path:/endpointConfiguration/ipAddressType'],
    description: 'replace /endpointConfiguration/ipAddressType stores any value instead of refusing what is not ipv4 or dualstack',
    resources: changed(
      'DomainName',
      row('/endpointConfiguration/ipAddressType', (r) => ({
        ...r,
        target: {
          kind: 'custom',
          member: 'endpointConfiguration',
          apply(draft, op) {
            draft.endpointConfiguration = { ...((draft.endpointConfiguration ?? {}) as Record<string, unknown>), ipAddressType: op.value };
            return null;
          },
        },
      })),
    ),
  },
];
