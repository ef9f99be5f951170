/** How UsagePlan's patch values become its throttle and quota numbers and period (values are strings on the wire). */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredValue } from '../declaration.js';
import { invalidNumber, invalidPeriod } from './usagePlanErrors.js';

export const quotaPeriods = ['DAY', 'WEEK', 'MONTH'] as const;

const crud = 'LocalStack TestUsagePlans::test_usage_plan_crud (update-usage-plan: "100" -> 100, "200" -> 200.0, "5000" -> 5000)';

export function integerValue(path: string): DeclaredValue {
  return {
    rule: defineRule(`usage-plan.value.integer:${path}`, `${path}: an integer from its string`, 'aws-recorded', crud),
    inside: ['100', '0', '5000'],
    edges: ['1.5', 'x', '', '-1'],
    read: (raw) => (raw !== undefined && /^-?\d+$/.test(raw) ? { ok: true, value: Number.parseInt(raw, 10) } : { ok: false, ...reject(invalidNumber, path, raw) }),
  };
}

export function doubleValue(path: string): DeclaredValue {
  return {
    rule: defineRule(`usage-plan.value.double:${path}`, `${path}: a double from its string`, 'aws-recorded', crud),
    inside: ['200', '10.5', '0'],
    edges: ['x', '', '1e3'],
    read: (raw) => (raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false, ...reject(invalidNumber, path, raw) }),
  };
}

export const periodValue: DeclaredValue = {
  rule: defineRule('usage-plan.value.period', `/quota/period: one of ${quotaPeriods.join(', ')}`, 'aws-recorded', 'LocalStack TestUsagePlans::test_usage_plan_crud (update-usage-plan: MONTH); the enum from the service model (QuotaPeriodType)'),
  inside: [...quotaPeriods],
  edges: ['month', 'YEAR', ''],
  read: (raw) => (raw !== undefined && (quotaPeriods as readonly string[]).includes(raw) ? { ok: true, value: raw } : { ok: false, ...reject(invalidPeriod, raw) }),
};
