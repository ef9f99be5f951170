/**
 * UsagePlan's plan-wide throttle and quota paths: add and replace of a field create the object when the
 * plan has none (offset then starts at 0), remove takes the whole object (AWS-recorded upsert:
 * LocalStack TestUsagePlans::test_usage_plan_crud update-usage-plan).
 */
import { defineRule } from '../../rules/defineRule.js';
import type { DeclaredRow, DeclaredValue } from '../declaration.js';
import { ignoredValue } from '../declaredValues.js';
import { doubleValue, integerValue, periodValue } from './limitValues.js';

const crud = 'LocalStack TestUsagePlans::test_usage_plan_crud (update-usage-plan: four replaces on a plan with neither object)';

export const quotaOffsetDefault = defineRule('usage-plan.quota-offset-default', 'a quota made by a patch starts with offset 0', 'aws-recorded', `${crud}: the answer shows offset 0`);

function fieldRow(object: 'throttle' | 'quota', field: string, value: DeclaredValue): DeclaredRow {
  const pattern = `/${object}/${field}`;
  return {
    rule:
      field === 'offset'
        ? defineRule(`usage-plan.path:${pattern}`, `${pattern}: add and replace set the field, creating ${object} when absent`, 'aws-doc', "the API reference's patch-operations table (add, replace); the recorded update never patches the offset")
        : defineRule(`usage-plan.path:${pattern}`, `${pattern}: add and replace set the field, creating ${object} when absent`, 'aws-recorded', `${crud}; add from the patch-operations table and Terraform usage_plan.go`),
    pattern,
    ops: ['add', 'replace'],
    value,
    target: {
      kind: 'custom',
      member: object,
      apply: (draft, op, ctx) => {
        const read = value.read(op.value, ctx);
        if (!read.ok) return { error: read.error, rule: read.rule };
        const made = draft[object] === undefined;
        const base = (draft[object] as Record<string, unknown> | undefined) ?? (object === 'quota' ? { offset: 0 } : {});
        draft[object] = { ...base, [field]: read.value };
        // A quota this patch makes starts at offset 0: that default's doing, not the field's row.
        if (made && object === 'quota' && field !== 'offset') op.decide?.(['offset'], quotaOffsetDefault);
        return null;
      },
    },
  };
}

const wholeRemove = (object: 'throttle' | 'quota'): DeclaredRow => ({
  rule: defineRule(`usage-plan.path:/${object}`, `/${object}: remove takes the whole object`, 'user-quote', "patch-operations table (remove); boto/boto3#2629 quotes it in remove's path list"),
  pattern: `/${object}`,
  ops: ['remove'],
  target: { kind: 'member', member: object },
  value: ignoredValue(defineRule(`usage-plan.value.${object}-remove`, 'remove takes no value', 'inferred', 'remove never reads a value'), undefined),
});

export const limitRows: readonly DeclaredRow[] = [
  wholeRemove('throttle'),
  fieldRow('throttle', 'burstLimit', integerValue('/throttle/burstLimit')),
  fieldRow('throttle', 'rateLimit', doubleValue('/throttle/rateLimit')),
  wholeRemove('quota'),
  fieldRow('quota', 'limit', integerValue('/quota/limit')),
  fieldRow('quota', 'offset', integerValue('/quota/offset')),
  fieldRow('quota', 'period', periodValue),
];
