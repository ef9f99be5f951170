/** Which keys GetUsagePlanKeys keeps for its nameQuery (sent as the query parameter `name`): those whose name starts with it, case-sensitively. */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceValue } from '../declaration.js';

export const usagePlanKeyNameQuery = defineRule(
  'usage-plan-key.list.name-query',
  "GetUsagePlanKeys' nameQuery keeps the keys whose name starts with it, case-sensitively",
  'aws-recorded',
  'LocalStack TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys (get-up-keys-name-query "test-key" keeps both, -name-query-cased "TEST-key" none, -name-query-key-name one, -bad-query none)',
);

export function usagePlanKeyListKeeps(value: ResourceValue, query: Readonly<Record<string, string>>): boolean {
  return query.name === undefined || String(value.name ?? '').startsWith(query.name);
}
