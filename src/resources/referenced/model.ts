/** Model: CreateModel, GetModel, DeleteModel (recorded in LocalStack test_apigateway_api.py#TestApiGatewayApiModels). */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { clearableText } from '../declaredValues.js';
import { bodyShape } from '../memberShape.js';
import { badRequestRule, errorRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiModels (${key})`] as const;

const referenced = errorRule(
  'model.delete-referenced',
  'DeleteModel of a model a method request uses: 409 naming one such method (the one put last) by its resource path and verb',
  'ConflictException',
  (name: string, method: string) => `Cannot delete model '${name}', is referenced in method request: ${method}`,
  rec('TestApiGatewayApiMethod::test_put_method_model: delete-model-used (//ANY), delete-model-used-by-2-method (/test/ANY)'),
);
const emptyName = badRequestRule('model.name-required', 'a model name must be non-empty', () => 'Model name must be non-empty', rec('create-model-empty-name'));
const emptySchema = badRequestRule('model.schema-properties', 'a model schema must define at least one property or array items', () => 'Model schema must have at least 1 property or array items defined', rec('create-model-empty-schema, create-model-no-schema-json, create-model-no-schema-xml'));

/** A JSON schema that defines something: an object with `properties` or `items` (or any other keyword but title/type). */
function definesSomething(schema: unknown): boolean {
  if (typeof schema !== 'string') return false;
  try {
    const s = JSON.parse(schema) as unknown;
    return typeof s === 'object' && s !== null && Object.keys(s).some((k) => !['$schema', 'title', 'description'].includes(k));
  } catch {
    return false;
  }
}

const schemaValue: DeclaredValue = {
  rule: defineRule('model.value.schema', 'the schema, stored as the string sent; it must define a property or array items', ...rec('test_update_model: update-model, update-model-empty-schema')),
  inside: ['{"title": "Updated schema", "type": "object"}', '{"type": "array", "items": {"type": "string"}}'],
  edges: ['', '{}', 'not json'],
  read: (raw) => (definesSomething(raw) ? { ok: true, value: raw } : { ok: false, ...reject(emptySchema) }),
};
const row = (pattern: string, member: string, value: DeclaredValue): DeclaredRow => ({
  rule: defineRule(`model.path:${pattern}`, `${pattern}: replace`, ...rec('test_update_model: update-model, update-model-invalid-path (the list [/description, /schema])')),
  pattern,
  ops: ['replace'],
  target: { kind: 'member', member },
  value,
});
const rows: readonly DeclaredRow[] = [
  row('/description', 'description', clearableText('model.value.description', ['aws-recorded', 'LocalStack test_apigateway_api.py#TestApiGatewayApiModels::test_update_model (update-model: replace /description "" leaves no description)'], ['Calc output model'])),
  row('/schema', 'schema', schemaValue),
];

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'name', kind: 'string' },
  { name: 'description', kind: 'string' },
  { name: 'schema', kind: 'string' },
  { name: 'contentType', kind: 'string' },
];

export const model: ResourceDeclaration = {
  name: 'Model',
  uri: '/restapis/{restApiId}/models/{modelName}',
  key: 'modelName',
  members,
  lifecycle: {
    put: {
      operation: 'CreateModel',
      status: 201,
      verb: 'post',
      idMember: 'name',
      shape: bodyShape(members, ['id']),
      required: { name: ['ConformanceModel'], contentType: ['application/json'] },
      requiredMissing: errorRule('model.content-type-required', 'CreateModel without contentType: model validation', 'ValidationException', (member: string) => validationText([violation(`createModelInput.${member}`, null, mustNotBeNull)]), ['inferred', "the API reference marks contentType required; Coral's required-member text as recorded for putIntegrationInput.type"]),
      build: (b) => {
        if (typeof b.name !== 'string' || b.name === '') return reject(emptyName);
        if (!definesSomething(b.schema)) return reject(emptySchema);
        const value: ResourceValue = { name: b.name, ...(b.description ? { description: b.description } : {}), schema: b.schema, contentType: b.contentType };
        return { value, rules: [] };
      },
      exists: errorRule('model.exists', 'CreateModel with a name the API already has: 409', 'ConflictException', () => 'Model name already exists for this REST API', rec('create-model-already-exists')),
    },
    get: { operation: 'GetModel', status: 200 },
    list: { operation: 'GetModels', status: 200 },
    update: { operation: 'UpdateModel', status: 200 },
    delete: {
      operation: 'DeleteModel',
      status: 202,
      refused: (value, ctx) => {
        // One method is named: the one put last, as recorded with two users (LocalStack marks the choice unstable).
        const user = ctx.world.instances('Method').filter((m) => Object.values((m.value.requestModels ?? {}) as Record<string, string>).includes(String(value.name))).at(-1);
        return user ? reject(referenced, String(value.name), `${ctx.world.resourcePath(user.params.resourceId ?? '') ?? ''}/${user.params.httpMethod}`) : null;
      },
    },
    answers: {
      put: defineRule('model.create', 'CreateModel answers 201 with id, name, the schema as a string, contentType and description when not empty', ...rec('create-model')),
      get: defineRule('model.get', 'GetModel answers 200 with the model', ...rec('get-model')),
      update: defineRule('model.update', 'UpdateModel answers 200 with the whole model', ...rec('test_update_model: update-model')),
      delete: defineRule('model.delete', 'DeleteModel answers 202 and the model is gone', ...rec('del-model (202, no body); test_model_validation del-model-wrong-id after it')),
    },
    missing: errorRule('model.missing', 'the API has no model by this name', 'NotFoundException', (name: string) => `Invalid model name specified: ${name}`, ['inferred', 'the text recorded for an unknown API (get-model-wrong-id, del-model-wrong-id); a missing model in a known API is assumed to say the same']),
  },
  apiMissing: {
    put: errorRule('model.create-api-missing', 'CreateModel on an unknown API: 404 naming the account and the API id as sent', 'NotFoundException', (_name: string, restApiId: string, accountId: string) => `Invalid API identifier specified ${accountId}:${restApiId}`, rec('create-model-wrong-id')),
    get: errorRule('model.get-api-missing', 'GetModel and DeleteModel on an unknown API name the model', 'NotFoundException', (name: string) => `Invalid model name specified: ${name}`, rec('get-model-wrong-id, del-model-wrong-id')),
    update: errorRule('model.update-api-missing', 'UpdateModel on an unknown API names the model', 'NotFoundException', (name: string) => `Invalid model name specified: ${name}`, rec('test_update_model: update-model-wrong-id')),
    delete: errorRule('model.delete-api-missing', 'GetModel and DeleteModel on an unknown API name the model', 'NotFoundException', (name: string) => `Invalid model name specified: ${name}`, rec('del-model-wrong-id')),
  },
  defaultInstances: [
    { name: 'Empty', contentType: 'application/json', description: 'This is a default empty schema model', schema: '{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "title" : "Empty Schema",\n  "type" : "object"\n}' },
    { name: 'Error', contentType: 'application/json', description: 'This is a default error schema model', schema: '{\n  "$schema" : "http://json-schema.org/draft-04/schema#",\n  "title" : "Error Schema",\n  "type" : "object",\n  "properties" : {\n    "message" : { "type" : "string" }\n  }\n}' },
  ],
  keyExamples: ['ConformanceModel', 'ConformanceModelTwo'],
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'model',
    updateInput: 'updateModelInput',
    paths: rec('test_update_model: update-model-invalid-op, update-model-invalid-path'),
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [emptyName, emptySchema, referenced],
};
