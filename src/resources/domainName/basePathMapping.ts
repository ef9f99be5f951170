/**
 * BasePathMapping: CreateBasePathMapping, GetBasePathMapping, UpdateBasePathMapping,
 * DeleteBasePathMapping, below a custom DomainName. The empty base path is addressed as `(none)`
 * (service model, aws/aws-sdk-php#1677). Nothing is recorded against AWS: the API reference, the CLI
 * example, Terraform's paths and AWS errors users quoted.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const doc = (what: string) => ['aws-doc', what] as const;
const inferred = (why: string) => ['inferred', why] as const;

/** How AWS names the empty base path, in URIs and answers. */
export const emptyBasePath = '(none)';

const members: readonly MemberDeclaration[] = [
  { name: 'basePath', kind: 'string' },
  { name: 'restApiId', kind: 'string' },
  { name: 'stage', kind: 'string', examples: ['prod'] },
];

const requiredMissing = errorRule(
  'base-path-mapping.required',
  'CreateBasePathMapping without restApiId: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createBasePathMappingInput.${member}`, null, mustNotBeNull)]),
  inferred("the API reference marks restApiId required; Coral's required-member text as recorded for putIntegrationInput.type"),
);
const onlyOneWhenEmpty = errorRule(
  'base-path-mapping.empty-is-alone',
  'a domain whose mapping has the empty base path has no other mapping, and the empty one is refused while others exist: 409',
  'ConflictException',
  () => 'Only one base path mapping is allowed if the base path is empty.',
  ['user-quote', 'amplify-education/serverless-domain-manager (AWS error quoted in issues; patch-surface research 2.16)'],
);
const exists = errorRule(
  'base-path-mapping.exists',
  'a base path the domain already maps: 409',
  'ConflictException',
  () => 'Base path already exists for this domain name',
  ['user-quote', 'AWS error quoted in serverless-domain-manager issues (patch-surface research 2.16)'],
);

const created = defineRule(
  'base-path-mapping.create',
  'CreateBasePathMapping answers 201 with basePath ("(none)" when empty or absent), restApiId and the stage when sent',
  ...doc('API reference, CreateBasePathMapping and BasePathMapping.basePath ("(none)" for the empty base path)'),
);

const text = (id: string, summary: string, sourced: readonly ['aws-doc' | 'inferred' | 'aws-e2e', string], inside: readonly string[], empty: unknown): DeclaredValue => ({
  rule: defineRule(id, summary, ...sourced),
  inside,
  edges: [''],
  read: (raw) => ({ ok: true, value: raw === undefined || raw === '' ? empty : raw }),
});

const row = (pattern: string, member: string, value: DeclaredValue, sourced: readonly ['aws-doc' | 'aws-e2e', string]): DeclaredRow => ({
  rule: defineRule(`base-path-mapping.path:${pattern}`, `${pattern}: replace`, ...sourced),
  pattern,
  ops: ['replace'],
  target: { kind: 'member', member },
  value,
});

// The doc spells `/basepath`; the CLI example (with its output) and Terraform send `/basePath`.
const rows: readonly DeclaredRow[] = [
  row('/basePath', 'basePath', text('base-path-mapping.value.base-path', 'the new base path; "" is the empty one, "(none)"', inferred('as the create names the empty base path'), ['v1', 'v2'], emptyBasePath), doc('AWS CLI example update-base-path-mapping (replace /basePath, answered with the new basePath); API reference, Patch Operations: UpdateBasePathMapping')),
  row('/restapiId', 'restApiId', text('base-path-mapping.value.rest-api-id', 'the id of the API to map', inferred('stored as sent; whether AWS looks the API up is unrecorded'), ['a1b2c3d4e5'], undefined), doc('API reference, Patch Operations: UpdateBasePathMapping /restapiId (replace)')),
  row('/stage', 'stage', text('base-path-mapping.value.stage', 'the stage of the API to map; "" maps the API without a stage', inferred('an optional member: "" or no value removes it'), ['prod', 'dev'], undefined), ['aws-e2e', 'Terraform base_path_mapping.go sends replace /stage; API reference, Patch Operations: UpdateBasePathMapping']),
];

export const basePathMapping: ResourceDeclaration = {
  name: 'BasePathMapping',
  uri: '/domainnames/{domainName}/basepathmappings/{basePath}',
  key: 'basePath',
  parent: 'DomainName',
  realAccountOptIn: 'it needs a custom domain name, so a domain the user owns and an issued ACM certificate for it',
  keyExamples: ['v1', emptyBasePath],
  members,
  lifecycle: {
    put: {
      operation: 'CreateBasePathMapping',
      status: 201,
      verb: 'post',
      idMember: 'basePath',
      shape: { struct: { basePath: 'string', restApiId: 'string', stage: 'string' } },
      required: { restApiId: ['a1b2c3d4e5'] },
      requiredMissing,
      minimal: { restApiId: 'a1b2c3d4e5' },
      exists,
      build: (b, ctx) => {
        const basePath = b.basePath === undefined || b.basePath === '' ? emptyBasePath : String(b.basePath);
        const siblings = ctx.world.instances('BasePathMapping').filter((i) => i.params.domainName === ctx.params.domainName && i.value.basePath !== basePath);
        if (siblings.length > 0 && (basePath === emptyBasePath || siblings.some((s) => s.value.basePath === emptyBasePath))) return reject(onlyOneWhenEmpty);
        return { value: { basePath, restApiId: b.restApiId, ...(b.stage !== undefined ? { stage: b.stage } : {}) }, rules: [created] };
      },
    },
    get: { operation: 'GetBasePathMapping', status: 200 },
    list: { operation: 'GetBasePathMappings', status: 200 },
    update: { operation: 'UpdateBasePathMapping', status: 200 },
    delete: { operation: 'DeleteBasePathMapping', status: 202 },
    answers: {
      put: created,
      get: defineRule('base-path-mapping.get', 'GetBasePathMapping answers 200 with the mapping', ...doc('API reference, GetBasePathMapping')),
      update: defineRule('base-path-mapping.update', 'UpdateBasePathMapping answers 200 with the whole mapping', ...doc('AWS CLI example update-base-path-mapping')),
      delete: defineRule('base-path-mapping.delete', 'DeleteBasePathMapping answers 202', ...doc('API reference, DeleteBasePathMapping (HTTP/1.1 202)')),
    },
    missing: notFoundRule('base-path-mapping.missing', 'the domain has no mapping at this base path', 'Invalid base path mapping identifier specified', ['user-quote', 'amplify-education/serverless-domain-manager#613']),
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'base-path-mapping',
    updateInput: 'updateBasePathMappingInput',
    paths: inferred('long form: recorded on ApiKey and quoted for UsagePlan and Usage, the other account-level resources (patch-surface research 1.1)'),
    opEnum: inferred('format recorded on UpdateMethodResponse; the input name follows the operation'),
    ordered: inferred('the API reference applies operations in list order; all-or-nothing as on the other resources'),
  }),
  rules: [requiredMissing, onlyOneWhenEmpty, exists],
};
