/**
 * binaryMediaTypes: a list AWS addresses like a map by its values. `/binaryMediaTypes/{type}` (the type
 * `~1`-escaped) is the only path: `add` appends the type (its value is ignored), `remove` drops it,
 * `replace` drops it and appends the value at the end. `/binaryMediaTypes/-` adds the literal `-`; the
 * bare list path is refused for every op (that is the unknown-path text, from the dialect).
 */
import { defineRule } from '../../rules/defineRule.js';
import type { DeclaredRow, ResourceValue } from '../declaration.js';
import { recordedApi, recordedBinaryResponse } from './restApiEvidence.js';

const rule = defineRule(
  'rest-api.path:/binaryMediaTypes/{type}',
  '/binaryMediaTypes/{type}: add appends the type (value ignored), remove drops it, replace drops it and appends the value; `-` is a type like any other',
  ...recordedApi(
    'test_update_rest_api_operation_add_remove (update-rest-api-add, -replace: [png, jpeg] → [jpeg, gif], -remove), test_update_rest_api_behaviour (update-rest-api-array: add /binaryMediaTypes/- gives ["-"]); wildcards `*~1test`, `application~1*` taken (test_apigateway_lambda.py#test_aws_proxy_binary_response); a type added twice kept once, and removing one that is absent, inferred',
  ),
);

const valueRule = defineRule('rest-api.value.binary-media-type', 'the replacing type, appended at the end; add ignores its value', ...recordedBinaryResponse('add without a value, wildcard types'));

export const binaryMediaTypesRow: DeclaredRow = {
  rule,
  pattern: '/binaryMediaTypes/{key}',
  ops: ['add', 'replace', 'remove'],
  target: {
    kind: 'custom',
    member: 'binaryMediaTypes',
    apply(draft: ResourceValue, o) {
      const type = o.keys[0]!;
      const list = ((draft.binaryMediaTypes as string[] | undefined) ?? []).filter((t) => o.op === 'add' || t !== type);
      if (o.op === 'add' && !list.includes(type)) list.push(type);
      if (o.op === 'replace' && o.value !== undefined && o.value !== '' && !list.includes(o.value)) list.push(o.value);
      draft.binaryMediaTypes = list.length > 0 ? list : undefined;
      return null;
    },
  },
  value: { rule: valueRule, inside: ['image/gif', 'application/octet-stream'], edges: ['', '*/*'], read: (raw) => ({ ok: true, value: raw }) },
};
