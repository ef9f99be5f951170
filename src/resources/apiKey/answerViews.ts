/**
 * What an update answers of an account-level resource, where it is not the stored resource as the
 * create answered it (patch-surface research 1.5, AWS-recorded): UpdateApiKey never shows the key's
 * `value`, and the updates of API keys and usage plans show `tags: {}` when none were set, although the
 * create answer has no `tags` key; GetApiKey shows the value only when asked with includeValue=true.
 */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceDeclaration, ResourceValue } from '../declaration.js';

export const updateShowsTags = defineRule(
  'account-resource.update-shows-tags',
  'UpdateApiKey, UpdateUsagePlan and GetUsagePlan answer tags: {} when the resource has no tags',
  'aws-recorded',
  'LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud (update-api-key-name, update-api-key-invalid-enabled-type), test_apigateway_common.py#TestUsagePlans (update-usage-plan, get-usage-plan)',
);

export const updateHidesKeyValue = defineRule(
  'api-key.update-hides-value',
  "UpdateApiKey's answer omits the key's value, GetApiKey's and GetApiKeys' too unless asked with includeValue(s)=true (the create shows it)",
  'aws-recorded',
  'LocalStack TestApigatewayApiKeysCrud (update-api-key-name has no value) and TestUsagePlans::test_api_key_required_for_methods (update-api-key-disabled)',
);

/** Tags shown as {} when there are none. */
const withTags = (v: ResourceValue): ResourceValue => ({ ...v, tags: v.tags ?? {} });

/**
 * What each call shows of an API key: the create its value, a get only with includeValue=true, an
 * update never (and tags, {} when none).
 */
export const apiKeyAnswerView: NonNullable<ResourceDeclaration['answerView']> = {
  rule: updateHidesKeyValue,
  apply: (v, call, ctx) => {
    if (call === 'put') return v;
    const { value: _secret, ...rest } = v;
    if (call === 'update') return withTags(rest);
    // GetApiKey asks with includeValue, GetApiKeys with includeValues.
    return ctx.query?.includeValue === 'true' || ctx.query?.includeValues === 'true' ? v : rest;
  },
};

/** A usage plan's get and update show tags, {} when none; its create and GetUsagePlans' items only those it has (recorded: get-usage-plans). */
export const usagePlanAnswerView: NonNullable<ResourceDeclaration['answerView']> = {
  rule: updateShowsTags,
  apply: (v, call) => (call === 'put' || call === 'list' ? v : withTags(v)),
};
