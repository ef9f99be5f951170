/**
 * Deployment: CreateDeployment, GetDeployment, UpdateDeployment, DeleteDeployment. A create with a
 * stageName also makes that stage (or points an existing one at the new deployment, or gives it a
 * canary), which the mock stores through `put.effects`. AWS refuses a deployment of an API without
 * methods, and of a method without an integration ("No integration defined for method"); integrations
 * are kept by the implementation under test, out of this world's sight, so only the first is modelled.
 * Recorded answers: LocalStack test_apigateway_basic.py#TestAPIGateway::test_update_rest_api_deployment,
 * test_apigateway_common.py#TestDeployments, test_apigateway_canary.py#TestStageCrudCanary.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredContext, DeclaredRow, MemberDeclaration, ResourceDeclaration, ResourceValue } from '../declaration.js';
import { badRequestRule, errorRule } from '../declaredErrorRules.js';
import { longFormDialect } from '../longFormDialect.js';
import type { WireShape } from '../../rules/wireTypes.js';
import { canaryOf, type Canary } from '../stage/canarySettings.js';
import { newStage } from '../stage/newStage.js';
import { basicRec, canaryRec, deploymentsRec, inferred } from '../stage/stageEvidence.js';
import { variablesViolation } from '../stage/stageVariables.js';

const members: readonly MemberDeclaration[] = [
  { name: 'id', kind: 'string', assigned: 'create' },
  { name: 'description', kind: 'string', examples: ['my deployment', 'new-description'] },
  { name: 'createdDate', kind: 'timestamp', assigned: 'create' },
];

/** CreateDeployment's body (service model): the deployment's description and the stage it makes or moves. */
const putShape: WireShape = {
  struct: {
    stageName: 'string', stageDescription: 'string', description: 'string', cacheClusterEnabled: 'boolean', cacheClusterSize: 'string',
    variables: { map: 'string' }, canarySettings: { struct: { percentTraffic: 'double', stageVariableOverrides: { map: 'string' }, useStageCache: 'boolean' } }, tracingEnabled: 'boolean',
  },
};

const noMethods = badRequestRule(
  'deployment.no-methods',
  'CreateDeployment of an API without any method: 400',
  () => "The REST API doesn't contain any methods",
  ['aws-doc', 'CloudFormation AWS::ApiGateway::Deployment reference ("AWS CloudFormation encounters the following error: The REST API doesn\'t contain any methods"); user-quote: terraform run "CreateDeployment, https response error StatusCode: 400 ... BadRequestException: The REST API doesn\'t contain any methods"'],
);
// Not checked here (integrations are the implementation's): recorded for the rule tables only.
const noIntegration = badRequestRule(
  'deployment.no-integration',
  'CreateDeployment of an API with a method that has no integration: 400 (not modelled: the mock cannot see integrations)',
  () => 'No integration defined for method',
  ['user-quote', 'hashicorp/terraform-provider-aws#21210, #27271: "Error creating API Gateway Deployment: BadRequestException: No integration defined for method"'],
);

const canaryText = 'Invalid deployment content specified.';
const canaryWithoutStage = badRequestRule(
  'deployment.canary-needs-stage',
  'CreateDeployment with canarySettings and no (or an empty) stageName: 400 printing the value (null, or nothing)',
  (given: string | undefined) => `${canaryText}Non null and non empty stageName must be provided for canary deployment. Provided value is ${given ?? 'null'}`,
  canaryRec('test_create_canary_deployment_validation: create-canary-deployment-no-stage, -empty-stage'),
);
const canaryStageMissing = badRequestRule(
  'deployment.canary-stage-missing',
  'CreateDeployment with canarySettings naming a stage the API does not have: 400',
  (name: string) => `${canaryText}Stage ${name} must already be created before making a canary release deployment`,
  canaryRec('test_create_canary_deployment_validation: create-canary-deployment-non-existing-stage'),
);

const stageMade = defineRule(
  'deployment.stage-effect',
  'CreateDeployment with a stageName makes the stage (stageDescription, variables, cache and tracing members) or points the existing stage at the new deployment; with canarySettings it gives the existing stage a canary on the new deployment (percentTraffic 0.0 and useStageCache false by default) and leaves its deploymentId; an empty stageName makes no stage',
  ...canaryRec('test_create_canary_deployment_with_stage: get-stage; test_create_canary_deployment: get-stage-1 (the canary replaced whole); test_update_stage_with_copy_ops: deployment-1 (variables); TestDeployments::test_create_update_deployments: get-stages-after-update; the empty name: hashicorp/terraform-provider-aws#2918 (user-quote); members of an existing stage other than deploymentId, canary and variables are inferred'),
);

/** The stage a create names, as it exists, or undefined. */
const stageNamed = (ctx: DeclaredContext, name: string) => ctx.world.instances('Stage').find((s) => s.params.stageName === name);

function build(b: Record<string, unknown>, ctx: DeclaredContext) {
  // The body's own checks before the API's content (assumed: recorded only on an API with methods).
  if (b.canarySettings !== undefined) {
    if (typeof b.stageName !== 'string' || b.stageName === '') return reject(canaryWithoutStage, b.stageName as string | undefined);
    if (!stageNamed(ctx, b.stageName)) return reject(canaryStageMissing, b.stageName);
  }
  const badVars = variablesViolation(b.variables) ?? variablesViolation((b.canarySettings as Canary | undefined)?.stageVariableOverrides);
  if (badVars) return badVars;
  if (ctx.world.instances('Method').length === 0) return reject(noMethods);
  const value: ResourceValue = {
    ...(typeof b.description === 'string' && b.description !== '' ? { description: b.description } : {}),
    createdDate: ctx.now?.() ?? 0,
  };
  return { value, rules: [] };
}

