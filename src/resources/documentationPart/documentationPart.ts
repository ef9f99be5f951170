/**
 * DocumentationPart: CreateDocumentationPart, GetDocumentationPart, UpdateDocumentationPart,
 * DeleteDocumentationPart (LocalStack test_apigateway_api.py#TestApiGatewayApiDocumentationPart, recorded
 * against AWS). Its only patch path is /properties; it speaks the long error-text form.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { enumConstraint, mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import { bodyShape } from '../memberShape.js';
import { documentationPartListKeeps, documentationPartQuery } from './documentationPartListQuery.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiDocumentationPart (${key})`] as const;

/** AWS's order, as its validation text prints it. */
export const locationTypes = ['RESPONSE_BODY', 'RESPONSE', 'METHOD', 'MODEL', 'AUTHORIZER', 'RESPONSE_HEADER', 'RESOURCE', 'PATH_PARAMETER', 'REQUEST_BODY', 'QUERY_PARAMETER', 'API', 'REQUEST_HEADER'] as const;

const invalidLocationType = errorRule(
  'documentation-part.location-type',
  'location.type is one of the enum: model validation of the create',
  'ValidationException',
  (type: string) => validationText([violation('createDocumentationPartInput.location.type', type, enumConstraint(locationTypes))]),
  rec('create_documentation_part_invalid_location_type'),
);
const missingMember = errorRule(
  'documentation-part.required',
  'CreateDocumentationPart without location or properties: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createDocumentationPartInput.${member}`, null, mustNotBeNull)]),
  ['inferred', "the API reference marks both required; Coral's required-member text as recorded for putIntegrationInput.type"],
);
const emptyProperties = badRequestRule('documentation-part.properties-not-empty', 'properties replaced with nothing or "": 400', () => 'Invalid properties specified', ['inferred', 'a documentation part is its properties; the text is a guess'], true);

const propertiesValue: DeclaredValue = {
  rule: defineRule('documentation-part.value.properties', 'the properties, stored as the JSON string sent', ...rec('update-documentation-part, get-documentation-part-after-update')),
  inside: ['{ "description": "Updated Sample API description" }', '{"summary": "s"}'],
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(emptyProperties) } : { ok: true, value: raw }),
};

const pathless = new Set(['API', 'AUTHORIZER', 'MODEL']);
const pathDefault = defineRule(
  'documentation-part.path-default',
  'a location of a type that lives at a path (not API, AUTHORIZER, MODEL) answers path "/" when none was sent',
  'aws-recorded',
  'LocalStack TestApiGatewayApiDocumentationPart::test_import_documentation_parts (a METHOD part answered with path "/"); API reference DocumentationPartLocation ("The default value is / for the root resource")',
);

const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('documentation-part.path:/properties', '/properties: replace', ...rec('update-documentation-part; update-documentation-part-invalid-path (the list [/properties])')),
    pattern: '/properties',
    ops: ['replace'],
    target: { kind: 'member', member: 'properties' },
    value: propertiesValue,
  },
];

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'location', kind: 'struct', fields: { type: 'string', path: 'string', method: 'string', statusCode: 'string', name: 'string' } },
  { name: 'properties', kind: 'string' },
];

const missing = notFoundRule('documentation-part.missing', 'the API has no documentation part with this id (also for an unknown API on get and update)', 'Invalid Documentation part identifier specified', rec('get-documentation-part-invalid-doc-id, delete_already_deleted_documentation_part'));
const unknownApi = (call: string, key: string) =>
  errorRule(`documentation-part.${call}-api-missing`, `${call} on an unknown API: 404 naming the account and the API id`, 'NotFoundException', (_id: string, restApiId: string, accountId: string) => `Invalid API identifier specified ${accountId}:${restApiId}`, rec(key));

export const documentationPart: ResourceDeclaration = {
  name: 'DocumentationPart',
  uri: '/restapis/{restApiId}/documentation/parts/{documentationPartId}',
  key: 'documentationPartId',
  members,
  lifecycle: {
    put: {
      operation: 'CreateDocumentationPart',
      status: 201,
      verb: 'post',
      shape: bodyShape(members, ['id']),
      required: { location: [{ type: 'API' }, { type: 'RESOURCE', path: '/' }], properties: ['{ "description": "Sample API description" }'] },
      requiredMissing: missingMember,
      // The location's type is model-validated with the rest of the body, before the API is looked up.
      modelValidation: (b) => {
        const type = (b.location as Record<string, unknown> | undefined)?.type;
        if (type === undefined || type === null) return reject(missingMember, 'location.type');
        return (locationTypes as readonly string[]).includes(String(type)) ? null : reject(invalidLocationType, String(type));
      },
      build: (b) => {
        const location = Object.fromEntries(Object.entries((b.location ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined));
        // Types that live at a path answer with path "/" when none was sent.
        if (location.path === undefined && !pathless.has(String(location.type))) location.path = '/';
        return { value: { location, properties: b.properties }, rules: [pathDefault] };
      },
    },
    get: { operation: 'GetDocumentationPart', status: 200 },
    list: { operation: 'GetDocumentationParts', status: 200, keeps: documentationPartListKeeps },
    update: { operation: 'UpdateDocumentationPart', status: 200 },
    delete: { operation: 'DeleteDocumentationPart', status: 202 },
    answers: {
      put: defineRule('documentation-part.create', 'CreateDocumentationPart answers 201 with id, the location (path defaulted) and the properties string', ...rec('create-documentation-part')),
      get: defineRule('documentation-part.get', 'GetDocumentationPart answers 200 with the part', ...rec('get-documentation-part')),
      update: defineRule('documentation-part.update', 'UpdateDocumentationPart answers 200 with the whole part', ...rec('update-documentation-part')),
      delete: defineRule('documentation-part.delete', 'DeleteDocumentationPart answers 202 and the part is gone', 'aws-recorded', 'LocalStack TestApiGatewayApiDocumentationPart (delete_documentation_part, then delete_already_deleted_documentation_part 404); 202 as the other Delete calls (patch-surface research 1.5)'),
    },
    missing,
  },
  apiMissing: {
    put: unknownApi('create', 'create_documentation_part_invalid_api_id, wrong-rest-api-id-create-doc-part'),
    get: missing,
    update: missing,
    delete: unknownApi('delete', 'delete_documentation_part_wrong_api_id'),
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'documentation-part',
    updateInput: 'updateDocumentationPartInput',
    paths: rec('update-documentation-part-invalid-add-operation, update-documentation-part-invalid-path'),
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [invalidLocationType, missingMember, emptyProperties, pathDefault, documentationPartQuery],
};
