/**
 * Stage: CreateStage, GetStage, UpdateStage, DeleteStage. UpdateStage is the richest patch surface of
 * the service: per-key variables, method settings with `*\/*` inheritance, canary upserts and `copy`
 * promotion, access logs, and an error family of its own (stageDialect.ts). Recorded answers: LocalStack
 * test_apigateway_api.py#TestApiGatewayStage, test_apigateway_canary.py#TestStageCrudCanary,
 * test_apigateway_common.py#TestStages (keys quoted per rule).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import { mustNotBeNull, validationText, violation } from '../../rules/modelValidation.js';
import type { CustomOperation, DeclaredContext, DeclaredRow, DeclaredValue, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { errorRule } from '../declaredErrorRules.js';
import type { WireShape } from '../../rules/wireTypes.js';
import { accessLogRows, accessLogRules } from './accessLogSettings.js';
import { canaryRows, canaryRules, promote, promotionRows, type Canary } from './canarySettings.js';
import { methodSettingRemoveRows, methodSettingRows, methodSettingRules } from './methodSettings.js';
import { cacheStatus, canaryOnCreate, newStage, newStageAnswer } from './newStage.js';
import { stageDialect, stageErrorRules } from './stageDialect.js';
import { accessLogRec, canaryRec, inferred, stagesRec } from './stageEvidence.js';
import { deploymentMissing, existingDeployment, stageBoolean, stageEnum, stageText, stageValueRules } from './stageValues.js';
import { variableRules, variablesRow, variablesViolation } from './stageVariables.js';
import { stageDeploymentQuery, stageListKeeps } from './stageListQuery.js';

export const cacheClusterSizes = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'] as const;

const methodSettingShape: WireShape = {
  struct: {
    metricsEnabled: 'boolean', loggingLevel: 'string', dataTraceEnabled: 'boolean', throttlingBurstLimit: 'integer', throttlingRateLimit: 'double',
    cachingEnabled: 'boolean', cacheTtlInSeconds: 'integer', cacheDataEncrypted: 'boolean', requireAuthorizationForCacheControl: 'boolean', unauthorizedCacheControlHeaderStrategy: 'string',
  },
};
const canaryShape: WireShape = { struct: { deploymentId: 'string', percentTraffic: 'double', stageVariableOverrides: { map: 'string' }, useStageCache: 'boolean' } };

const members: readonly MemberDeclaration[] = [
  // Required, and made by the case (`requires`), so not a `refersTo` member generators leave out.
  { name: 'deploymentId', kind: 'string' },
  { name: 'clientCertificateId', kind: 'string', refersTo: 'ClientCertificate' },
  { name: 'stageName', kind: 'string' },
  { name: 'description', kind: 'string', examples: ['dev stage', 'my stage'] },
  // Shaped, not boolean: a put generator never draws true (an enabled cache cluster is billed by the hour).
  { name: 'cacheClusterEnabled', kind: 'shaped', shape: 'boolean' },
  { name: 'cacheClusterSize', kind: 'string', examples: ['0.5'] },
  { name: 'cacheClusterStatus', kind: 'shaped', shape: 'string' },
  // `{key}` of the method-settings rows is a resource-path segment; `*` is every resource.
  { name: 'methodSettings', kind: 'shaped', shape: { map: methodSettingShape }, examples: ['test', '*', '~1pets'] },
  { name: 'variables', kind: 'stringMap', examples: ['testVar', 'var1'], edges: ['bad-name'] },
  { name: 'documentationVersion', kind: 'string', refersTo: 'DocumentationVersion' },
  { name: 'accessLogSettings', kind: 'struct', fields: { format: 'string', destinationArn: 'string' } },
  { name: 'canarySettings', kind: 'shaped', shape: canaryShape, examples: ['testVar'] },
  { name: 'tracingEnabled', kind: 'boolean' },
  { name: 'tags', kind: 'stringMap' },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
  { name: 'lastUpdatedDate', kind: 'timestamp', assigned: 'update' },
];

const putShape: WireShape = {
  struct: {
    stageName: 'string', deploymentId: 'string', description: 'string', cacheClusterEnabled: 'boolean', cacheClusterSize: 'string',
    variables: { map: 'string' }, documentationVersion: 'string', canarySettings: canaryShape, tracingEnabled: 'boolean', tags: { map: 'string' },
  },
};

const row = (pattern: string, ops: DeclaredRow['ops'], target: DeclaredRow['target'], value: DeclaredValue, sourced: readonly [Parameters<typeof defineRule>[2], string]): DeclaredRow => ({
  rule: defineRule(`stage.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, ...sourced),
  pattern,
  ops,
  target,
  value,
});

const doc = (what: string) => inferred(`the API reference's UpdateStage patch table lists ${what}; unrecorded`);

/** `/deploymentId`: replace with an existing deployment, or copy (promotion) from the canary's. */
function deploymentIdOp(draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext) {
  if (op.op === 'copy') return promote(draft, op);
  const read = existingDeployment.read(op.value, ctx);
  if (!read.ok) return { error: read.error, rule: read.rule };
  draft.deploymentId = read.value;
  return null;
}

