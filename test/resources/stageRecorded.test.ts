/**
 * AWS's recorded answers for Stage (LocalStack test_apigateway_api.py#TestApiGatewayStage,
 * test_apigateway_canary.py#TestStageCrudCanary, test_apigateway_common.py#TestStages), replayed against
 * `serve` (the registry plus Deployment and Stage) through the SDK; each test named after the LocalStack
 * test and the snapshot keys it encodes. Dates are checked as dates (the snapshots show `<datetime>`).
 */
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { deployment } from '../../src/resources/deployment/deployment.js';
import { stage } from '../../src/resources/stage/stage.js';
import { stagePathList } from '../../src/resources/stage/stageDialect.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(13);
let client: APIGatewayClient;
let api: string;
beforeEach(() => void (client = servedClient()));
beforeEach(async () => {
  const created = await client.send(new CreateRestApiCommand({ name: 'recorded' }));
  api = created.id!;
  await client.send(new PutMethodCommand({ restApiId: api, resourceId: created.rootResourceId!, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ restApiId: api, resourceId: created.rootResourceId!, httpMethod: 'GET', type: 'MOCK' }));
});

const deploy = async (input: Omit<ConstructorParameters<typeof CreateDeploymentCommand>[0], 'restApiId'> = {}) => (await client.send(new CreateDeploymentCommand({ restApiId: api, ...input }))).id!;
const createStage = (input: Omit<ConstructorParameters<typeof CreateStageCommand>[0], 'restApiId'>) => call(client.send(new CreateStageCommand({ restApiId: api, ...input })));
const update = (stageName: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateStageCommand({ restApiId: api, stageName, patchOperations })));
const get = (stageName: string) => call(client.send(new GetStageCommand({ restApiId: api, stageName })));
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const date = expect.any(Date);
/** Every stage answer's members before anything is set. */
const base = (stageName: string, deploymentId: string) => ({ cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', createdDate: date, deploymentId, lastUpdatedDate: date, methodSettings: {}, stageName, tracingEnabled: false });
const unknownPath = (path: string) => bad(`Invalid method setting path: ${path}. Must be one of: ${stagePathList}`);
const cannotRemove = (setting: string) => bad(`Cannot remove method setting ${setting} because there is no method setting for this method `);
const accessLogPath = bad('Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]');
/** A method-settings entry as recorded (caching enabled, the rest AWS's defaults), with changes. */
const settings = (over: Record<string, unknown> = {}) => ({
  cacheDataEncrypted: false, cacheTtlInSeconds: 300, cachingEnabled: true, dataTraceEnabled: false, metricsEnabled: false, requireAuthorizationForCacheControl: true,
  throttlingBurstLimit: 5000, throttlingRateLimit: 10000.0, unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER', ...over,
});
const arn = 'arn:aws:logs:us-east-1:111111111111:log-group:test-log-group-1';

describe('TestApiGatewayStage (LocalStack snapshots recorded against AWS)', () => {
  it('test_stage_access_log_settings: create-deployment, create-stage, update-stage-access-log-dest-add, -dest-replace, -format-add, -remove-all', async () => {
    const id = await deploy();
    const dev = { ...base('dev', id), description: 'dev stage' };
    expect(await createStage({ stageName: 'dev', deploymentId: id, description: 'dev stage' })).toEqual({ status: 201, ...dev });
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings/destinationArn', value: arn }])).toEqual({ status: 200, ...dev, accessLogSettings: { destinationArn: arn } });
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings/destinationArn', value: `${arn}a` }])).toEqual({ status: 200, ...dev, accessLogSettings: { destinationArn: `${arn}a` } });
    const format = '$context.requestId $context.identity.sourceIp';
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings/format', value: format }])).toEqual({ status: 200, ...dev, accessLogSettings: { destinationArn: `${arn}a`, format } });
    expect(await update('dev', [{ op: 'remove', path: '/accessLogSettings' }])).toEqual({ status: 200, ...dev });
  });

  it('test_stage_access_log_settings_validation: invalid-path-*, star-and-*, root-and-*, update-stage-access-log-dest-add, -destinationArn-empty, -format-empty, -dest-remove', async () => {
    const id = await deploy();
    await createStage({ stageName: 'dev', deploymentId: id, description: 'dev stage' });
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings/randomValue', value: 'updated' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'remove', path: '/accessLogSettings/randomValue', value: 'updated' }])).toEqual(cannotRemove('accessLogSettings/randomValue'));
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings/randomValue', value: 'updated' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings/*', value: 'updated' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'remove', path: '/accessLogSettings/*', value: 'updated' }])).toEqual(cannotRemove('accessLogSettings/*'));
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings/*', value: 'updated' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings', value: 'test' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings', value: 'test' }])).toEqual(accessLogPath);
    expect(await update('dev', [{ op: 'add', path: '/accessLogSettings/destinationArn', value: arn }])).toEqual({ status: 200, ...base('dev', id), description: 'dev stage', accessLogSettings: { destinationArn: arn } });
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings/destinationArn', value: '' }])).toEqual(bad('Access Log value must not be empty'));
    expect(await update('dev', [{ op: 'replace', path: '/accessLogSettings/format', value: '' }])).toEqual(bad('Access Log value must not be empty'));
    expect(await update('dev', [{ op: 'remove', path: '/accessLogSettings/destinationArn' }])).toEqual(cannotRemove('accessLogSettings/destinationArn'));
    expect(await get('dev')).toEqual({ status: 200, ...base('dev', id), description: 'dev stage', accessLogSettings: { destinationArn: arn } });
  });
});

describe('TestStageCrudCanary (LocalStack snapshots recorded against AWS)', () => {
  it('test_create_update_stages: create-stage, get-stage, update-stage-canary-settings-overrides, update-stage-remove-canary-settings, get-stage-after-remove', async () => {
    const d1 = await deploy();
    const d2 = await deploy();
    const dev = { ...base('dev', d1), description: 'dev stage', variables: { testVar: 'default' } };
    const canary = { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' }, useStageCache: false };
    expect(await createStage({ stageName: 'dev', deploymentId: d1, description: 'dev stage', variables: { testVar: 'default' }, canarySettings: { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } } })).toEqual({ status: 201, ...dev, canarySettings: canary });
    expect(await get('dev')).toEqual({ status: 200, ...dev, canarySettings: canary });
    expect(await update('dev', [{ op: 'replace', path: '/canarySettings/stageVariableOverrides/testVar', value: 'updated' }])).toEqual({ status: 200, ...dev, canarySettings: { ...canary, stageVariableOverrides: { testVar: 'updated' } } });
    expect(await update('dev', [{ op: 'remove', path: '/canarySettings' }])).toEqual({ status: 200, ...dev });
    expect(await get('dev')).toEqual({ status: 200, ...dev });
  });

  it('test_create_canary_deployment_with_stage: create-deployment, create-stage, create-canary-deployment, get-stage', async () => {
    const d1 = await deploy();
    const dev = { ...base('dev', d1), description: 'dev stage', variables: { testVar: 'default' } };
    expect(await createStage({ stageName: 'dev', deploymentId: d1, description: 'dev stage', variables: { testVar: 'default' } })).toEqual({ status: 201, ...dev });
    const made = await call(client.send(new CreateDeploymentCommand({ restApiId: api, stageName: 'dev', canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } } })));
    expect(made).toEqual({ status: 201, id: expect.any(String), createdDate: date });
    expect(await get('dev')).toEqual({ status: 200, ...dev, canarySettings: { deploymentId: made.id, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' }, useStageCache: false } });
  });

  it('test_create_canary_deployment: create-stage, create-canary-deployment, get-stage-1, create-stage-2, bad-canary-deployment-id', async () => {
    const d1 = await deploy();
    const stage1 = { ...base('dev1', d1), description: 'dev stage', variables: { testVar: 'default' } };
    expect(await createStage({ stageName: 'dev1', deploymentId: d1, description: 'dev stage', variables: { testVar: 'default' }, canarySettings: { deploymentId: d1, percentTraffic: 40, stageVariableOverrides: { testVar: 'canary1' } } })).toEqual({
      status: 201, ...stage1, canarySettings: { deploymentId: d1, percentTraffic: 40, stageVariableOverrides: { testVar: 'canary1' }, useStageCache: false },
    });
    const d2 = await deploy({ stageName: 'dev1', canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary2' } } });
    expect(await get('dev1')).toEqual({ status: 200, ...stage1, canarySettings: { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary2' }, useStageCache: false } });
    expect(await createStage({ stageName: 'dev2', deploymentId: d1, description: 'dev stage', variables: { testVar: 'default' }, canarySettings: { deploymentId: d2, percentTraffic: 60, stageVariableOverrides: { testVar: 'canary-overridden' } } })).toEqual({
      status: 201, ...base('dev2', d1), description: 'dev stage', variables: { testVar: 'default' }, canarySettings: { deploymentId: d2, percentTraffic: 60, stageVariableOverrides: { testVar: 'canary-overridden' }, useStageCache: false },
    });
    expect(await createStage({ stageName: 'dev3', deploymentId: d1, description: 'dev stage', canarySettings: { deploymentId: 'deploy' } })).toEqual(bad('Deployment id does not exist'));
  });

  it('test_create_canary_deployment_by_stage_update: update-stage-with-deployment, remove-stage-canary, update-stage-with-percent, get-stage', async () => {
    const d1 = await deploy();
    const d2 = await deploy();
    const dev = { ...base('dev', d1), description: 'dev stage', variables: { testVar: 'default' } };
    expect(await createStage({ stageName: 'dev', deploymentId: d1, description: 'dev stage', variables: { testVar: 'default' } })).toEqual({ status: 201, ...dev });
    expect(await update('dev', [{ op: 'replace', path: '/canarySettings/deploymentId', value: d2 }])).toEqual({ status: 200, ...dev, canarySettings: { deploymentId: d2, percentTraffic: 0, useStageCache: false } });
    expect(await update('dev', [{ op: 'remove', path: '/canarySettings' }])).toEqual({ status: 200, ...dev });
    expect(await update('dev', [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '50' }])).toEqual({ status: 200, ...dev, canarySettings: { deploymentId: d1, percentTraffic: 50, useStageCache: false } });
    expect(await get('dev')).toEqual({ status: 200, ...dev, canarySettings: { deploymentId: d1, percentTraffic: 50, useStageCache: false } });
  });

  it('test_update_stage_canary_deployment_validation: get-stage, -remove-overrides, -bad-path, -bad-path-2, -replace-bad-path, update-stage-add-deployment, update-stage-no-deployment', async () => {
    const d1 = await deploy({ stageName: 'dev' });
    expect(await get('dev')).toEqual({ status: 200, ...base('dev', d1) });
    await deploy({ stageName: 'dev', canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } } });
    expect(await update('dev', [{ op: 'remove', path: '/canarySettings/stageVariableOverrides' }])).toEqual(cannotRemove('canarySettings/stageVariableOverrides'));
    expect(await update('dev', [{ op: 'remove', path: '/canarySettings/badPath' }])).toEqual(cannotRemove('canarySettings/badPath'));
    expect(await update('dev', [{ op: 'replace', path: '/canarySettings', value: 'test' }])).toEqual(unknownPath('/canarySettings'));
    expect(await update('dev', [{ op: 'replace', path: '/canarySettings/badPath', value: 'badPath' }])).toEqual(unknownPath('/canarySettings/badPath'));
    const d2 = await deploy({ stageName: 'dev2' });
    expect(await update('dev2', [{ op: 'add', path: '/canarySettings/deploymentId', value: d2 }])).toEqual(bad('Invalid add operation with path: /canarySettings/deploymentId'));
    expect(await update('dev2', [{ op: 'replace', path: '/canarySettings/deploymentId', value: 'deploy' }])).toEqual(bad('Deployment id does not exist'));
  });

  it('test_update_stage_with_copy_ops: deployment-1, copy-with-bad-statement, copy-with-no-replace, update-stage-with-copy, deployment-canary, get-stage, update-stage-with-copy-2', async () => {
    const d1 = await deploy({ stageName: 'dev', variables: { testVar: 'test', testVar2: 'test2' } });
    expect(await update('dev', [
      { op: 'copy', path: '/canarySettings/stageVariableOverrides', from: '/variables' },
      { op: 'copy', path: '/canarySettings/deploymentId', from: '/deploymentId' },
    ])).toEqual(bad('Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]'));
    expect(await update('dev', [
      { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
      { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
    ])).toEqual(bad('Promotion not available. Canary does not exist.'));
    const promote: PatchOperation[] = [
      { op: 'replace', value: '0.0', path: '/canarySettings/percentTraffic' },
      { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
      { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
    ];
    const vars = { testVar: 'test', testVar2: 'test2' };
    expect(await update('dev', promote)).toEqual({ status: 200, ...base('dev', d1), variables: vars, canarySettings: { deploymentId: d1, percentTraffic: 0, useStageCache: false } });
    const d2 = await deploy({ stageName: 'dev', canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'override' } } });
    expect(await get('dev')).toEqual({ status: 200, ...base('dev', d1), variables: vars, canarySettings: { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'override' }, useStageCache: false } });
    expect(await update('dev', promote)).toEqual({
      status: 200, ...base('dev', d2), variables: { testVar: 'override', testVar2: 'test2' }, canarySettings: { deploymentId: d2, percentTraffic: 0, stageVariableOverrides: { testVar: 'override' }, useStageCache: false },
    });
  });
});

describe('TestStages (LocalStack snapshots recorded against AWS)', () => {
  const s1 = async () => {
    const id = await deploy();
    const made = { ...base('s1', id), description: 'my stage', documentationVersion: 'v123' };
    expect(await createStage({ stageName: 's1', deploymentId: id, description: 'my stage', documentationVersion: 'v123' })).toEqual({ status: 201, ...made });
    return made;
  };

  it('test_create_update_stages: create-stage, error-update-doc-version, error-update-tags, update-stage, get-stage, update-stage-override', async () => {
    const made = await s1();
    expect(await update('s1', [{ op: 'replace', path: '/documentation_version', value: '123' }])).toEqual(unknownPath('/documentation_version'));
    expect(await update('s1', [{ op: 'replace', path: '/tags/tag1', value: 'value1' }])).toEqual(unknownPath('/tags/tag1'));
    const updated = {
      ...made, description: 'stage new', tracingEnabled: true, variables: { var1: 'test', var2: 'test2' },
      methodSettings: { '*/*': settings({ throttlingBurstLimit: 123 }), 'test/GET': settings({ throttlingBurstLimit: 124 }) },
    };
    expect(await update('s1', [
      { op: 'replace', path: '/description', value: 'stage new' },
      { op: 'replace', path: '/variables/var1', value: 'test' },
      { op: 'replace', path: '/variables/var2', value: 'test2' },
      { op: 'replace', path: '/*/*/throttling/burstLimit', value: '123' },
      { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
      { op: 'replace', path: '/tracingEnabled', value: 'true' },
      { op: 'replace', path: '/test/GET/throttling/burstLimit', value: '124' },
    ])).toEqual({ status: 200, ...updated });
    expect(await get('s1')).toEqual({ status: 200, ...updated });
    expect(await update('s1', [{ op: 'replace', path: '/*/*/throttling/burstLimit', value: '100' }])).toEqual({
      status: 200, ...updated, methodSettings: { '*/*': settings({ throttlingBurstLimit: 100 }), 'test/GET': settings({ throttlingBurstLimit: 124 }) },
    });
  });

  it('test_update_stage_remove_wildcard: create-stage, get-stage, delete-error, update-stage, update-stage-reset, get-stage-after-reset', async () => {
    const made = await s1();
    expect(await get('s1')).toEqual({ status: 200, ...made });
    expect(await update('s1', [{ op: 'remove', path: '/*/*' }])).toEqual(cannotRemove('*/*'));
    expect(await update('s1', [{ op: 'replace', path: '/*/*/caching/enabled', value: 'true' }])).toEqual({ status: 200, ...made, methodSettings: { '*/*': settings() } });
    expect(await update('s1', [{ op: 'remove', path: '/*/*' }])).toEqual({ status: 200, ...made });
    expect(await get('s1')).toEqual({ status: 200, ...made });
  });
});

