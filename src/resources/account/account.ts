/**
 * Account: GetAccount and UpdateAccount on `/account`, the region's API Gateway settings. A singleton:
 * it always exists (its default instance) and has no create or delete (its lifecycle's put and delete
 * name no AWS operation and are never served or sent). Cases read it first and put it back after.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { PatchOp } from '../../rules/patchOperations.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const doc = (what: string) => ['aws-doc', what] as const;
const inferred = (why: string) => ['inferred', why] as const;

const members: readonly MemberDeclaration[] = [
  { name: 'cloudwatchRoleArn', kind: 'string' },
  { name: 'throttleSettings', kind: 'struct', fields: { burstLimit: 'integer', rateLimit: 'double' } },
  { name: 'features', kind: 'stringList' },
  { name: 'apiKeyVersion', kind: 'string' },
];

/** What a region's account shows before anyone changes it: the default quotas, usage plans on. */
const defaultAccount = defineRule(
  'account.default',
  'GetAccount on an untouched region: throttleSettings burstLimit 5000 and rateLimit 10000.0 (the account quotas), features ["UsagePlans"], apiKeyVersion "4", no cloudwatchRoleArn',
  ...inferred('quotas from the developer guide (10,000 requests/s, burst 5,000); the other members as accounts created after usage plans report them'),
);

const malformedRole = badRequestRule('account.role-arn-well-formed', 'a cloudwatchRoleArn that is not an ARN ("" included): 400', () => 'The role ARN is not well formed', ['user-quote', 'Terraform account.go retries on this AWS text (empty ARN) (patch-surface research 2.15)']);
const usagePlansStay = badRequestRule(
  'account.usage-plans-stay',
  'remove /features UsagePlans: refused, usage plans cannot be turned off',
  () => 'Usage Plans cannot be disabled once enabled',
  inferred('the API reference says remove is "not for the UsagePlans feature" (Patch Operations: UpdateAccount /features); the status and wording are guessed'),
  true,
);

const roleValue: DeclaredValue = {
  rule: defineRule('account.value.role-arn', 'an IAM role ARN API Gateway can assume to write CloudWatch Logs', ...doc('API reference, Account.cloudwatchRoleArn; AWS CLI example update-account')),
  inside: ['arn:aws:iam::123456789012:role/APIGatewayToCloudWatchLogs'],
  edges: ['', 'not-an-arn'],
  // AWS also checks the role's trust and permissions (user-quoted texts); the mock has no IAM to ask.
  read: (raw) => (raw !== undefined && /^arn:[^:]+:iam::\d{12}:role\/.+$/.test(raw) ? { ok: true, value: raw } : { ok: false, ...reject(malformedRole) }),
};
const featureValue: DeclaredValue = {
  rule: defineRule('account.value.feature', 'a feature name (UsagePlans is the one the reference names)', ...doc('API reference, Account.features')),
  inside: ['UsagePlans'],
  edges: [''],
  read: (raw) => ({ ok: true, value: raw ?? '' }),
};

const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('account.path:/cloudwatchRoleArn', '/cloudwatchRoleArn: replace', ...doc('API reference, Patch Operations: UpdateAccount /cloudwatchRoleArn (replace); AWS CLI example update-account')),
    pattern: '/cloudwatchRoleArn',
    ops: ['replace'],
    target: { kind: 'member', member: 'cloudwatchRoleArn' },
    value: roleValue,
  },
  {
    rule: defineRule('account.path:/features', '/features: add or remove one feature by value; UsagePlans is never removed', ...doc('API reference, Patch Operations: UpdateAccount /features (add, remove; remove not for UsagePlans)')),
    pattern: '/features',
    ops: ['add', 'remove'],
    target: {
      kind: 'custom',
      member: 'features',
      apply(draft, op) {
        if (op.op === 'remove' && op.value === 'UsagePlans') return reject(usagePlansStay);
        const list = (draft.features ?? []) as string[];
        const next = op.op === 'remove' ? list.filter((f) => f !== op.value) : list.includes(op.value ?? '') ? list : [...list, op.value ?? ''];
        draft.features = next;
        return null;
      },
    },
    value: featureValue,
  },
];

/**
 * The patch that puts the settings back as they were read: the role (when there was one: a role can be
 * replaced, not removed) and the features added or removed since.
 */
function restore(before: ResourceValue, after: ResourceValue): Array<{ op: PatchOp; path: string; value?: string }> {
  const ops: Array<{ op: PatchOp; path: string; value?: string }> = [];
  if (typeof before.cloudwatchRoleArn === 'string' && before.cloudwatchRoleArn !== after.cloudwatchRoleArn) ops.push({ op: 'replace', path: '/cloudwatchRoleArn', value: before.cloudwatchRoleArn });
  // A target's answer may hold anything: only a list of names is read.
  const names = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const had = names(before.features);
  const has = names(after.features);
  for (const f of has.filter((x) => !had.includes(x))) ops.push({ op: 'remove', path: '/features', value: f });
  for (const f of had.filter((x) => !has.includes(x))) ops.push({ op: 'add', path: '/features', value: f });
  return ops;
}

const noSuchCall = errorRule('account.no-create-or-delete', 'the account is neither created nor deleted: no such operation', 'NotFoundException', () => 'The account has no create or delete', inferred('placeholder: the declaration type requires a put and a delete'), true);

export const account: ResourceDeclaration = {
  name: 'Account',
  uri: '/account',
  key: 'account',
  realAccountOptIn: "it changes the region's API Gateway settings for every API of the account (the CloudWatch role, features); cases read them first and put them back after",
  members,
  singleton: { restore },
  defaultFor: () => ({ throttleSettings: { burstLimit: 5000, rateLimit: 10000.0 }, features: ['UsagePlans'], apiKeyVersion: '4' }),
  lifecycle: {
    // Not AWS operations (a singleton: never served or sent); they refuse everything.
    put: { operation: 'PutAccount (none)', status: 404, verb: 'put', shape: { struct: {} }, build: () => reject(noSuchCall) },
    get: { operation: 'GetAccount', status: 200 },
    update: { operation: 'UpdateAccount', status: 200 },
    delete: { operation: 'DeleteAccount (none)', status: 404, refused: () => reject(noSuchCall) },
    answers: {
      put: noSuchCall,
      get: defineRule('account.get', 'GetAccount answers 200 with the settings', ...doc('API reference, GetAccount; AWS CLI example get-account')),
      update: defineRule('account.update', 'UpdateAccount answers 200 with the whole account', ...doc('API reference, UpdateAccount; AWS CLI example update-account')),
      delete: noSuchCall,
      default: defaultAccount,
    },
    missing: notFoundRule('account.missing', 'never: the account always exists', 'Invalid account specified', inferred('unreachable: defaultFor answers every read')),
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'account',
    updateInput: 'updateAccountInput',
    paths: inferred('long form: recorded on ApiKey and quoted for UsagePlan and Usage, the other account-level resources (patch-surface research 1.1)'),
    opEnum: inferred('format recorded on UpdateMethodResponse; the input name follows the operation'),
    ordered: inferred('the API reference applies operations in list order; all-or-nothing as on the other resources'),
  }),
  rules: [defaultAccount, malformedRole, usagePlansStay],
};