const cacheFlag = stageBoolean('stage.value.cache-cluster-enabled', doc('/cacheClusterEnabled (replace)'), ['false'], ['FALSE', 'whatever']);
/** Enabling or disabling the cache moves its status (and gives an enabled cache a size). */
function cacheClusterOp(draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext) {
  const on = cacheFlag.read(op.value, ctx);
  if (!on.ok) return { error: on.error, rule: on.rule };
  const was = draft.cacheClusterEnabled === true;
  draft.cacheClusterEnabled = on.value;
  if (on.value === true && !was) {
    draft.cacheClusterStatus = 'CREATE_IN_PROGRESS';
    draft.cacheClusterSize ??= '0.5';
  }
  if (on.value === false && was) draft.cacheClusterStatus = 'DELETE_IN_PROGRESS';
  return null;
}

const rows: readonly DeclaredRow[] = [
  row('/deploymentId', ['replace', 'copy'], { kind: 'custom', member: 'deploymentId', apply: deploymentIdOp }, existingDeployment, canaryRec('test_update_stage_with_copy_ops: update-stage-with-copy-2 (copy); replace: Terraform and LocalStack conftest apigw_redeploy_api (success only)')),
  row('/description', ['replace'], { kind: 'member', member: 'description' }, stageText('stage.value.description', ['stage new', 'dev stage'], stagesRec('test_create_update_stages: update-stage; "" removing it inferred')), stagesRec('test_create_update_stages: update-stage')),
  row('/cacheClusterEnabled', ['replace'], { kind: 'custom', member: 'cacheClusterEnabled', apply: cacheClusterOp }, cacheFlag, doc('/cacheClusterEnabled (replace)')),
  row('/cacheClusterSize', ['replace'], { kind: 'member', member: 'cacheClusterSize' }, stageEnum('stage.value.cache-cluster-size', 'cacheClusterSize', cacheClusterSizes, doc('/cacheClusterSize with the service model\'s sizes')), doc('/cacheClusterSize (replace)')),
  row('/clientCertificateId', ['replace'], { kind: 'member', member: 'clientCertificateId' }, stageText('stage.value.client-certificate', ['abc123'], doc('/clientCertificateId; the id is not checked against the account\'s certificates here')), doc('/clientCertificateId (replace)')),
  row('/documentationVersion', ['replace'], { kind: 'member', member: 'documentationVersion' }, stageText('stage.value.documentation-version', ['v123', 'v2'], inferred('Terraform stage.go sends replace /documentationVersion; not in the recorded path list (the list omits taken paths), the version not checked here')), inferred('Terraform stage.go sends it')),
  row('/tracingEnabled', ['replace'], { kind: 'member', member: 'tracingEnabled' }, stageBoolean('stage.value.tracing-enabled', stagesRec('test_create_update_stages: update-stage ("true")')), stagesRec('test_create_update_stages: update-stage')),
  variablesRow,
  ...promotionRows(),
  ...accessLogRows(),
  ...canaryRows(),
  ...methodSettingRows(),
  ...methodSettingRemoveRows(),
];

