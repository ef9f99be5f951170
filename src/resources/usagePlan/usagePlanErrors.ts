/**
 * What UsagePlan's calls refuse, with AWS's texts where recorded (LocalStack test_apigateway_common.py#TestUsagePlans::test_usage_plan_crud)
 * or quoted by users.
 */
import { badRequestRule, errorRule, notFoundRule } from '../declaredErrorRules.js';

const crud = (key: string) => ['aws-recorded', `LocalStack test_apigateway_common.py#TestUsagePlans::test_usage_plan_crud (${key})`] as const;

export const usagePlanMissing = notFoundRule('usage-plan.missing', 'no usage plan with this id: 404', 'Invalid Usage Plan ID specified', crud('update-wrong-id; get and delete assumed the same'));

export const apiStageMalformed = badRequestRule(
  'usage-plan.api-stage-format',
  'an /apiStages value that is not <apiId>:<stage> (none, no colon, an empty part): 400',
  () => 'Invalid API Stage specified',
  crud('update-wrong-api-stages-no-value, update-wrong-api-stages-wrong-value (remove); boto/boto3#2629 quotes it too; assumed the same for add'),
);

export const apiStageNotInPlan = errorRule(
  'usage-plan.api-stage-not-in-plan',
  'a well-formed API stage the plan does not have (remove /apiStages, the per-stage throttle paths): 404 naming it and the plan',
  'NotFoundException',
  (apiId: string, stage: string, planId: string) => `Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${planId}`,
  crud('update-wrong-api-stages-wrong-api, update-wrong-api-stages-wrong-stage (remove); the per-stage throttle paths assumed the same'),
);

/** add /apiStages of a stage no API has: the create's text (user-quoted as an unformatted template), formatted. */
export const apiStageUnknown = errorRule(
  'usage-plan.api-stage-exists',
  'add /apiStages of a stage that does not exist (no such API or stage): 400 naming it and the plan',
  'BadRequestException',
  (apiId: string, stage: string, planId: string) => `Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${planId}`,
  ['inferred', 'the stage must be deployed (patch-surface research 2.6); CreateUsagePlan with a stage that is not there printed this template (aws/aws-sdk#354), so an add is assumed to answer it formatted'],
  true,
);

/** AWS prints its template unformatted on create (two user reports, 2020 and 2022). */
export const createApiStageInvalid = badRequestRule(
  'usage-plan.create-api-stage-invalid',
  'CreateUsagePlan with an API stage whose apiId or stage is missing or empty: 400 with the unformatted template',
  () => 'Invalid API Stage {api: %s, stage: %s} specified for usageplan %s',
  ['user-quote', 'aws/aws-sdk#354 (2022: apiId= or stage= empty or absent), aws/aws-cdk#6169 (2020: a stage not yet created)'],
);

export const deleteWithStages = badRequestRule(
  'usage-plan.delete-refused-with-stages',
  'DeleteUsagePlan while API stages are attached: 400 naming the plan and its first stage',
  (planId: string, apiStage: string) => `Cannot delete Usage Plan ${planId} because there are API Stages associated with it, including ${apiStage}`,
  ['user-quote', 'aws/aws-sdk-js#3841 (2021), serverless/serverless#4006 (2017); Terraform removes every stage before DeleteUsagePlan'],
);

export const invalidNumber = badRequestRule(
  'usage-plan.number-value',
  'a throttle or quota value that is not a number (an integer for burstLimit, limit, offset): 400',
  (path: string, raw: string | undefined) => `Invalid value '${raw ?? 'null'}' specified for ${path}`,
  ['inferred', 'the members are integers and a double in the service model; the text is a guess'],
  true,
);

export const invalidPeriod = badRequestRule(
  'usage-plan.quota-period',
  'a quota period other than DAY, WEEK, MONTH: 400',
  (raw: string | undefined) => `Invalid quota period specified: ${raw ?? 'null'}`,
  ['inferred', 'QuotaPeriodType is DAY|WEEK|MONTH (service model); a bad enum inside a patch value is a prose 400 elsewhere (patch-surface research 1.1); the text is a guess'],
  true,
);

export const invalidStageThrottle = badRequestRule(
  'usage-plan.stage-throttle-value',
  'add or replace /apiStages/<apiId:stage>/throttle with a value that is not a JSON object of {"<resourcePath>/<httpMethod>": {burstLimit, rateLimit}}: 400',
  () => 'Invalid throttle settings specified',
  ['inferred', 'the patch-operations table lists add and replace without saying the value; JSON as the member\'s own shape is a guess, and so is the text'],
  true,
);

export const usagePlanErrorRules = [apiStageMalformed, apiStageNotInPlan, apiStageUnknown, createApiStageInvalid, deleteWithStages, invalidNumber, invalidPeriod, invalidStageThrottle];
