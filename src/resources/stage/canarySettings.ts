/**
 * A stage's canary: every `/canarySettings/...` replace is an upsert (a stage without a canary gets one
 * pointing at its own deployment, 0 percent, no stage cache), `remove /canarySettings` drops it, and
 * `copy` promotes it: `/canarySettings/deploymentId` to `/deploymentId`, the overrides merged into
 * `/variables`; the canary stays. `add` is refused on every canary path.
 */
import { defineRule, reject, type Rejection, type Rule } from '../../rules/defineRule.js';
import type { CustomOperation, DeclaredContext, DeclaredRow, DeclaredValue, ResourceValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { badCopy, cannotRemove } from './stageDialect.js';
import { canaryRec, inferred } from './stageEvidence.js';
import { existingDeployment, stageBoolean, stageDouble } from './stageValues.js';
import { variableValue } from './stageVariables.js';

export interface Canary {
  deploymentId?: string;
  percentTraffic?: number;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
}

/** A canary in AWS's member order, defaults filled: percentTraffic 0.0, useStageCache false. */
export function canaryOf(c: Canary, stageDeploymentId: unknown): Canary {
  return {
    deploymentId: c.deploymentId ?? String(stageDeploymentId),
    percentTraffic: c.percentTraffic ?? 0,
    ...(c.stageVariableOverrides && Object.keys(c.stageVariableOverrides).length > 0 ? { stageVariableOverrides: { ...c.stageVariableOverrides } } : {}),
    useStageCache: c.useStageCache ?? false,
  };
}

export const canaryUpsert = defineRule(
  'stage.canary.upsert',
  'replace of a canary member on a stage without a canary creates it: deploymentId the stage\'s own, percentTraffic 0.0, useStageCache false, no overrides',
  ...canaryRec('test_create_canary_deployment_by_stage_update: update-stage-with-deployment, update-stage-with-percent; test_update_stage_with_copy_ops: update-stage-with-copy'),
);

export const promotionUnavailable = badRequestRule('stage.canary.promotion-without-canary', 'copy (promotion) on a stage without a canary: 400', () => 'Promotion not available. Canary does not exist.', canaryRec('test_update_stage_with_copy_ops: copy-with-no-replace'));

const promotion = defineRule(
  'stage.canary.promotion',
  'copy from /canarySettings/deploymentId to /deploymentId sets the stage\'s deployment; copy from /canarySettings/stageVariableOverrides to /variables merges the overrides into the variables; the canary stays',
  ...canaryRec('test_update_stage_with_copy_ops: update-stage-with-copy, update-stage-with-copy-2'),
);

const canaryOfDraft = (draft: ResourceValue): Canary => canaryOf((draft.canarySettings ?? {}) as Canary, draft.deploymentId);

function upsert(field: keyof Canary, value: DeclaredValue, rowRule: Rule) {
  return (draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext): Rejection | null => {
    const read = value.read(op.value, ctx);
    if (!read.ok) return { error: read.error, rule: read.rule };
    // A canary made by this replace has the upsert's defaults; the member set is this row's.
    if (draft.canarySettings === undefined) op.decide?.([], canaryUpsert);
    draft.canarySettings = canaryOf({ ...canaryOfDraft(draft), [field]: read.value }, draft.deploymentId);
    op.decide?.([field], read.value !== op.value ? value.rule : rowRule);
    return null;
  };
}

function override(draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext): Rejection | null {
  const key = op.keys.at(-1)!;
  const current = draft.canarySettings as Canary | undefined;
  if (op.op === 'remove') {
    if (!current?.stageVariableOverrides || !(key in current.stageVariableOverrides)) return reject(cannotRemove, op.path);
    const rest = { ...current.stageVariableOverrides };
    delete rest[key];
    draft.canarySettings = canaryOf({ ...current, stageVariableOverrides: rest }, draft.deploymentId);
    return null;
  }
  const read = variableValue.read(op.value, ctx);
  if (!read.ok) return { error: read.error, rule: read.rule };
  const canary = canaryOfDraft(draft);
  draft.canarySettings = canaryOf({ ...canary, stageVariableOverrides: { ...(canary.stageVariableOverrides ?? {}), [key]: String(read.value) } }, draft.deploymentId);
  return null;
}

/** The promotion rows' copy: only from the matching canary member, and only with a canary. */
export function promote(draft: ResourceValue, op: CustomOperation): Rejection | null {
  const from = op.path === '/deploymentId' ? '/canarySettings/deploymentId' : '/canarySettings/stageVariableOverrides';
  if (op.from !== from) return reject(badCopy, op.path, op.from);
  const canary = draft.canarySettings as Canary | undefined;
  if (!canary) return reject(promotionUnavailable);
  if (op.path === '/deploymentId') draft.deploymentId = canary.deploymentId;
  else {
    const merged = { ...((draft.variables ?? {}) as Record<string, string>), ...(canary.stageVariableOverrides ?? {}) };
    draft.variables = Object.keys(merged).length > 0 ? merged : undefined;
  }
  return null;
}

const rec = canaryRec('test_create_update_stages: update-stage-canary-settings-overrides, update-stage-remove-canary-settings; test_create_canary_deployment_by_stage_update');
const none: DeclaredValue = { rule: defineRule('stage.value.none', 'the operation takes no value', 'inferred', 'remove and copy ignore the value'), inside: [''], edges: [], read: () => ({ ok: true, value: undefined }) };

const percent = stageDouble('stage.value.percent-traffic', 'percentTraffic', ['50', '0.0', '100.0'], canaryRec('update-stage-with-percent ("50" is 50.0), update-stage-with-copy ("0.0")'));
const stageCache = stageBoolean('stage.value.use-stage-cache', inferred('a boolean read as the others; only false is recorded'));

export function canaryRows(): DeclaredRow[] {
  const row = (pattern: string, ops: DeclaredRow['ops'], apply: (d: ResourceValue, o: CustomOperation, c: DeclaredContext) => Rejection | null, value: DeclaredValue, sourced = rec): DeclaredRow => ({
    rule: defineRule(`stage.path:${pattern}`, `${pattern}: ${ops.join(', ')}`, ...sourced),
    pattern,
    ops,
    target: { kind: 'custom', member: 'canarySettings', apply },
    value,
  });
  // An upsert names its row in its decisions (the member it sets), so the row's rule is made first.
  const upsertRow = (field: keyof Canary, value: DeclaredValue, sourced = rec): DeclaredRow => {
    const pattern = `/canarySettings/${field}`;
    const rule = defineRule(`stage.path:${pattern}`, `${pattern}: replace`, ...sourced);
    return { rule, pattern, ops: ['replace'], target: { kind: 'custom', member: 'canarySettings', apply: upsert(field, value, rule) }, value };
  };
  return [
    row('/canarySettings', ['remove'], (d) => ((d.canarySettings = undefined), null), none, canaryRec('update-stage-remove-canary-settings, remove-stage-canary; a stage without a canary is assumed to take it silently')),
    upsertRow('deploymentId', existingDeployment, canaryRec('test_create_canary_deployment_by_stage_update: update-stage-with-deployment; update-stage-no-deployment')),
    upsertRow('percentTraffic', percent),
    upsertRow('useStageCache', stageCache),
    row('/canarySettings/stageVariableOverrides/{key}', ['replace', 'remove'], override, variableValue, canaryRec('test_create_update_stages: update-stage-canary-settings-overrides; remove of a key inferred')),
    // The whole map: copy names both paths in its text (a remove falls to the dialect's remove text).
    row('/canarySettings/stageVariableOverrides', ['copy'], (_d, o) => reject(badCopy, o.path, o.from), none, canaryRec('test_update_stage_with_copy_ops: copy-with-bad-statement; update-stage-canary-settings-remove-overrides')),
  ];
}

export function promotionRows(): DeclaredRow[] {
  return [
    {
      rule: defineRule('stage.path:/variables', '/variables: copy from /canarySettings/stageVariableOverrides (promotion) only', ...canaryRec('test_update_stage_with_copy_ops')),
      pattern: '/variables',
      ops: ['copy'],
      target: { kind: 'custom', member: 'variables', apply: (d, o) => promote(d, o) },
      value: none,
    },
  ];
}

export const canaryRules = [canaryUpsert, promotionUnavailable, promotion];