const requiredMissing = errorRule(
  'stage.create.required',
  'CreateStage without stageName or deploymentId: model validation',
  'ValidationException',
  (member: string) => validationText([violation(`createStageInput.${member}`, null, mustNotBeNull)]),
  inferred("the API reference marks both required; Coral's required-member text as recorded for putIntegrationInput.type"),
  true,
);

function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  const deploymentId = String(b.deploymentId);
  if (!ctx.world.exists('Deployment', deploymentId)) return reject(deploymentMissing);
  const canary = b.canarySettings as Canary | undefined;
  if (canary?.deploymentId !== undefined && !ctx.world.exists('Deployment', canary.deploymentId)) return reject(deploymentMissing);
  const badVars = variablesViolation(b.variables) ?? variablesViolation(canary?.stageVariableOverrides);
  if (badVars) return badVars;
  const value = newStage({ ...b, stageName: String(b.stageName), deploymentId }, ctx.now?.() ?? 0);
  return { value, rules: [newStageAnswer, ...(canary ? [canaryOnCreate] : [])] };
}

export const stage: ResourceDeclaration = {
  name: 'Stage',
  uri: '/restapis/{restApiId}/stages/{stageName}',
  key: 'stageName',
  keyExamples: ['conformance', 'conformance_2'],
  requires: [{ resource: 'Deployment', into: 'deploymentId' }],
  members,
  lifecycle: {
    put: {
      operation: 'CreateStage',
      status: 201,
      verb: 'post',
      idMember: 'stageName',
      shape: putShape,
      // stageName is the key (cases set it): its absence is checked with the body's other model validation.
      required: { deploymentId: ['made by the case'] },
      requiredMissing,
      modelValidation: (b) => (b.stageName === undefined || b.stageName === null ? reject(requiredMissing, 'stageName') : null),
      build,
      exists: errorRule('stage.exists', 'CreateStage with a name the API already has: 409', 'ConflictException', () => 'Stage already exists', ['user-quote', 'hashicorp/terraform-provider-aws#1153 and #2918: "Error creating API Gateway Stage: ConflictException: Stage already exists"']),
    },
    get: { operation: 'GetStage', status: 200 },
    list: { operation: 'GetStages', status: 200, keeps: stageListKeeps },
    update: { operation: 'UpdateStage', status: 200 },
    delete: { operation: 'DeleteStage', status: 202 },
    answers: {
      put: newStageAnswer,
      get: defineRule('stage.get', 'GetStage answers 200 with the stage', ...canaryRec('test_create_update_stages: get-stage, get-stage-after-remove')),
      update: defineRule('stage.update', 'UpdateStage answers 200 with the whole stage (lastUpdatedDate renewed)', ...stagesRec('test_create_update_stages: update-stage')),
      delete: defineRule('stage.delete', 'DeleteStage answers 202 and the stage is gone', ...inferred('202 as every Delete of the API\'s own resources (LocalStack test_create_delete_deployments deletes stages, answers unrecorded)')),
    },
    missing: errorRule('stage.missing', 'the API has no stage by this name: 404', 'NotFoundException', () => 'Invalid stage identifier specified', ['user-quote', 'hashicorp/terraform-provider-aws#12756: "Deleting API Gateway Stage failed: NotFoundException: Invalid stage identifier specified"; GetStage and UpdateStage assumed alike']),
  },
  rows,
  constraints: [],
  dialect: stageDialect,
  rules: [
    stageDialect.ordered, stageDialect.emptiedMap, stageDialect.untouchedKept, cacheStatus, canaryOnCreate,
    ...stageErrorRules, ...stageValueRules, ...methodSettingRules, ...canaryRules, ...accessLogRules, ...variableRules,
    defineRule('stage.dates', 'createdDate and lastUpdatedDate are epoch seconds the service assigns; every update renews lastUpdatedDate', ...accessLogRec('create-stage, update-stage-* (datetime)')),
    stageDeploymentQuery,
  ],
};
