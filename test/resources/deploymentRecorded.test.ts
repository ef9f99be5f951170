/**
 * AWS's recorded answers for Deployment (LocalStack test_apigateway_basic.py#TestAPIGateway::test_update_rest_api_deployment,
 * test_apigateway_common.py#TestDeployments, test_apigateway_canary.py#TestStageCrudCanary::test_create_canary_deployment_validation),
 * replayed against `serve` (the registry plus Deployment and Stage) through the SDK. GetStages and
 * GetDeployments (list calls) are not served by the declared routes: their keys are checked with GetStage.
 */
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDeploymentCommand,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { deployment } from '../../src/resources/deployment/deployment.js';
import { stage } from '../../src/resources/stage/stage.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(11);
let client: APIGatewayClient;
let api: string;
let root: string;
beforeEach(() => void (client = servedClient()));
beforeEach(async () => {
  const created = await client.send(new CreateRestApiCommand({ name: 'recorded' }));
  api = created.id!;
  root = created.rootResourceId!;
});

/** GET / with a MOCK integration: what every recorded test puts before deploying. */
const withMockMethod = async () => {
  await client.send(new PutMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ restApiId: api, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
};
const createDeployment = (input: Omit<ConstructorParameters<typeof CreateDeploymentCommand>[0], 'restApiId'> = {}) => call(client.send(new CreateDeploymentCommand({ restApiId: api, ...input })));
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const date = expect.any(Date);

describe('Deployment (LocalStack snapshots recorded against AWS)', () => {
  it('test_update_rest_api_deployment: after-update', async () => {
    await withMockMethod();
    const made = await createDeployment({ description: 'my deployment' });
    expect(made).toEqual({ status: 201, id: expect.any(String), createdDate: date, description: 'my deployment' });
    const after = await call(client.send(new UpdateDeploymentCommand({ restApiId: api, deploymentId: made.id as string, patchOperations: [{ op: 'replace', path: '/description', value: 'new-description' }] })));
    expect(after).toEqual({ status: 200, id: made.id, createdDate: date, description: 'new-description' });
  });

  it('TestDeployments::test_create_delete_deployments[True]/[False]: get-deployment, get-stages, delete-deployment-error-0..2', async () => {
    await withMockMethod();
    for (const manually of [true, false]) {
      const name = manually ? 's1' : 's2';
      const made = await createDeployment(manually ? {} : { stageName: name });
      const id = made.id as string;
      if (manually) await client.send(new CreateStageCommand({ restApiId: api, stageName: name, deploymentId: id }));
      expect(await call(client.send(new GetDeploymentCommand({ restApiId: api, deploymentId: id })))).toEqual({ status: 200, id, createdDate: date });
      expect(await call(client.send(new GetStageCommand({ restApiId: api, stageName: name })))).toEqual({
        status: 200, cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', createdDate: date, deploymentId: id, lastUpdatedDate: date, methodSettings: {}, stageName: name, tracingEnabled: false,
      });
      expect(await call(client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: id })))).toEqual(bad('Active stages pointing to this deployment must be moved or deleted'));
      expect(await call(client.send(new DeleteStageCommand({ restApiId: api, stageName: name })))).toEqual({ status: 202 });
      expect(await call(client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: id })))).toEqual({ status: 202 });
    }
  });

  it('TestDeployments::test_create_update_deployments: a deployment naming the stage moves it; the old one can go, the new one cannot', async () => {
    await withMockMethod();
    const first = (await createDeployment()).id as string;
    await client.send(new CreateStageCommand({ restApiId: api, stageName: 's1', deploymentId: first }));
    expect(await call(client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: first })))).toEqual(bad('Active stages pointing to this deployment must be moved or deleted'));
    const second = (await createDeployment({ stageName: 's1' })).id as string;
    expect(await call(client.send(new GetDeploymentCommand({ restApiId: api, deploymentId: first })))).toEqual({ status: 200, id: first, createdDate: date });
    expect(await call(client.send(new GetStageCommand({ restApiId: api, stageName: 's1' })))).toMatchObject({ status: 200, deploymentId: second, stageName: 's1' });
    expect(await call(client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: first })))).toEqual({ status: 202 });
    expect(await call(client.send(new DeleteDeploymentCommand({ restApiId: api, deploymentId: second })))).toEqual(bad('Active stages pointing to this deployment must be moved or deleted'));
  });

  it('test_create_canary_deployment_validation: create-canary-deployment-no-stage, -empty-stage, -non-existing-stage', async () => {
    await withMockMethod();
    const canarySettings = { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } };
    const text = 'Invalid deployment content specified.';
    expect(await createDeployment({ canarySettings })).toEqual(bad(`${text}Non null and non empty stageName must be provided for canary deployment. Provided value is null`));
    expect(await createDeployment({ stageName: '', canarySettings })).toEqual(bad(`${text}Non null and non empty stageName must be provided for canary deployment. Provided value is `));
    expect(await createDeployment({ stageName: 'non-existing', canarySettings })).toEqual(bad(`${text}Stage non-existing must already be created before making a canary release deployment`));
  });

  it("an API without methods is refused (CloudFormation's reference and users quote the text)", async () => {
    expect(await createDeployment()).toEqual(bad("The REST API doesn't contain any methods"));
  });

  it('an unknown deployment: 404 (text inferred)', async () => {
    expect(await call(client.send(new GetDeploymentCommand({ restApiId: api, deploymentId: 'nosuch' })))).toEqual({ error: 'NotFoundException', message: 'Invalid Deployment identifier specified', status: 404 });
  });
});
