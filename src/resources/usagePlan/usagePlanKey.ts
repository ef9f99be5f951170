/**
 * UsagePlanKey: an API key attached to a usage plan. CreateUsagePlanKey (POST /usageplans/{usagePlanId}/keys,
 * body keyId and keyType API_KEY), GetUsagePlanKey, DeleteUsagePlanKey; there is no update. The answer
 * names the key by its id and shows the key's name and value (LocalStack TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys
 * and TestUsagePlans::test_api_key_required_for_methods, recorded against AWS).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { MemberDeclaration, ResourceDeclaration } from '../declaration.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import { apiKeyMissing } from '../apiKey/apiKey.js';
import { usagePlanKeyListKeeps, usagePlanKeyNameQuery } from './usagePlanKeyListQuery.js';

const rec = (key: string) => ['aws-recorded', `LocalStack TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys (${key}); TestUsagePlans::test_api_key_required_for_methods (create-usage-plan-key)`] as const;

const requiredMissing = errorRule('usage-plan-key.required', 'CreateUsagePlanKey without keyId or keyType: model validation', 'ValidationException', (member: string) => validationText([violation(`createUsagePlanKeyInput.${member}`, null, mustNotBeNull)]), ['inferred', "the service model marks both required; Coral's required-member text as recorded for putIntegrationInput.type"]);
const badKeyType = badRequestRule('usage-plan-key.key-type', 'a keyType other than API_KEY: 400', (type: string) => `Invalid key type specified: ${type}`, ['inferred', 'API_KEY is the only key type the API reference names; the text is a guess'], true);
const alreadyAttached = errorRule('usage-plan-key.exists', 'a key already attached to the plan: 409', 'ConflictException', () => 'Usage Plan Key already exists', ['inferred', 'a second attachment of the same key; the status and text are guesses'], true);
const missing = notFoundRule('usage-plan-key.missing', 'the plan has no such key: 404', 'Invalid API Key identifier specified', ['inferred', "the API key's own missing text; unrecorded for usage plan keys"]);

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'name', kind: 'string' },
  { name: 'type', kind: 'string' },
  // The key's secret as the key holds it; the target's answer is taken where the world does not show it.
  { name: 'value', kind: 'string', assigned: 'create' },
];

export const usagePlanKey: ResourceDeclaration = {
  name: 'UsagePlanKey',
  uri: '/usageplans/{usagePlanId}/keys/{keyId}',
  key: 'keyId',
  parent: 'UsagePlan',
  requires: [{ resource: 'ApiKey', into: 'keyId' }],
  members,
  lifecycle: {
    put: {
      operation: 'CreateUsagePlanKey',
      status: 201,
      verb: 'post',
      shape: { struct: { keyId: 'string', keyType: 'string' } },
      // keyId is required too, but it is also the URI's key, which generators never put in a body: checked below.
      required: { keyType: ['API_KEY'] },
      requiredMissing,
      modelValidation: (b) => (b.keyId === undefined || b.keyId === null ? reject(requiredMissing, 'keyId') : null),
      minimal: { keyType: 'API_KEY' },
      exists: alreadyAttached,
      build: (b, ctx) => {
        if (b.keyType !== 'API_KEY') return reject(badKeyType, String(b.keyType));
        const key = ctx.world.instances('ApiKey').find((k) => k.params.apiKey === b.keyId);
        if (!key) return reject(apiKeyMissing);
        const secret = key.value.value;
        return {
          value: { id: b.keyId, ...(typeof key.value.name === 'string' ? { name: key.value.name } : {}), type: 'API_KEY', value: typeof secret === 'string' ? secret : '' },
          rules: [],
        };
      },
    },
    get: { operation: 'GetUsagePlanKey', status: 200 },
    // Newest first (recorded: get-up-keys, get-up-keys-name-query); an unknown plan lists nothing (get-up-keys-bad-usage-plan).
    list: { operation: 'GetUsagePlanKeys', status: 200, keeps: usagePlanKeyListKeeps, newestFirst: true, emptyWhenParentMissing: true },
    delete: { operation: 'DeleteUsagePlanKey', status: 202 },
    answers: {
      put: defineRule('usage-plan-key.create', "CreateUsagePlanKey answers 201 with the key's id, name, type API_KEY and value", ...rec('create-up-key, create-up-key-2')),
      get: defineRule('usage-plan-key.get', 'GetUsagePlanKey answers 200 as the create did', 'inferred', 'GetUsagePlanKeys items are the create answers (AWS-recorded get-up-keys)'),
      delete: defineRule('usage-plan-key.delete', 'DeleteUsagePlanKey answers 202 and the key is detached', 'inferred', 'every Delete of the control plane answers 202 (patch-surface research 1.5)'),
    },
    missing,
  },
  rows: [],
  constraints: [],
  dialect: longFormDialect({
    prefix: 'usage-plan-key',
    updateInput: 'updateUsagePlanKeyInput',
    paths: ['inferred', 'UsagePlanKey has no update'],
    opEnum: ['inferred', 'UsagePlanKey has no update'],
    ordered: ['inferred', 'UsagePlanKey has no update'],
  }),
  rules: [requiredMissing, badKeyType, alreadyAttached, usagePlanKeyNameQuery],
};
