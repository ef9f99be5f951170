/**
 * A new stage as AWS answers it, from CreateStage's body or CreateDeployment's stage members: the
 * members sent, methodSettings {} always, cacheClusterEnabled and tracingEnabled false by default,
 * cacheClusterStatus NOT_AVAILABLE without a cache, both dates now.
 */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceValue } from '../declaration.js';
import { canaryOf, type Canary } from './canarySettings.js';
import { accessLogRec, canaryRec, inferred } from './stageEvidence.js';

export interface StageFields {
  stageName: string;
  deploymentId: string;
  description?: unknown;
  cacheClusterEnabled?: unknown;
  cacheClusterSize?: unknown;
  variables?: unknown;
  documentationVersion?: unknown;
  canarySettings?: unknown;
  tracingEnabled?: unknown;
  tags?: unknown;
}

export const newStageAnswer = defineRule(
  'stage.create',
  'CreateStage answers 201: the members sent, methodSettings {}, cacheClusterEnabled false and cacheClusterStatus NOT_AVAILABLE, tracingEnabled false, createdDate and lastUpdatedDate; a canary with its defaults (percentTraffic as a double, useStageCache false)',
  ...accessLogRec('create-stage; TestStageCrudCanary::test_create_update_stages: create-stage (canary); TestStages::test_create_update_stages: create-stage (documentationVersion)'),
);

export const cacheStatus = defineRule(
  'stage.cache-cluster-status',
  'cacheClusterStatus: NOT_AVAILABLE without a cache; CREATE_IN_PROGRESS when one is enabled, DELETE_IN_PROGRESS when it is disabled; an enabled cache without a size gets 0.5',
  ...inferred('NOT_AVAILABLE recorded on every stage; the other states are the service model\'s enum, the transient ones assumed answered at once (enabling a cache is billed, never recorded)'),
);

const nonEmptyMap = (m: unknown) => (m && typeof m === 'object' && Object.keys(m).length > 0 ? (m as Record<string, unknown>) : undefined);

export function newStage(f: StageFields, now: number): ResourceValue {
  const cache = f.cacheClusterEnabled === true;
  return {
    deploymentId: f.deploymentId,
    stageName: f.stageName,
    ...(typeof f.description === 'string' && f.description !== '' ? { description: f.description } : {}),
    cacheClusterEnabled: cache,
    ...(typeof f.cacheClusterSize === 'string' ? { cacheClusterSize: f.cacheClusterSize } : cache ? { cacheClusterSize: '0.5' } : {}),
    cacheClusterStatus: cache ? 'CREATE_IN_PROGRESS' : 'NOT_AVAILABLE',
    methodSettings: {},
    ...(nonEmptyMap(f.variables) ? { variables: { ...nonEmptyMap(f.variables) } } : {}),
    ...(typeof f.documentationVersion === 'string' && f.documentationVersion !== '' ? { documentationVersion: f.documentationVersion } : {}),
    ...(f.canarySettings && typeof f.canarySettings === 'object' ? { canarySettings: canaryOf(f.canarySettings as Canary, f.deploymentId) } : {}),
    tracingEnabled: f.tracingEnabled === true,
    ...(nonEmptyMap(f.tags) ? { tags: { ...nonEmptyMap(f.tags) } } : {}),
    createdDate: now,
    lastUpdatedDate: now,
  };
}

export const canaryOnCreate = defineRule(
  'stage.create.canary',
  'CreateStage with canarySettings: its deploymentId must exist (the stage\'s own when absent, assumed), percentTraffic 0.0 and useStageCache false by default',
  ...canaryRec('test_create_update_stages: create-stage; test_create_canary_deployment: create-stage, create-stage-2, bad-canary-deployment-id'),
);
