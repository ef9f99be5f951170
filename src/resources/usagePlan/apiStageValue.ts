/** An API stage as UsagePlan's patch values and paths name it: `<apiId>:<stage>`. */
import { defineRule, reject, type Rejection } from '../../rules/defineRule.js';
import type { DeclaredValue, ResourceValue } from '../declaration.js';
import { apiStageMalformed, apiStageNotInPlan } from './usagePlanErrors.js';

export interface ApiStage {
  apiId: string;
  stage: string;
  throttle?: Record<string, { burstLimit?: number; rateLimit?: number }>;
}

/** `<apiId>:<stage>` split at the first colon; null when a part is missing or empty. */
export function parseApiStage(raw: string | undefined): { apiId: string; stage: string } | null {
  const at = raw?.indexOf(':') ?? -1;
  if (raw === undefined || at <= 0 || at === raw.length - 1) return null;
  return { apiId: raw.slice(0, at), stage: raw.slice(at + 1) };
}

export const apiStageValue: DeclaredValue = {
  rule: defineRule('usage-plan.value.api-stage', '<apiId>:<stage>', 'aws-recorded', 'LocalStack TestUsagePlans::test_usage_plan_crud (update-wrong-api-stages-*); Terraform usage_plan.go sends the same form'),
  inside: ['a1b2c3d4e5:dev', 'a1b2c3d4e5:prod'],
  edges: ['fakevalue', 'a1b2c3d4e5:', ':dev', ''],
  read: (raw) => {
    const s = parseApiStage(raw);
    return s ? { ok: true, value: s } : { ok: false, ...reject(apiStageMalformed) };
  },
};

/** The plan's attached stage named by `<apiId>:<stage>`, or the refusal AWS gives. */
export function attachedStage(plan: ResourceValue, raw: string | undefined, planId: string): { stage: ApiStage } | Rejection {
  const s = parseApiStage(raw);
  if (!s) return reject(apiStageMalformed);
  const stage = ((plan.apiStages ?? []) as ApiStage[]).find((x) => x.apiId === s.apiId && x.stage === s.stage);
  return stage ? { stage } : reject(apiStageNotInPlan, s.apiId, s.stage, planId);
}