describe('Stage beyond the recordings (documented paths, user-quoted texts)', () => {
  it('an escaped resource path keeps its escape in the key (AWS CLI example); a new entry without */* takes the defaults', async () => {
    const id = await deploy({ stageName: 'dev' });
    const answer = await update('dev', [{ op: 'replace', path: '/~1pets/GET/metrics/enabled', value: 'true' }]);
    expect(answer).toEqual({ status: 200, ...base('dev', id), methodSettings: { '~1pets/GET': settings({ cachingEnabled: false, metricsEnabled: true }) } });
  });

  it('CreateStage over an existing name is a 409; an unknown deployment a 400; an unknown stage a 404', async () => {
    const id = await deploy({ stageName: 'dev' });
    expect(await createStage({ stageName: 'dev', deploymentId: id })).toEqual({ error: 'ConflictException', message: 'Stage already exists', status: 409 });
    expect(await createStage({ stageName: 'other', deploymentId: 'nosuch' })).toEqual(bad('Deployment id does not exist'));
    expect(await get('nosuch')).toEqual({ error: 'NotFoundException', message: 'Invalid stage identifier specified', status: 404 });
    expect(await update('dev', [{ op: 'replace', path: '/deploymentId', value: 'nosuch' }])).toEqual(bad('Deployment id does not exist'));
  });
});
