/**
 * DomainName: CreateDomainName, GetDomainName, UpdateDomainName, DeleteDomainName. An account-level
 * resource named by the domain itself. Nothing is recorded against AWS (it needs a domain and an issued
 * certificate): the API reference's patch table, AWS errors users quoted, and inference. Private custom
 * domains (domainNameId, policy, managementPolicy, endpointAccessMode) are not modelled.
 */
import { createHash } from 'node:crypto';
import { defineRule, reject, type Rejection } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { CustomOperation, DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { clearableText, enumText } from '../declaredValues.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const doc = (what: string) => ['aws-doc', `API reference, Patch Operations: UpdateDomainName ${what}`] as const;
const inferred = (why: string) => ['inferred', why] as const;

const endpointTypes = ['EDGE', 'REGIONAL'] as const;
const certificate = 'arn:aws:acm:us-east-1:123456789012:certificate/conformance-0000-0000-0000-000000000000';

const members: readonly MemberDeclaration[] = [
  { name: 'domainName', kind: 'string' },
  { name: 'certificateName', kind: 'string' },
  { name: 'certificateArn', kind: 'string' },
  { name: 'certificateUploadDate', kind: 'timestamp', assigned: 'create' },
  { name: 'regionalDomainName', kind: 'string', assigned: 'create' },
  { name: 'regionalHostedZoneId', kind: 'string', assigned: 'create' },
  { name: 'regionalCertificateName', kind: 'string' },
  { name: 'regionalCertificateArn', kind: 'string' },
  { name: 'distributionDomainName', kind: 'string', assigned: 'create' },
  { name: 'distributionHostedZoneId', kind: 'string', assigned: 'create' },
  // Edges: the index segments of /endpointConfiguration/types/{key} (Terraform sends 0).
  { name: 'endpointConfiguration', kind: 'struct', fields: { types: { list: 'string' }, ipAddressType: 'string' }, edges: ['0', '1'] },
  { name: 'domainNameStatus', kind: 'string' },
  { name: 'securityPolicy', kind: 'string' },
  { name: 'mutualTlsAuthentication', kind: 'struct', fields: { truststoreUri: 'string', truststoreVersion: 'string' } },
  { name: 'ownershipVerificationCertificateArn', kind: 'string' },
  { name: 'routingMode', kind: 'string' },
  { name: 'tags', kind: 'stringMap', examples: ['team'] },
];

const requiredMissing = errorRule(
  'domain-name.required',
  'CreateDomainName without domainName: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createDomainNameInput.${member}`, null, mustNotBeNull)]),
  inferred("the API reference marks domainName required; Coral's required-member text as recorded for putIntegrationInput.type"),
);
const noCertificate = badRequestRule(
  'domain-name.certificate-for-endpoint',
  'a domain name needs a certificate for its endpoint type: certificateArn or certificateName for EDGE, regionalCertificateArn or regionalCertificateName for REGIONAL',
  (type: string) => `A certificate was not provided for the endpoint type ${type}.`,
  ['user-quote', 'hashicorp/terraform-provider-aws#3276 (EDGE); REGIONAL is inferred to read the same'],
);
const edgeWhileRegional = badRequestRule(
  'domain-name.edge-certificate-while-regional',
  'an EDGE certificate sent for a REGIONAL-only domain name: 400',
  () => 'Cannot import certificates for EDGE while REGIONAL is active.',
  ['user-quote', 'anomalyco/sst#4131 (CreateDomainName)'],
);
const badEndpointType = badRequestRule(
  'domain-name.endpoint-type-invalid',
  'an endpoint type entry that is not EDGE or REGIONAL: 400 naming the path',
  (path: string) => `${path} Invalid request input`,
  ['user-quote', 'pulumi/pulumi#15797 and hashicorp/terraform-provider-aws#28059, #40692 (replace /endpointConfiguration/types/0)'],
);
const badIpAddressType = badRequestRule('domain-name.ip-address-type-invalid', 'ipAddressType outside ipv4, dualstack: 400', () => 'ipAddressType must be either ipv4 or dualstack.', inferred('the text recorded on UpdateRestApi for the same member'));
const badSecurityPolicy = badRequestRule('domain-name.security-policy-invalid', 'securityPolicy outside the enum: 400', (v: string | undefined) => `Invalid security policy specified: ${v ?? 'null'}`, inferred('a bad enum inside a patch value is a prose 400 on UpdateRestApi (recorded); the words are a guess'), true);
const badRoutingMode = badRequestRule('domain-name.routing-mode-invalid', 'routingMode outside the enum: 400', (v: string | undefined) => `Invalid routing mode specified: ${v ?? 'null'}`, inferred('a bad enum inside a patch value is a prose 400 on UpdateRestApi (recorded); the words are a guess'), true);

const created = defineRule(
  'domain-name.create',
  'CreateDomainName answers 201 with the domain, its certificates, endpointConfiguration (EDGE, ipv4 by default), the names and hosted zones AWS assigns to each endpoint, status AVAILABLE',
  ...inferred('API reference CreateDomainName (response elements); defaults as recorded on CreateRestApi; the status settles at AVAILABLE (Terraform waits for it)'),
);

/** A stable hex tag for the names AWS assigns (the CloudFront distribution, the regional host). */
const tagOf = (domain: string) => createHash('sha256').update(domain).digest('hex').slice(0, 13);

function built(b: Record<string, unknown>, now: number): { value: ResourceValue; rules: readonly ReturnType<typeof defineRule>[] } | Rejection {
  const sent = (b.endpointConfiguration ?? {}) as Record<string, unknown>;
  const types = (sent.types as string[] | undefined) ?? ['EDGE'];
  const edgeCert = b.certificateArn !== undefined || b.certificateName !== undefined || b.certificateBody !== undefined;
  const regionalCert = b.regionalCertificateArn !== undefined || b.regionalCertificateName !== undefined;
  if (types.includes('REGIONAL') && !types.includes('EDGE') && edgeCert) return reject(edgeWhileRegional);
  if (types.includes('EDGE') && !edgeCert) return reject(noCertificate, 'EDGE');
  if (types.includes('REGIONAL') && !regionalCert) return reject(noCertificate, 'REGIONAL');
  const domain = String(b.domainName);
  const pick = (...keys: string[]) => Object.fromEntries(keys.filter((k) => b[k] !== undefined).map((k) => [k, b[k]]));
  const value: ResourceValue = {
    domainName: domain,
    ...pick('certificateName', 'certificateArn'),
    ...(edgeCert ? { certificateUploadDate: now, distributionDomainName: `d${tagOf(domain)}.cloudfront.net`, distributionHostedZoneId: 'Z2FDTNDATAQYW2' } : {}),
    ...(types.includes('REGIONAL') ? { regionalDomainName: `d-${tagOf(domain).slice(0, 10)}.execute-api.us-east-1.amazonaws.com`, regionalHostedZoneId: 'Z1UJRXOUMOOFQ8' } : {}),
    ...pick('regionalCertificateName', 'regionalCertificateArn'),
    endpointConfiguration: { types, ipAddressType: (sent.ipAddressType as string | undefined) ?? 'ipv4' },
    domainNameStatus: 'AVAILABLE',
    ...pick('securityPolicy', 'mutualTlsAuthentication', 'ownershipVerificationCertificateArn', 'routingMode', 'tags'),
  };
  return { value, rules: [created] };
}

/** Sets or removes one field of a struct member; the member goes when its last field does. */
function structField(member: string, field: string, read: (raw: string | undefined, op: CustomOperation) => { ok: true; value: unknown } | Rejection) {
  return {
    kind: 'custom' as const,
    member,
    apply(draft: ResourceValue, op: CustomOperation): Rejection | null {
      const next = { ...((draft[member] ?? {}) as Record<string, unknown>) };
      if (op.op === 'remove') delete next[field];
      else {
        const r = read(op.value, op);
        if (!('ok' in r)) return r;
        if (r.value === undefined) delete next[field];
        else next[field] = r.value;
      }
      draft[member] = Object.keys(next).length === 0 ? undefined : next;
      return null;
    },
  };
}

const value = (rule: DeclaredValue['rule'], inside: readonly string[]): DeclaredValue => ({ rule, inside, edges: [''], read: (raw) => ({ ok: true, value: raw }) });
const certificateRow = (pattern: string, member: string, examples: readonly string[]): DeclaredRow => ({
  rule: defineRule(`domain-name.path:${pattern}`, `${pattern}: add, replace, remove`, ...doc(`${pattern} (add, replace, remove)`)),
  pattern,
  ops: ['add', 'replace', 'remove'],
  target: { kind: 'member', member },
  value: clearableText(`domain-name.value.${member}`, inferred('an optional member: "" or no value removes it'), examples),
});

const rows: readonly DeclaredRow[] = [
  certificateRow('/certificateName', 'certificateName', ['my.domain.tld cert']),
  certificateRow('/certificateArn', 'certificateArn', [certificate]),
  certificateRow('/regionalCertificateName', 'regionalCertificateName', ['regional cert']),
  certificateRow('/regionalCertificateArn', 'regionalCertificateArn', [certificate]),
  {
    rule: defineRule('domain-name.path:/endpointConfiguration/types', '/endpointConfiguration/types: add or remove one endpoint type by value (to migrate between EDGE and REGIONAL)', ...doc('/endpointConfiguration/types (add, remove)')),
    pattern: '/endpointConfiguration/types',
    ops: ['add', 'remove'],
    target: {
      kind: 'custom',
      member: 'endpointConfiguration',
      apply(draft, op) {
        if (!(endpointTypes as readonly string[]).includes(op.value ?? '')) return reject(badEndpointType, op.path);
        const config = { ...((draft.endpointConfiguration ?? {}) as Record<string, unknown>) };
        const types = (config.types as string[] | undefined) ?? [];
        config.types = op.op === 'remove' ? types.filter((t) => t !== op.value) : types.includes(op.value!) ? types : [...types, op.value!];
        draft.endpointConfiguration = config;
        return null;
      },
    },
    value: value(defineRule('domain-name.value.endpoint-type', 'EDGE or REGIONAL', ...doc('/endpointConfiguration/types')), endpointTypes),
  },
  {
    rule: defineRule('domain-name.path:/endpointConfiguration/types/{key}', '/endpointConfiguration/types/<n>: replace the endpoint type (what Terraform sends); anything but EDGE or REGIONAL is refused naming the path', 'user-quote', 'Terraform domain_name.go sends replace /endpointConfiguration/types/0; pulumi/pulumi#15797 quotes the refusal'),
    pattern: '/endpointConfiguration/types/{key}',
    ops: ['replace'],
    target: {
      kind: 'custom',
      member: 'endpointConfiguration',
      apply(draft, op) {
        if (!(endpointTypes as readonly string[]).includes(op.value ?? '')) return reject(badEndpointType, op.path);
        // As on RestApi (recorded): the segment is not read, the domain has one endpoint type.
        draft.endpointConfiguration = { ...((draft.endpointConfiguration ?? {}) as Record<string, unknown>), types: [op.value!] };
        return null;
      },
    },
    value: value(defineRule('domain-name.value.endpoint-type-entry', 'EDGE or REGIONAL', 'inferred', 'as RestApi /endpointConfiguration/types/{type} (recorded): the value is the new type'), endpointTypes),
  },
  {
    rule: defineRule('domain-name.path:/endpointConfiguration/ipAddressType', '/endpointConfiguration/ipAddressType: replace (ipv4, dualstack)', ...doc('/endpointConfiguration/ipAddressType (replace)')),
    pattern: '/endpointConfiguration/ipAddressType',
    ops: ['replace'],
    target: structField('endpointConfiguration', 'ipAddressType', (raw) => (raw === 'ipv4' || raw === 'dualstack' ? { ok: true, value: raw } : reject(badIpAddressType))),
    value: value(defineRule('domain-name.value.ip-address-type', 'ipv4 or dualstack', ...doc('/endpointConfiguration/ipAddressType')), ['ipv4', 'dualstack']),
  },
  {
    rule: defineRule('domain-name.path:/mutualTlsAuthentication/truststoreUri', '/mutualTlsAuthentication/truststoreUri: add, replace, remove; "" turns mutual TLS off', ...doc('/mutualTlsAuthentication/truststoreUri (add, replace, remove); Terraform domain_name.go sends "" to disable')),
    pattern: '/mutualTlsAuthentication/truststoreUri',
    ops: ['add', 'replace', 'remove'],
    target: {
      kind: 'custom',
      member: 'mutualTlsAuthentication',
      apply(draft, op) {
        if (op.op === 'remove' || op.value === undefined || op.value === '') draft.mutualTlsAuthentication = undefined;
        else draft.mutualTlsAuthentication = { ...((draft.mutualTlsAuthentication ?? {}) as Record<string, unknown>), truststoreUri: op.value };
        return null;
      },
    },
    value: value(defineRule('domain-name.value.truststore-uri', 'an s3:// URI of the truststore', ...doc('/mutualTlsAuthentication/truststoreUri')), ['s3://conformance-bucket/truststore.pem']),
  },
  {
    rule: defineRule('domain-name.path:/mutualTlsAuthentication/truststoreVersion', '/mutualTlsAuthentication/truststoreVersion: add, replace, remove', ...doc('/mutualTlsAuthentication/truststoreVersion (add, replace, remove)')),
    pattern: '/mutualTlsAuthentication/truststoreVersion',
    ops: ['add', 'replace', 'remove'],
    target: structField('mutualTlsAuthentication', 'truststoreVersion', (raw) => ({ ok: true, value: raw === '' ? undefined : raw })),
    value: value(defineRule('domain-name.value.truststore-version', 'the S3 object version of the truststore', ...doc('/mutualTlsAuthentication/truststoreVersion')), ['3']),
  },
  certificateRow('/ownershipVerificationCertificateArn', 'ownershipVerificationCertificateArn', [certificate]),
  {
    rule: defineRule('domain-name.path:/routingMode', '/routingMode: replace', ...doc('/routingMode (replace)')),
    pattern: '/routingMode',
    ops: ['replace'],
    target: { kind: 'member', member: 'routingMode' },
    value: enumText('domain-name.value.routing-mode', ['BASE_PATH_MAPPING_ONLY', 'ROUTING_RULE_THEN_BASE_PATH_MAPPING', 'ROUTING_RULE_ONLY'], badRoutingMode, ['aws-doc', 'API reference, DomainName.routingMode (enum)']),
  },
  {
    rule: defineRule('domain-name.path:/securityPolicy', '/securityPolicy: replace', ...doc('/securityPolicy (replace)')),
    pattern: '/securityPolicy',
    ops: ['replace'],
    target: { kind: 'member', member: 'securityPolicy' },
    value: enumText('domain-name.value.security-policy', ['TLS_1_0', 'TLS_1_2'], badSecurityPolicy, ['aws-doc', 'API reference, DomainName.securityPolicy (TLS_1_0, TLS_1_2; the newer SecurityPolicy_* values are not modelled)']),
  },
];

export const domainNameMissing = notFoundRule(
  'domain-name.missing',
  'the account has no custom domain name with this name',
  'Invalid domain name identifier specified',
  ['user-quote', "deploy tools run against AWS that match it: a Ruby tool's comment quoting `Aws::APIGateway::Errors::NotFoundException Invalid domain name identifier specified`, a Node script comparing e.message with it (code index); hashicorp/terraform-provider-aws#41659"],
);

export const domainName: ResourceDeclaration = {
  name: 'DomainName',
  uri: '/domainnames/{domainName}',
  key: 'domainName',
  realAccountOptIn: 'it needs a domain the user owns and an issued ACM certificate for it, and CreateDomainName is limited to 1 call per 30 s',
  keyExamples: ['api.conformance.example.com'],
  members,
  lifecycle: {
    put: {
      operation: 'CreateDomainName',
      status: 201,
      verb: 'post',
      idMember: 'domainName',
      shape: {
        struct: {
          domainName: 'string', certificateName: 'string', certificateBody: 'string', certificatePrivateKey: 'string', certificateChain: 'string', certificateArn: 'string',
          regionalCertificateName: 'string', regionalCertificateArn: 'string', endpointConfiguration: { struct: { types: { list: 'string' }, ipAddressType: 'string', vpcEndpointIds: { list: 'string' } } },
          tags: { map: 'string' }, securityPolicy: 'string', mutualTlsAuthentication: { struct: { truststoreUri: 'string', truststoreVersion: 'string' } },
          ownershipVerificationCertificateArn: 'string', policy: 'string', routingMode: 'string', endpointAccessMode: 'string',
        },
      },
      // The key: cases write it into the body themselves (idMember), so it is checked here, not by `required`.
      modelValidation: (b) => (b.domainName === undefined || b.domainName === null ? reject(requiredMissing, 'domainName') : null),
      minimal: { domainName: 'api.conformance.example.com', certificateArn: certificate },
      exists: errorRule('domain-name.exists', 'CreateDomainName for a domain the account already has: 409', 'ConflictException', () => 'The domain name you provided already exists.', inferred('a name is its key, like a model (409 recorded on CreateModel); the words are a guess'), true),
      build: (b, ctx) => built(b, ctx.now?.() ?? 0),
    },
    get: { operation: 'GetDomainName', status: 200 },
    list: { operation: 'GetDomainNames', status: 200 },
    update: { operation: 'UpdateDomainName', status: 200 },
    delete: { operation: 'DeleteDomainName', status: 202 },
    answers: {
      put: created,
      get: defineRule('domain-name.get', 'GetDomainName answers 200 with the domain name', 'aws-doc', 'API reference, GetDomainName; AWS CLI example get-domain-name'),
      update: defineRule('domain-name.update', 'UpdateDomainName answers 200 with the whole domain name', 'aws-doc', 'API reference, UpdateDomainName; AWS CLI example update-domain-name'),
      delete: defineRule('domain-name.delete', 'DeleteDomainName answers 202; its base path mappings go with it', 'aws-doc', 'API reference, DeleteDomainName (HTTP/1.1 202)'),
    },
    missing: domainNameMissing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'domain-name',
    updateInput: 'updateDomainNameInput',
    paths: inferred('long form: recorded on ApiKey and quoted for UsagePlan and Usage, the other account-level resources (patch-surface research 1.1)'),
    opEnum: inferred('format recorded on UpdateMethodResponse; the input name follows the operation'),
    ordered: inferred('the API reference applies operations in list order; all-or-nothing as on the other resources'),
  }),
  rules: [requiredMissing, noCertificate, edgeWhileRegional, badEndpointType, badIpAddressType, badSecurityPolicy, badRoutingMode],
};
