/**
 * DocumentationVersion: CreateDocumentationVersion, GetDocumentationVersion, UpdateDocumentationVersion,
 * DeleteDocumentationVersion (LocalStack test_apigateway_common.py#TestDocumentations, recorded against
 * AWS). The create's body names the version `documentationVersion`; answers name it `version`.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { clearableText } from '../declaredValues.js';
import { errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_common.py#TestDocumentations::test_documentation_parts_and_versions (${key})`] as const;

const members: readonly MemberDeclaration[] = [
  { name: 'version', kind: 'string' },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
  { name: 'description', kind: 'string', examples: ['first snapshot'] },
];

const created = defineRule('documentation-version.create', 'CreateDocumentationVersion answers 201 with version (the documentationVersion sent), createdDate and the description when sent', ...rec('create-version-response: version and createdDate only'));
const requiredMissing = errorRule(
  'documentation-version.required',
  'CreateDocumentationVersion without documentationVersion: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createDocumentationVersionInput.${member}`, null, mustNotBeNull)]),
  ['inferred', "the API reference marks documentationVersion required; Coral's required-member text as recorded for putIntegrationInput.type"],
);
const exists = errorRule(
  'documentation-version.exists',
  'CreateDocumentationVersion with a version the API already has: 409',
  'ConflictException',
  () => 'Documentation version already exists',
  ['inferred', 'a version is a snapshot named by its key, like a model (409 recorded on CreateModel); the words are a guess'],
  true,
);

const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('documentation-version.path:/description', '/description: replace', ...rec('update-version-response, get-version-response')),
    pattern: '/description',
    ops: ['replace'],
    target: { kind: 'member', member: 'description' },
    value: clearableText('documentation-version.value.description', ['inferred', 'as Model /description (recorded): "" or no value removes it'], ['doc version new', 'first snapshot']),
  },
];

const missing = notFoundRule(
  'documentation-version.missing',
  'the API has no documentation version with this name',
  'Invalid Documentation version specified',
  ['user-quote', 'deliveryhero/serverless-aws-documentation (its getDocumentationVersion check against AWS compares err.message with this text; PR #174)'],
);

export const documentationVersion: ResourceDeclaration = {
  name: 'DocumentationVersion',
  uri: '/restapis/{restApiId}/documentation/versions/{documentationVersion}',
  key: 'documentationVersion',
  members,
  keyExamples: ['v1'],
  lifecycle: {
    put: {
      operation: 'CreateDocumentationVersion',
      status: 201,
      verb: 'post',
      idMember: 'version',
      idBodyMember: 'documentationVersion',
      shape: { struct: { documentationVersion: 'string', stageName: 'string', description: 'string' } },
      // Required, but not a member of the answers (they name it `version`): checked here, not by `required`,
      // whose members generators draw from the declaration's members.
      modelValidation: (b) => (b.documentationVersion === undefined || b.documentationVersion === null ? reject(requiredMissing, 'documentationVersion') : null),
      minimal: { documentationVersion: 'v1' },
      exists,
      build: (b, ctx) => ({
        value: { version: b.documentationVersion, createdDate: ctx.now?.() ?? 0, ...(b.description !== undefined ? { description: b.description } : {}) },
        rules: [created],
      }),
    },
    get: { operation: 'GetDocumentationVersion', status: 200 },
    list: { operation: 'GetDocumentationVersions', status: 200 },
    update: { operation: 'UpdateDocumentationVersion', status: 200 },
    delete: { operation: 'DeleteDocumentationVersion', status: 202 },
    answers: {
      put: created,
      get: defineRule('documentation-version.get', 'GetDocumentationVersion answers 200 with the version', ...rec('get-version-response')),
      update: defineRule('documentation-version.update', 'UpdateDocumentationVersion answers 200 with the whole version', ...rec('update-version-response')),
      delete: defineRule('documentation-version.delete', 'DeleteDocumentationVersion answers 202 and the version is gone', 'aws-doc', 'API reference, DeleteDocumentationVersion (HTTP/1.1 202)'),
    },
    missing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'documentation-version',
    updateInput: 'updateDocumentationVersionInput',
    paths: ['inferred', 'long form recorded on DocumentationPart, its sibling (patch-surface research 1.1); unrecorded here'],
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [requiredMissing, exists],
};
