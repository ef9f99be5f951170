/**
 * UsagePlan, an account-level resource: CreateUsagePlan (POST /usageplans), GetUsagePlan, UpdateUsagePlan,
 * DeleteUsagePlan (LocalStack test_apigateway_common.py#TestUsagePlans and test_apigateway_extended.py#TestApigatewayApiKeysCrud,
 * recorded against AWS). Every path of the patch-operations table; the long error-text form with AWS's
 * placeholders. On AWS, UpdateUsagePlan is limited to 1 call per 20 s per account (the quota is not modelled here).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { enumConstraint, mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { DeclaredRow, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { clearableText, verbatimText } from '../declaredValues.js';
import { errorRule } from '../declaredErrorRules.js';
import { updateShowsTags, usagePlanAnswerView } from '../apiKey/answerViews.js';
import { apiStageRows } from './apiStageRows.js';
import type { ApiStage } from './apiStageValue.js';
import { limitRows, quotaOffsetDefault } from './limitRows.js';
import { quotaPeriods } from './limitValues.js';
import { usagePlanDialect } from './usagePlanDialect.js';
import { createApiStageInvalid, deleteWithStages, usagePlanErrorRules, usagePlanMissing } from './usagePlanErrors.js';

const crud = (key: string) => ['aws-recorded', `LocalStack test_apigateway_common.py#TestUsagePlans::test_usage_plan_crud (${key})`] as const;
const inferredDoc = (what: string) => ['aws-doc', `API reference patch-operations table (UpdateUsagePlan ${what})`] as const;

const requiredMissing = errorRule('usage-plan.required', 'CreateUsagePlan without a name: model validation', 'ValidationException', (member: string) => validationText([violation(`createUsagePlanInput.${member}`, null, mustNotBeNull)]), ['inferred', "the service model marks name required; Coral's required-member text as recorded for putIntegrationInput.type"]);
const periodEnum = errorRule('usage-plan.create-quota-period', 'a quota period outside DAY, WEEK, MONTH on create: model validation', 'ValidationException', (period: string) => validationText([violation('createUsagePlanInput.quota.period', period, enumConstraint(quotaPeriods))]), ['inferred', 'QuotaPeriodType is an enum in the service model; a bad enum in a Create body is a ValidationException (CreateRestApi, AWS-recorded)']);

const apiStagesAlways = defineRule('usage-plan.api-stages-always', 'the create answers apiStages ([] when none), throttle and quota as sent, no tags key unless tags were sent', 'aws-recorded', 'LocalStack TestApigatewayApiKeysCrud (create-usage-plan, create-usage-plan-burst-gt-rate), TestUsagePlans (create-usage-plan with and without tags)');
const burstOverRate = defineRule('usage-plan.burst-over-rate-taken', 'a burstLimit above the rateLimit is taken', 'aws-recorded', 'LocalStack TestApigatewayApiKeysCrud::test_create_usage_plan_with_throttle (burst 20, rate 10)');

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string', assigned: 'create' },
  { name: 'name', kind: 'string', examples: ['plan', 'a usage plan'] },
  { name: 'description', kind: 'string', examples: ['a description'] },
  { name: 'apiStages', kind: 'shaped', examples: ['a1b2c3d4e5:dev'], shape: { list: { struct: { apiId: 'string', stage: 'string', throttle: { map: { struct: { burstLimit: 'integer', rateLimit: 'double' } } } } } } },
  { name: 'throttle', kind: 'struct', fields: { burstLimit: 'integer', rateLimit: 'double' } },
  { name: 'quota', kind: 'struct', fields: { limit: 'integer', offset: 'integer', period: 'string' } },
  { name: 'productCode', kind: 'string' },
  { name: 'tags', kind: 'stringMap' },
];

const present = (o: unknown): o is Record<string, unknown> => o !== null && typeof o === 'object' && Object.keys(o).length > 0;
const withoutNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

function built(b: Record<string, unknown>) {
  const apiStages: ApiStage[] = [];
  for (const s of (b.apiStages ?? []) as Array<Record<string, unknown> | null>) {
    const apiId = s?.apiId;
    const stage = s?.stage;
    if (typeof apiId !== 'string' || apiId === '' || typeof stage !== 'string' || stage === '') return reject(createApiStageInvalid);
    apiStages.push({ apiId, stage, ...(present(s?.throttle) ? { throttle: s.throttle as ApiStage['throttle'] } : {}) });
  }
  const throttle = present(b.throttle) ? withoutNulls(b.throttle) : undefined;
  const quota = present(b.quota) ? { offset: 0, ...withoutNulls(b.quota) } : undefined;
  const value: ResourceValue = {
    name: b.name,
    ...(typeof b.description === 'string' && b.description !== '' ? { description: b.description } : {}),
    apiStages,
    ...(throttle ? { throttle } : {}),
    ...(quota ? { quota } : {}),
    ...(typeof b.productCode === 'string' && b.productCode !== '' ? { productCode: b.productCode } : {}),
    ...(present(b.tags) ? { tags: b.tags } : {}),
  };
  return { value, rules: [apiStagesAlways, burstOverRate, ...(quota ? [quotaOffsetDefault] : [])] };
}

const rows: readonly DeclaredRow[] = [
  { rule: defineRule('usage-plan.path:/name', '/name: replace', ...inferredDoc('/name replace')), pattern: '/name', ops: ['replace'], target: { kind: 'member', member: 'name' }, value: verbatimText('usage-plan.value.name', ['inferred', 'the name is required on create; a blank one on update is unrecorded'], ['renamed', 'a plan']) },
  { rule: defineRule('usage-plan.path:/description', '/description: replace', ...inferredDoc('/description replace')), pattern: '/description', ops: ['replace'], target: { kind: 'member', member: 'description' }, value: clearableText('usage-plan.value.description', ['inferred', 'cleared by "" as the other resources\' descriptions (RestApi, Model: AWS-recorded)']) },
  { rule: defineRule('usage-plan.path:/productCode', '/productCode: add, replace, remove', ...inferredDoc('/productCode add, replace, remove; Terraform usage_plan.go replaces and removes it')), pattern: '/productCode', ops: ['add', 'replace', 'remove'], target: { kind: 'member', member: 'productCode' }, value: clearableText('usage-plan.value.product-code', ['inferred', 'an AWS Marketplace product code, stored verbatim; whether AWS checks it against Marketplace is unrecorded'], ['prod-abc123']) },
  ...apiStageRows,
  ...limitRows,
];

export const usagePlan: ResourceDeclaration = {
  answerView: usagePlanAnswerView,
  name: 'UsagePlan',
  uri: '/usageplans/{usagePlanId}',
  key: 'usagePlanId',
  members,
  realAccountOptIn: 'UpdateUsagePlan is limited to 1 call per 20 s per account: a real-account run waits between its updates',
  lifecycle: {
    put: {
      operation: 'CreateUsagePlan',
      status: 201,
      verb: 'post',
      shape: { struct: { name: 'string', description: 'string', apiStages: members[3]!.shape!, throttle: { struct: { burstLimit: 'integer', rateLimit: 'double' } }, quota: { struct: { limit: 'integer', offset: 'integer', period: 'string' } }, tags: { map: 'string' } } },
      required: { name: ['plan', 'a usage plan'] },
      requiredMissing,
      modelValidation: (b) => {
        const period = (b.quota as Record<string, unknown> | undefined)?.period;
        return typeof period === 'string' && !(quotaPeriods as readonly string[]).includes(period) ? reject(periodEnum, period) : null;
      },
      minimal: { name: 'plan' },
      build: built,
    },
    get: { operation: 'GetUsagePlan', status: 200 },
    list: { operation: 'GetUsagePlans', status: 200 },
    update: { operation: 'UpdateUsagePlan', status: 200 },
    delete: {
      operation: 'DeleteUsagePlan',
      status: 202,
      // Clean-up detaches every API stage first (Terraform's usage_plan.go does the same before DeleteUsagePlan).
      detach: (value) => (Array.isArray(value.apiStages) ? (value.apiStages as ApiStage[]) : []).map((s) => ({ op: 'remove' as const, path: '/apiStages', value: `${s.apiId}:${s.stage}` })),
      refused: (value) => {
        const first = ((value.apiStages ?? []) as ApiStage[])[0];
        return first ? reject(deleteWithStages, String(value.id), `${first.apiId}:${first.stage}`) : null;
      },
    },
    answers: {
      put: defineRule('usage-plan.create', 'CreateUsagePlan answers 201 with id, name, description, apiStages, throttle, quota and tags as sent', ...crud('create-usage-plan')),
      get: defineRule('usage-plan.get', 'GetUsagePlan answers 200 with the plan and tags: {}', ...crud('get-usage-plan, get-usage-plan-after-update')),
      update: defineRule('usage-plan.update', 'UpdateUsagePlan answers 200 with the whole plan and tags: {}', ...crud('update-usage-plan')),
      delete: defineRule('usage-plan.delete', 'DeleteUsagePlan answers 202 and the plan is gone', 'inferred', 'every Delete of the control plane answers 202 (patch-surface research 1.5)'),
    },
    missing: usagePlanMissing,
  },
  rows,
  constraints: [],
  dialect: usagePlanDialect(),
  rules: [...usagePlanErrorRules, requiredMissing, periodEnum, apiStagesAlways, burstOverRate, quotaOffsetDefault, updateShowsTags],
};
