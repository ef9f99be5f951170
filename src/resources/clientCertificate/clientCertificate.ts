/**
 * ClientCertificate: GenerateClientCertificate, GetClientCertificate, UpdateClientCertificate,
 * DeleteClientCertificate. An account-level resource (`/clientcertificates`, not under a RestApi).
 * Nothing of it is recorded against AWS: the API reference and the CLI examples, then inference.
 */
import { defineRule } from '../../rules/defineRule.js';
import type { DeclaredRow, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { clearableText } from '../declaredValues.js';
import { notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import { certificateValiditySeconds, pemFor } from './generatedCertificate.js';

const doc = (what: string) => ['aws-doc', `API reference, ${what}`] as const;

const members: readonly MemberDeclaration[] = [
  { name: 'clientCertificateId', kind: 'string', assigned: 'create' },
  { name: 'description', kind: 'string', examples: ['conformance certificate'] },
  { name: 'pemEncodedCertificate', kind: 'string', assigned: 'create' },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
  { name: 'expirationDate', kind: 'timestamp', assigned: 'create' },
  { name: 'tags', kind: 'stringMap', examples: ['team'] },
];

const generated = defineRule(
  'client-certificate.generated',
  'GenerateClientCertificate answers 201 with a new id, the PEM of the certificate, createdDate and expirationDate (365 days later), and the description and tags sent',
  ...doc('GenerateClientCertificate (201, response elements); developer guide: the certificate is valid for 365 days'),
);

const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('client-certificate.path:/description', '/description: replace', ...doc('Patch Operations: UpdateClientCertificate /description (replace); AWS CLI example update-client-certificate')),
    pattern: '/description',
    ops: ['replace'],
    target: { kind: 'member', member: 'description' },
    value: clearableText('client-certificate.value.description', ['inferred', 'as Model /description (recorded): "" or no value removes it'], ['My client certificate', 'conformance certificate']),
  },
];

const missing = notFoundRule(
  'client-certificate.missing',
  'the account has no client certificate with this id',
  'Invalid Client Certificate identifier specified',
  ['inferred', 'AWS words its other lookups "Invalid <Resource> identifier specified" (Vpc Link, Request Validator, recorded); unrecorded here'],
);

export const clientCertificate: ResourceDeclaration = {
  name: 'ClientCertificate',
  uri: '/clientcertificates/{clientCertificateId}',
  key: 'clientCertificateId',
  members,
  lifecycle: {
    put: {
      operation: 'GenerateClientCertificate',
      status: 201,
      verb: 'post',
      // The id is generated under its own name (not `id`), by whoever keeps the certificate.
      generatedIdMember: 'clientCertificateId',
      shape: { struct: { description: 'string', tags: { map: 'string' } } },
      minimal: {},
      build: (b, ctx) => {
        const createdDate = ctx.now?.() ?? 0;
        return {
          value: {
            ...(b.description !== undefined ? { description: b.description } : {}),
            pemEncodedCertificate: pemFor(String(createdDate)),
            createdDate,
            expirationDate: createdDate + certificateValiditySeconds,
            ...(b.tags !== undefined ? { tags: b.tags } : {}),
          },
          rules: [generated],
        };
      },
    },
    get: { operation: 'GetClientCertificate', status: 200 },
    list: { operation: 'GetClientCertificates', status: 200 },
    update: { operation: 'UpdateClientCertificate', status: 200 },
    delete: { operation: 'DeleteClientCertificate', status: 202 },
    answers: {
      put: generated,
      get: defineRule('client-certificate.get', 'GetClientCertificate answers 200 with the certificate', ...doc('GetClientCertificate')),
      update: defineRule('client-certificate.update', 'UpdateClientCertificate answers 200 with the whole certificate', ...doc('UpdateClientCertificate')),
      delete: defineRule('client-certificate.delete', 'DeleteClientCertificate answers 202 and the certificate is gone', ...doc('DeleteClientCertificate (HTTP/1.1 202)')),
    },
    missing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'client-certificate',
    updateInput: 'updateClientCertificateInput',
    paths: ['inferred', 'long form: recorded on ApiKey and quoted for UsagePlan and Usage, the other account-level resources (patch-surface research 1.1)'],
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [generated],
};
