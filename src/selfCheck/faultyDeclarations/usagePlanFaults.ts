/** Faults in ApiKey and UsagePlan, one plausible emulator bug each, as changed declarations. */
import type { DeclaredRow, ResourceDeclaration } from '../../resources/declaration.js';
import { badRequestRule } from '../../resources/declaredErrorRules.js';
import { reject } from '../../rules/defineRule.js';
import { changed, row } from './changedRegistry.js';
import type { FaultyDeclaration } from './index.js';

/** The declaration with each custom row matching `pick` applying `after` once its own change is made. */
const afterRow = (pick: (r: DeclaredRow) => boolean, after: (draft: Record<string, unknown>, before: Record<string, unknown>) => void) => (d: ResourceDeclaration): ResourceDeclaration => ({
  ...d,
  rows: d.rows.map((r) => {
    if (!pick(r) || r.target.kind !== 'custom') return r;
    const t = r.target;
    return {
      ...r,
      target: {
        ...t,
        apply: (draft, op, ctx) => {
          const before = structuredClone(draft);
          const refusal = t.apply(draft, op, ctx);
          if (!refusal) after(draft, before);
          return refusal;
        },
      },
    };
  }),
});

const strictBoolean = badRequestRule('fault.strict-boolean', 'a strict boolean', (raw: string | undefined) => `Invalid boolean value: ${raw ?? 'null'}`, ['inferred', 'fault']);

export const usagePlanFaults: readonly FaultyDeclaration[] = [
  {
    id: 'api-key-update-shows-value',
    resource: 'ApiKey',
    ruleFamily: 'answers',
    rules: ['api-key.update-hides-value', 'api-key.patch.untouched-members-kept'],
    description: "UpdateApiKey answers the key's value, as the create does (moto's answer)",
    resources: changed('ApiKey', (d) => ({
      ...d,
      answerView: { ...d.answerView!, apply: (v, call, ctx) => ({ ...d.answerView!.apply(v, call, ctx), ...(call === 'update' && v.value !== undefined ? { value: v.value } : {}) }) },
    })),
  },
  {
    id: 'api-key-enabled-strict',
    resource: 'ApiKey',
    ruleFamily: 'coercion',
    rules: ['api-key.value.enabled', 'api-key.path:/enabled'],
    description: '/enabled takes only "true" or "false"; anything else (AWS: false) is a 400',
    resources: changed(
      'ApiKey',
      row('/enabled', (r) => ({ ...r, value: { ...r.value, read: (raw, ctx) => (raw === 'true' || raw === 'false' ? r.value.read(raw, ctx) : { ok: false, ...reject(strictBoolean, raw) }) } })),
    ),
  },
  {
    id: 'usage-plan-quota-without-offset',
    resource: 'UsagePlan',
    ruleFamily: 'defaults',
    rules: ['usage-plan.path:/quota/limit', 'usage-plan.path:/quota/offset', 'usage-plan.path:/quota/period', 'usage-plan.quota-offset-default'],
    description: 'a quota made by a patch has no offset (AWS answers offset 0; moto stores only what was sent)',
    resources: changed('UsagePlan', afterRow((r) => r.pattern === '/quota/limit' || r.pattern === '/quota/period', (draft, before) => {
      if (before.quota === undefined) delete (draft.quota as Record<string, unknown>).offset;
    })),
  },
  {
    id: 'usage-plan-remove-unattached-stage-ignored',
    resource: 'UsagePlan',
    ruleFamily: 'lookups',
    rules: ['usage-plan.path:/apiStages', 'usage-plan.api-stage-not-in-plan'],
    description: 'remove /apiStages of a stage the plan does not have answers 200 instead of 404',
    resources: changed('UsagePlan', (d) => ({
      ...d,
      rows: d.rows.map((r) => {
        if (r.pattern !== '/apiStages' || r.target.kind !== 'custom') return r;
        const t = r.target;
        return { ...r, target: { ...t, apply: (draft, op, ctx) => { const refusal = t.apply(draft, op, ctx); return refusal && refusal.rule.id === 'usage-plan.api-stage-not-in-plan' ? null : refusal; } } };
      }),
    })),
  },
];
