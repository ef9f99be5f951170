/**
 * ApiKey, an account-level resource: CreateApiKey (POST /apikeys), GetApiKey, UpdateApiKey, DeleteApiKey
 * (LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud and test_apigateway_common.py#TestUsagePlans,
 * recorded against AWS). It speaks the long error-text form; its update answer is a view without the value.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { lenientBoolean } from '../declaredValues.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import { apiKeyLimitRules, descriptionTooLong, descriptionMaxLength, descriptionValue, nameMaxLength, nameTooLong, nameValue, valueLengthRefusal } from './apiKeyLimits.js';
import { generatedKeyValue } from './generatedKeyValue.js';
import { apiKeyAnswerView, updateHidesKeyValue, updateShowsTags } from './answerViews.js';
import { keptListRow } from './keptListRow.js';
import { apiKeyCustomerQuery, apiKeyListKeeps, apiKeyNameQuery } from './apiKeyListQuery.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud (${key})`] as const;
const recCommon = (key: string) => ['aws-recorded', `LocalStack test_apigateway_common.py#TestUsagePlans::test_api_key_required_for_methods (${key})`] as const;

export const apiKeyMissing = notFoundRule(
  'api-key.missing',
  'no API key with this id: 404 (get, update, delete; CreateUsagePlanKey with an unknown keyId)',
  'Invalid API Key identifier specified',
  ['user-quote', 'GetApiKey on a key of another region (a project troubleshooting note quoting `aws apigateway get-api-key --include-value`); assumed the same for update and delete'],
);

const duplicateValue = errorRule('api-key.value-unique', 'a value another API key of the account already has: 409', 'ConflictException', () => 'API Key already exists', ['user-quote', 'rrahul963/serverless-add-api-key#27 (CloudFormation, a second key with the same value: 409 ConflictException)']);
const badStageKey = badRequestRule('api-key.stage-key-format', 'a stage key that is not <restApiId>/<stageName>: 400', (key: string | undefined) => `Invalid stage key specified: ${key ?? 'null'}`, ['inferred', 'stage keys are <restApiId>/<stageName> (AWS CLI get-api-key example output); the text is a guess'], true);

const unknownStageKey = badRequestRule('api-key.stage-key-exists', 'a stage key naming a stage that does not exist: 400', (key: string | undefined) => `Invalid stage key specified: ${key ?? 'null'}`, ['inferred', "a stage key names a deployed stage (the API reference's StageKey); the answer for one that is not there is a guess"], true);

const enabledDefault = defineRule('api-key.enabled-default', 'a key created without enabled is disabled (enabled: false); stageKeys is always answered, [] when none', ...rec('create-api-key, create-api-key-no-name'));
const valueGenerated = defineRule('api-key.value-generated', 'without a value (or with ""), the key gets a generated 40-character value', 'aws-recorded', 'LocalStack TestApigatewayApiKeysCrud (create-api-key-empty-value, create-api-key-no-name answer a value); its length (40) is inferred');
const emptyNameDropped = defineRule('api-key.empty-name-dropped', 'a create with name "" is taken and answered without a name', ...rec('create-api-key-empty-name'));

const stageKeyValue: DeclaredValue = {
  rule: defineRule('api-key.value.stage-key', 'a stage key <restApiId>/<stageName>, added once and removed by value', 'aws-doc', 'API reference patch-operations table (UpdateApiKey /stages add, remove); AWS CLI example stageKeys ["41t2j324r5/dev"]'),
  inside: ['a1b2c3d4e5/dev', 'a1b2c3d4e5/prod'],
  edges: ['dev', '/dev', 'a1b2c3d4e5/', ''],
  read: (raw, ctx) => {
    if (raw === undefined || !/^[^/]+\/[^/]+$/.test(raw)) return { ok: false, ...reject(badStageKey, raw) };
    const [restApiId, stageName] = raw.split('/');
    // The stage must exist, as a usage plan's API stages must.
    if (!ctx.world.instances('Stage').some((i) => i.params.restApiId === restApiId && i.params.stageName === stageName)) return { ok: false, ...reject(unknownStageKey, raw) };
    return { ok: true, value: raw };
  },
};
const customerIdValue: DeclaredValue = {
  rule: defineRule('api-key.value.customer-id', 'the AWS Marketplace customer id, stored verbatim; "" or none removes it', 'inferred', 'the patch-operations table lists replace /customerId and the recorded path list names it; clearing with "" as the other optional texts'),
  inside: ['customer-1', ''],
  edges: [' '],
  read: (raw) => ({ ok: true, value: raw === undefined || raw === '' ? undefined : raw }),
};
const enabledValue = lenientBoolean('api-key.value.enabled', ['aws-recorded', 'LocalStack TestUsagePlans (update-api-key-disabled: "false"), TestApigatewayApiKeysCrud (update-api-key-invalid-enabled-type: "not-a-boolean" taken, the key disabled; false rather than unchanged is as UpdateMethod /apiKeyRequired)']);

const path = (pattern: string, summary: string, sourced: readonly ['aws-recorded' | 'aws-doc' | 'inferred', string]) => defineRule(`api-key.path:${pattern}`, summary, ...sourced);
// AWS's order for replace, as its text lists them: [/description, /enabled, /name, /customerId].
const rows: readonly DeclaredRow[] = [
  { rule: path('/description', '/description: replace', rec('update-api-key-description-too-long; update-api-key-immutable-field (the list)')), pattern: '/description', ops: ['replace'], target: { kind: 'member', member: 'description' }, value: descriptionValue },
  { rule: path('/enabled', '/enabled: replace', recCommon('update-api-key-disabled')), pattern: '/enabled', ops: ['replace'], target: { kind: 'member', member: 'enabled' }, value: enabledValue },
  { rule: path('/name', '/name: replace', rec('update-api-key-name')), pattern: '/name', ops: ['replace'], target: { kind: 'member', member: 'name' }, value: nameValue },
  { rule: path('/customerId', '/customerId: replace', rec('update-api-key-immutable-field (the list names it)')), pattern: '/customerId', ops: ['replace'], target: { kind: 'member', member: 'customerId' }, value: customerIdValue },
  keptListRow({ rule: path('/stages', '/stages: add and remove a stage key by value', ['aws-doc', 'API reference patch-operations table (UpdateApiKey); its place in the path lists is inferred']), pattern: '/stages', ops: ['add', 'remove'], member: 'stageKeys', value: stageKeyValue }),
];

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string', assigned: 'create' },
  { name: 'value', kind: 'string', assigned: 'create' },
  { name: 'name', kind: 'string', examples: ['test-key', 'a key'] },
  { name: 'customerId', kind: 'string', examples: ['customer-1'] },
  { name: 'description', kind: 'string', examples: ['a description'] },
  { name: 'enabled', kind: 'boolean' },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
  { name: 'lastUpdatedDate', kind: 'timestamp', assigned: 'update' },
  { name: 'stageKeys', kind: 'stringList' },
  { name: 'tags', kind: 'stringMap' },
];

/** CreateApiKey's answer: what was sent, the defaults, a generated value where none was sent. */
function built(b: Record<string, unknown>, ctx: Parameters<NonNullable<ResourceDeclaration['lifecycle']['put']['build']>>[1]) {
  const name = typeof b.name === 'string' ? b.name : undefined;
  if (name !== undefined && name.length > nameMaxLength) return reject(nameTooLong);
  const sent = typeof b.value === 'string' ? b.value : '';
  const short = valueLengthRefusal(sent);
  if (short) return short;
  const description = typeof b.description === 'string' ? b.description : undefined;
  if (description !== undefined && description.length > descriptionMaxLength) return reject(descriptionTooLong);
  const held = ctx.world.instances('ApiKey');
  if (sent !== '' && held.some((k) => k.value.value === sent)) return reject(duplicateValue);
  const stageKeys = ((b.stageKeys ?? []) as Array<{ restApiId?: string; stageName?: string }>).map((k) => `${k.restApiId ?? ''}/${k.stageName ?? ''}`);
  const tags = (b.tags ?? {}) as Record<string, string>;
  const now = ctx.now?.() ?? 0;
  const value: ResourceValue = {
    value: sent === '' ? generatedKeyValue(`${now}:${name ?? ''}:${held.length}`, new Set(held.map((k) => String(k.value.value)))) : sent,
    ...(name ? { name } : {}),
    ...(typeof b.customerId === 'string' && b.customerId !== '' ? { customerId: b.customerId } : {}),
    ...(description ? { description } : {}),
    enabled: b.enabled === true,
    createdDate: now,
    lastUpdatedDate: now,
    stageKeys,
    ...(Object.keys(tags).length > 0 ? { tags } : {}),
  };
  return { value, rules: [enabledDefault, valueGenerated, emptyNameDropped] };
}

