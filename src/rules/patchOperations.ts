/** Rules every UpdateIntegration request passes before any path is looked at. */
import { defineErrorRule, defineRule } from './defineRule.js';
import { opEnumRule, patchOpEnum } from './modelValidation.js';
import type { WireShape } from './wireTypes.js';

export { patchOpEnum };
export type PatchOp = (typeof patchOpEnum)[number];

/** The body of every update call: `{ patchOperations: [{ op, path, value, from }] }`, every field a string. */
export const patchBodyShape: WireShape = {
  struct: { patchOperations: { list: { struct: { op: 'string', path: 'string', value: 'string', from: 'string' } } } },
};

export const opOutsideEnum = opEnumRule('patch.op-enum', 'updateIntegrationInput', [
  'inferred',
  'format recorded on UpdateMethodResponse (LocalStack test_update_method_response_wrong_operations snapshot); the updateIntegrationInput prefix follows the recorded putIntegrationInput',
]);

export const unknownPatchPath = defineErrorRule(
  { id: 'patch.unknown-path', summary: 'a path outside the table (unescaped `/` in a key, whole maps, empty or trailing segments, bad escapes): 400', exception: 'BadRequestException', message: (path: string | undefined) => `Invalid patch path ${path ?? 'null'}` },
  'inferred',
  "UpdateMethod's recorded short form (Integration is in the Method family); the long form of other resources is possible",
);

export const unsupportedPatchOp = defineErrorRule(
  {
    id: 'patch.unsupported-op',
    summary: 'a known path with an op its row does not allow: 400 listing the allowed ops in enum order',
    exception: 'BadRequestException',
    message: (allowed: readonly string[]) => `Invalid patch operation specified. Must be one of: [${allowed.join(', ')}]`,
  },
  'inferred',
  "UpdateMethod's recorded text `Must be one of: [replace]`; the list for map paths follows AWS's enum order",
);

export const opsInOrder = defineRule(
  'patch.ordered-all-or-nothing',
  'operations apply in list order on a draft; any error leaves the integration as it was',
  'aws-doc',
  'API reference: "applied to the specified resource and in the order specified in this list"; all-or-nothing is inferred (no recording reads state back after a failure)',
);

export const valueIgnoredOnRemove = defineRule(
  'patch.value-ignored-on-remove',
  'a value on remove is tolerated and ignored; `from` is ignored on add/replace/remove',
  'aws-recorded',
  'LocalStack snapshots for UpdateMethod and UpdateMethodResponse: remove with a value succeeded',
);

export const patchAnswer = defineRule(
  'patch.answer',
  'a successful UpdateIntegration answers 200 with the whole integration',
  'aws-recorded',
  'LocalStack test_apigateway_api.py#TestApigatewayIntegration::test_create_integration_with_vpc_link (UpdateIntegration answered 200 with every member)',
);

export const untouchedMembersKept = defineRule(
  'patch.untouched-members-kept',
  'members no operation of the patch addresses are answered exactly as they were before it',
  'aws-recorded',
  'LocalStack test_apigateway_api.py#TestApigatewayIntegration::test_create_integration_with_vpc_link: replace /connectionId left every other member as put',
);

export const pointerEscapes = defineRule(
  'patch.pointer-escapes',
  'each path segment is an RFC 6901 token: `~1` reads as `/` and `~0` as `~` (in that order, so `~01` is `~1`); any other `~` makes the path unknown',
  'aws-doc',
  'API reference PatchOperation ("~1" escapes "/" in a path, /requestTemplates/application~1json); the decode order and ~0 are RFC 6901, as ACK and Terraform encode them against AWS',
);
