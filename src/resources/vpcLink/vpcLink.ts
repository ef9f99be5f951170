/**
 * VpcLink: CreateVpcLink, GetVpcLink, UpdateVpcLink, DeleteVpcLink (LocalStack
 * test_apigateway_api.py#TestApiGatewayVpcLink, recorded against AWS). An account-level resource. The
 * create answers 202 with status PENDING; AWS then makes the link (minutes, with a real load balancer)
 * and every later read shows it AVAILABLE, with its status message and `tags: {}`.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue, DeclaredContext } from '../declaration.js';
import { clearableText } from '../declaredValues.js';
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayVpcLink (${key})`] as const;

const loadBalancer = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/conformance-nlb/50dc6c495c0c9188';

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string' },
  { name: 'name', kind: 'string' },
  { name: 'description', kind: 'string', examples: ['conformance link'] },
  { name: 'targetArns', kind: 'stringList' },
  { name: 'status', kind: 'string' },
  { name: 'statusMessage', kind: 'string' },
  { name: 'tags', kind: 'stringMap', examples: ['team'] },
];

const emptyName = badRequestRule('vpc-link.name-not-empty', 'a VPC link name must not be empty (checked before the target ARNs)', () => 'Name cannot be empty', rec('create_vpc_link_empty_name: name "" and targetArns []'));
const malformedArn = badRequestRule(
  'vpc-link.target-arn-well-formed',
  'every target ARN must be a well-formed ARN (arn:partition:service:region:account:resource); the text names it',
  (arn: string) => `Invalid ARN. ARN is not well formed ${arn}`,
  rec('create_vpc_link_invalid_target_arn: targetArns ["invalid-arn"]'),
);
const requiredMissing = errorRule(
  'vpc-link.required',
  'CreateVpcLink without name or targetArns: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createVpcLinkInput.${member}`, null, mustNotBeNull)]),
  ['inferred', "the API reference marks name and targetArns required; Coral's required-member text as recorded for putIntegrationInput.type"],
);

const wellFormedArn = (arn: string) => /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(arn);

const created = defineRule('vpc-link.create', 'CreateVpcLink answers 202 with id, name, description, targetArns, tags as sent and status PENDING (no status message, no tags unless sent)', ...rec('create_vpc_link'));
const settled = defineRule(
  'vpc-link.settles-available',
  'after its create the link reads AVAILABLE with statusMessage "Your vpc link is ready for use" and tags {} when none were sent',
  ...rec('get_vpc_link, update_vpc_link (AWS took minutes to get there; the mock at once)'),
);

/** What the create answers of the made link: PENDING, without the status message, tags only where sent. */
const pendingView = {
  rule: created,
  apply: (link: ResourceValue, call: 'put' | 'get' | 'list' | 'update', _ctx: DeclaredContext): ResourceValue => {
    const { statusMessage: _message, tags, ...rest } = link;
    // GetVpcLinks' items carry no empty tags (recorded: get_vpc_links).
    if (call === 'list') return { ...rest, ...(link.statusMessage !== undefined ? { statusMessage: link.statusMessage } : {}), ...(tags !== undefined && Object.keys(tags as object).length > 0 ? { tags } : {}) };
    if (call !== 'put') return link;
    return { ...rest, status: 'PENDING', ...(tags !== undefined && Object.keys(tags as object).length > 0 ? { tags } : {}) };
  },
};

/** The link once AWS has made it: what every read after the create shows. */
export function settledVpcLink(link: ResourceValue): ResourceValue {
  return { ...link, status: 'AVAILABLE', statusMessage: 'Your vpc link is ready for use', tags: link.tags ?? {} };
}

const nameValue: DeclaredValue = {
  rule: defineRule('vpc-link.value.name', 'the name, stored verbatim; never empty', ...rec('update_vpc_link: replace /name')),
  inside: ['conformance-link-updated', 'a name with spaces'],
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(emptyName) } : { ok: true, value: raw }),
};

// The doc table's order, which the CLI example also follows.
const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('vpc-link.path:/name', '/name: replace', ...rec('update_vpc_link, update_vpc_link_invalid_id')),
    pattern: '/name',
    ops: ['replace'],
    target: { kind: 'member', member: 'name' },
    value: nameValue,
  },
  {
    rule: defineRule('vpc-link.path:/description', '/description: replace', 'aws-doc', 'API reference, Patch Operations: UpdateVpcLink /description (replace); AWS CLI example update-vpc-link (description appears after replace)'),
    pattern: '/description',
    ops: ['replace'],
    target: { kind: 'member', member: 'description' },
    value: clearableText('vpc-link.value.description', ['inferred', 'as Model /description (recorded): "" or no value removes it'], ['My custom description']),
  },
];

const missing = notFoundRule('vpc-link.missing', 'the account has no VPC link with this id', 'Invalid Vpc Link identifier specified', rec('get_vpc_link_invalid_id, delete_vpc_link_invalid_id, update_vpc_link_invalid_id'));

export const vpcLink: ResourceDeclaration = {
  answerView: pendingView,
  name: 'VpcLink',
  uri: '/vpclinks/{vpcLinkId}',
  key: 'vpcLinkId',
  realAccountOptIn: 'it needs a network load balancer the user names (billed hourly), and AWS takes minutes to make the link',
  members,
  lifecycle: {
    put: {
      operation: 'CreateVpcLink',
      status: 202,
      verb: 'post',
      shape: { struct: { name: 'string', description: 'string', targetArns: { list: 'string' }, tags: { map: 'string' } } },
      required: { name: ['conformance-link'], targetArns: [[loadBalancer]] },
      requiredMissing,
      minimal: { name: 'conformance-link', targetArns: [loadBalancer] },
      build: (b) => {
        if (b.name === '') return reject(emptyName);
        const bad = ((b.targetArns ?? []) as string[]).find((arn) => !wellFormedArn(arn));
        if (bad !== undefined) return reject(malformedArn, bad);
        const { name, description, targetArns, tags } = b;
        // The link as AWS ends up keeping it (in minutes; at once in the mock): the create's answer shows it PENDING.
        return { value: settledVpcLink({ name, ...(description !== undefined ? { description } : {}), targetArns, ...(tags !== undefined ? { tags } : {}) }), rules: [created, settled] };
      },
    },
    get: { operation: 'GetVpcLink', status: 200 },
    list: { operation: 'GetVpcLinks', status: 200 },
    update: { operation: 'UpdateVpcLink', status: 200 },
    delete: { operation: 'DeleteVpcLink', status: 202 },
    answers: {
      put: created,
      get: defineRule('vpc-link.get', 'GetVpcLink answers 200 with the link', ...rec('get_vpc_link')),
      update: defineRule('vpc-link.update', 'UpdateVpcLink answers 200 with the whole link, tags {} included', ...rec('update_vpc_link')),
      delete: defineRule('vpc-link.delete', 'DeleteVpcLink answers 202', ...rec('delete_vpc_link')),
    },
    missing,
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'vpc-link',
    updateInput: 'updateVpcLinkInput',
    paths: ['inferred', 'long form: recorded on ApiKey and quoted for UsagePlan and Usage, the other account-level resources (patch-surface research 1.1)'],
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['inferred', 'the API reference applies operations in list order; all-or-nothing as on the other resources'],
  }),
  rules: [emptyName, malformedArn, requiredMissing, settled],
};