export const apiKey: ResourceDeclaration = {
  answerView: apiKeyAnswerView,
  name: 'ApiKey',
  uri: '/apikeys/{apiKey}',
  key: 'apiKey',
  members,
  lifecycle: {
    put: {
      operation: 'CreateApiKey',
      status: 201,
      verb: 'post',
      shape: { struct: { name: 'string', description: 'string', enabled: 'boolean', generateDistinctId: 'boolean', value: 'string', stageKeys: { list: { struct: { restApiId: 'string', stageName: 'string' } } }, customerId: 'string', tags: { map: 'string' } } },
      minimal: {},
      build: built,
    },
    get: { operation: 'GetApiKey', status: 200 },
    // Newest first, as both recordings with two keys show (get-api-keys-after-create-2, -prefix-name-query-2).
    list: { operation: 'GetApiKeys', status: 200, keeps: apiKeyListKeeps, newestFirst: true },
    update: { operation: 'UpdateApiKey', status: 200 },
    delete: {
      operation: 'DeleteApiKey',
      status: 202,
      // The key leaves every usage plan it was in (recorded: get-up-keys-after-delete).
      effects: (value, ctx) => ctx.world.instances('UsagePlanKey').filter((i) => i.params.keyId === value.id).map((i) => ({ resource: 'UsagePlanKey', params: i.params })),
    },
    answers: {
      put: defineRule('api-key.create', 'CreateApiKey answers 201 with id, value, name, enabled, dates and stageKeys (tags only when sent)', ...rec('create-api-key, create-api-key-2')),
      get: defineRule('api-key.get', 'GetApiKey answers 200 with the key (its value only with includeValue=true)', 'inferred', 'GetApiKeys items omit the value (recorded); GetApiKey is unrecorded'),
      update: defineRule('api-key.update', 'UpdateApiKey answers 200 with the whole key, without its value, with tags: {}', ...rec('update-api-key-name, update-api-key-invalid-enabled-type')),
      delete: defineRule('api-key.delete', 'DeleteApiKey answers 202 and the key is gone', 'inferred', 'every Delete of the control plane answers 202 (patch-surface research 1.5); the LocalStack fixture deletes keys and expects NotFound after'),
    },
    missing: apiKeyMissing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'api-key',
    updateInput: 'updateApiKeyInput',
    paths: rec('update-api-key-immutable-field'),
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [...apiKeyLimitRules, duplicateValue, badStageKey, enabledDefault, valueGenerated, emptyNameDropped, updateHidesKeyValue, updateShowsTags, unknownStageKey, apiKeyNameQuery, apiKeyCustomerQuery],
};