/** The stage the create makes or changes, stored beside the deployment. */
function effects(value: ResourceValue, body: Record<string, unknown>, ctx: DeclaredContext) {
  const name = body.stageName;
  if (typeof name !== 'string' || name === '') return [];
  const params = { restApiId: ctx.params.restApiId ?? '', stageName: name };
  const now = ctx.now?.() ?? 0;
  const id = String(value.id);
  const existing = stageNamed(ctx, name)?.value;
  if (!existing) return [{ resource: 'Stage', params, value: newStage({ ...body, description: body.stageDescription, stageName: name, deploymentId: id }, now) }];
  const next: ResourceValue = { ...existing, lastUpdatedDate: now };
  if (body.canarySettings && typeof body.canarySettings === 'object') next.canarySettings = canaryOf({ ...(body.canarySettings as Canary), deploymentId: id }, existing.deploymentId);
  else next.deploymentId = id;
  if (body.variables && typeof body.variables === 'object') next.variables = Object.keys(body.variables).length > 0 ? { ...(body.variables as Record<string, string>) } : undefined;
  if (typeof body.tracingEnabled === 'boolean') next.tracingEnabled = body.tracingEnabled;
  return [{ resource: 'Stage', params, value: next }];
}

const activeStages = badRequestRule(
  'deployment.delete-active',
  'DeleteDeployment of a deployment a stage points at (its deploymentId, or its canary\'s, assumed): 400',
  () => 'Active stages pointing to this deployment must be moved or deleted',
  deploymentsRec('test_create_delete_deployments: delete-deployment-error-0..2; test_create_update_deployments: delete-deployment-error, delete-deployment-2-error; a canary pointing at it inferred'),
);

const rows: readonly DeclaredRow[] = [
  {
    rule: defineRule('deployment.path:/description', '/description: replace', ...basicRec('test_update_rest_api_deployment: after-update')),
    pattern: '/description',
    ops: ['replace'],
    target: { kind: 'member', member: 'description' },
    value: {
      rule: defineRule('deployment.value.description', 'stored verbatim; "" or no value removes it', ...basicRec('test_update_rest_api_deployment: after-update ("new-description"); "" removing it inferred as on Model')),
      inside: ['new-description', 'a description with spaces'],
      edges: ['', ' '],
      read: (raw) => ({ ok: true, value: raw === undefined || raw === '' ? undefined : raw }),
    },
  },
];

export const deployment: ResourceDeclaration = {
  name: 'Deployment',
  uri: '/restapis/{restApiId}/deployments/{deploymentId}',
  key: 'deploymentId',
  // Real AWS refuses a deployment of a method without an integration: the case puts a MOCK one first.
  requires: [{ resource: 'Integration' }],
  members,
  lifecycle: {
    put: { operation: 'CreateDeployment', status: 201, verb: 'post', shape: putShape, minimal: {}, build, effects },
    get: { operation: 'GetDeployment', status: 200 },
    list: { operation: 'GetDeployments', status: 200 },
    update: { operation: 'UpdateDeployment', status: 200 },
    delete: {
      operation: 'DeleteDeployment',
      status: 202,
      refused: (value, ctx) =>
        ctx.world.instances('Stage').some((s) => s.value.deploymentId === value.id || (s.value.canarySettings as Canary | undefined)?.deploymentId === value.id) ? reject(activeStages) : null,
    },
    answers: {
      put: defineRule('deployment.create', 'CreateDeployment answers 201 with id, createdDate and the description when one was sent (no apiSummary)', ...canaryRec('create-deployment, create-canary-deployment; TestApiGatewayStage: create-deployment')),
      get: defineRule('deployment.get', 'GetDeployment answers 200 with id, createdDate and description (apiSummary only with embed=apisummary, not served)', ...deploymentsRec('get-deployment, get-deployment-1, get-deployment-2')),
      update: defineRule('deployment.update', 'UpdateDeployment answers 200 with the whole deployment', ...basicRec('test_update_rest_api_deployment: after-update')),
      delete: defineRule('deployment.delete', 'DeleteDeployment answers 202 and the deployment is gone', ...deploymentsRec('test_create_update_deployments: delete-deployment-1')),
    },
    missing: errorRule('deployment.missing', 'the API has no deployment with this id: 404', 'NotFoundException', () => 'Invalid Deployment identifier specified', inferred('the "Invalid <kind> identifier specified" family of the other resources; the wording (and its case) is unrecorded'), true),
  },
  rows,
  constraints: [],
  dialect: longFormDialect({
    prefix: 'deployment',
    updateInput: 'updateDeploymentInput',
    paths: inferred('no recording of a refused UpdateDeployment; the long form of the API\'s other single-path resources (Model, DocumentationPart) assumed'),
    opEnum: inferred('format recorded on UpdateRestApi; the input name follows the operation'),
    ordered: inferred('the API reference applies operations in list order; all-or-nothing as on the other resources'),
  }),
  rules: [noMethods, noIntegration, canaryWithoutStage, canaryStageMissing, stageMade, activeStages],
};
