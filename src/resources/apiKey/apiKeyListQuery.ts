/**
 * Which API keys GetApiKeys keeps for its query: nameQuery (the query parameter `name` on the wire) is a case-sensitive prefix of the key's name
 * (a suffix or an infix matches nothing), customerId the key's customerId exactly.
 */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceValue } from '../declaration.js';

export const apiKeyNameQuery = defineRule(
  'api-key.list.name-query',
  "GetApiKeys' nameQuery keeps the keys whose name starts with it, case-sensitively",
  'aws-recorded',
  'LocalStack TestApigatewayApiKeysCrud::test_get_api_keys (get-api-keys-prefix-name-query, -prefix-name-query-cased, -postfix-name-query, -infix-name-query, -name-query, -wrong-name-query)',
);

export const apiKeyCustomerQuery = defineRule(
  'api-key.list.customer-id',
  "GetApiKeys' customerId keeps the keys with that customerId",
  'inferred',
  'the API reference lists customerId as a GetApiKeys query parameter without saying how it matches; an identifier matches exactly',
);

export function apiKeyListKeeps(value: ResourceValue, query: Readonly<Record<string, string>>): boolean {
  if (query.name !== undefined && !String(value.name ?? '').startsWith(query.name)) return false;
  if (query.customerId !== undefined && value.customerId !== query.customerId) return false;
  return true;
}
