/**
 * UsagePlan's API-stage paths: `/apiStages` (add, remove by `<apiId>:<stage>`) and the per-stage throttle
 * paths of the patch-operations table, which address an attached stage and a `<resourcePath>/<httpMethod>`
 * entry of its throttle map (the resource path is one `~1`-escaped segment: `~1pets/GET`).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { PatchOp } from '../../rules/patchOperations.js';
import type { DeclaredContext, DeclaredRow, DeclaredValue, ResourceValue } from '../declaration.js';
import { apiStageValue, attachedStage, type ApiStage } from './apiStageValue.js';
import { doubleValue, integerValue } from './limitValues.js';
import { apiStageUnknown, invalidStageThrottle } from './usagePlanErrors.js';

const doc = 'API reference patch-operations table (UpdateUsagePlan)';
type Throttle = NonNullable<ApiStage['throttle']>;

const planId = (ctx: DeclaredContext) => ctx.params.usagePlanId ?? '';
const stagesOf = (draft: ResourceValue) => (draft.apiStages ?? []) as ApiStage[];

/** `/apiStages`: add attaches a stage once; remove detaches an attached one (404 naming it otherwise). */
const apiStagesRow: DeclaredRow = {
  rule: defineRule('usage-plan.path:/apiStages', '/apiStages: add and remove an <apiId>:<stage> value', 'aws-recorded', 'LocalStack TestUsagePlans::test_usage_plan_crud (remove with no value, a malformed value, an unattached stage); add from the patch-operations table and Terraform usage_plan.go'),
  pattern: '/apiStages',
  ops: ['add', 'remove'],
  value: apiStageValue,
  target: {
    kind: 'custom',
    member: 'apiStages',
    apply: (draft, op, ctx) => {
      const read = apiStageValue.read(op.value, ctx);
      if (!read.ok) return { error: read.error, rule: read.rule };
      const { apiId, stage } = read.value as ApiStage;
      const stages = stagesOf(draft);
      if (op.op === 'remove') {
        const found = attachedStage(draft, op.value, planId(ctx));
        if ('error' in found) return found;
        draft.apiStages = stages.filter((s) => s !== found.stage);
      } else if (!stages.some((s) => s.apiId === apiId && s.stage === stage)) {
        if (!ctx.world.instances('Stage').some((i) => i.params.restApiId === apiId && i.params.stageName === stage)) return reject(apiStageUnknown, apiId, stage, planId(ctx));
        draft.apiStages = [...stages, { apiId, stage }];
      }
      return null;
    },
  },
};

/** The stage's whole throttle map, as a JSON object (inferred). */
const stageThrottleValue: DeclaredValue = {
  rule: defineRule('usage-plan.value.stage-throttle', 'a JSON object {"<resourcePath>/<httpMethod>": {burstLimit, rateLimit}}', 'inferred', 'the member\'s shape in the service model (ApiStage.throttle); the table does not say the value'),
  inside: ['{"/pets/GET": {"burstLimit": 10, "rateLimit": 5.0}}', '{}'],
  edges: ['x', '[]', ''],
  read: (raw) => {
    try {
      const parsed: unknown = JSON.parse(raw ?? '');
      const ok = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
      if (ok) return { ok: true, value: parsed };
    } catch {
      // refused below
    }
    return { ok: false, ...reject(invalidStageThrottle) };
  },
};

/** A row on one attached stage (its `<apiId>:<stage>` is the first `{key}`); `change` edits that stage. */
function stageRow(pattern: string, ops: readonly PatchOp[], summary: string, value: DeclaredValue, change: (stage: ApiStage, op: { op: PatchOp; keys: readonly string[]; read: unknown }) => void): DeclaredRow {
  return {
    rule: defineRule(`usage-plan.path:${pattern}`, summary, 'aws-doc', `${doc}; remove is named in the path list boto/boto3#2629 quotes; a stage not attached answered as for remove /apiStages (inferred)`),
    pattern,
    ops,
    value,
    target: {
      kind: 'custom',
      member: 'apiStages',
      apply: (draft, op, ctx) => {
        const [apiStage] = op.keys;
        const found = attachedStage(draft, apiStage, planId(ctx));
        if ('error' in found) return found;
        let read: unknown;
        if (op.op !== 'remove') {
          const r = value.read(op.value, ctx);
          if (!r.ok) return { error: r.error, rule: r.rule };
          read = r.value;
        }
        const copy: ApiStage = { ...found.stage, ...(found.stage.throttle ? { throttle: { ...found.stage.throttle } } : {}) };
        change(copy, { op: op.op, keys: op.keys, read });
        if (copy.throttle && Object.keys(copy.throttle).length === 0) delete copy.throttle;
        draft.apiStages = stagesOf(draft).map((s) => (s === found.stage ? copy : s));
          return null;
      },
    },
  };
}

const methodKey = (keys: readonly string[]) => `${keys[1]}/${keys[2]}`;

const limitRow = (field: 'rateLimit' | 'burstLimit') =>
  stageRow(`/apiStages/{key}/throttle/{key}/{key}/${field}`, ['add', 'replace'], `per-method ${field} of an attached stage: add and replace upsert the entry`, field === 'rateLimit' ? doubleValue(`throttle/${field}`) : integerValue(`throttle/${field}`), (stage, { keys, read }) => {
    const throttle: Throttle = stage.throttle ?? {};
    throttle[methodKey(keys)] = { ...(throttle[methodKey(keys)] ?? {}), [field]: read as number };
    stage.throttle = throttle;
  });

export const apiStageRows: readonly DeclaredRow[] = [
  apiStagesRow,
  stageRow('/apiStages/{key}/throttle', ['add', 'replace', 'remove'], "an attached stage's whole throttle map: add and replace set it, remove clears it", stageThrottleValue, (stage, { op, read }) => {
    if (op === 'remove') delete stage.throttle;
    else stage.throttle = read as Throttle;
  }),
  stageRow('/apiStages/{key}/throttle/{key}/{key}', ['remove'], "one method's entry of an attached stage's throttle map: remove", stageThrottleValue, (stage, { keys }) => {
    if (stage.throttle) delete stage.throttle[methodKey(keys)];
  }),
  limitRow('rateLimit'),
  limitRow('burstLimit'),
];
