/**
 * UpdateIntegration as AWS answers it, driven by the rule table: pure, state in, answer out.
 * Phases: deserialize the body, validate every op against the enum, apply operations in order on a
 * draft (path, op, key, value), then check the patched integration. Any error leaves `current` as is.
 */
import type { Integration, IntegrationContext } from '../contract.js';
import type { Rule } from '../rules/defineRule.js';
import { reject } from '../rules/defineRule.js';
import { emptiedMapDisappears, integrationConstraints, integrationRules, matchIntegrationPath, type IntegrationPathRule } from '../rules/integration.js';
import {
  opOutsideEnum,
  opsInOrder,
  patchOpEnum,
  unknownPatchPath,
  unsupportedPatchOp,
  updateIntegrationBodyShape,
  valueIgnoredOnRemove,
} from '../rules/patchOperations.js';
import { checkWireShape } from '../rules/wireTypes.js';
import { canonicalIntegration, cloneIntegration } from './cloneIntegration.js';
import { parsePointer } from './escapePointer.js';
import { rejected, type Expectation } from './expectation.js';

interface WireOp {
  op?: string;
  path?: string;
  value?: string;
  from?: string;
}

const enumSet: ReadonlySet<string> = new Set(patchOpEnum);

export function updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Expectation {
  const wire = checkWireShape(body, updateIntegrationBodyShape);
  if (wire) return rejected(wire);
  // Coral reads a null member (or a null operation) as absent.
  const ops = (((body ?? {}) as { patchOperations?: (WireOp | null)[] | null }).patchOperations ?? []).map(
    (o) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== null)) as WireOp,
  );

  const bad = ops.flatMap((o, n) => (typeof o.op === 'string' && !enumSet.has(o.op) ? [{ index: n + 1, op: o.op }] : []));
  if (bad.length > 0) return rejected(reject(opOutsideEnum, bad));

  const draft = cloneIntegration(current);
  const used: Rule[] = [];
  for (const o of ops) {
    const step = applyOperation(draft, o, ctx, used);
    if (step) return step;
  }
  for (const c of integrationConstraints) {
    const v = c.violation(draft);
    // The constraint decides (uri re-validation is inferred for updates even where put's text is recorded).
    if (v) return rejected(v.rule === c.rule ? v : { error: v.error, rule: c.rule }, [v.rule]);
  }
  // Most specific first: the rows patched, their values, the constraints they passed; ordering last.
  const touched = new Set(used.flatMap((r) => integrationRules.find((row) => row.rule === r)?.target.member ?? []));
  const passed = integrationConstraints.filter((c) => c.members.some((m) => touched.has(m))).map((c) => c.rule);
  // A map the patch emptied is absent from the answer: that (inferred) rule decides the most.
  const emptied = (['requestParameters', 'requestTemplates'] as const).some((m) => current[m] !== undefined && draft[m] === undefined);
  return { outcome: { ok: true, status: 200, value: canonicalIntegration(draft) }, rules: [...(emptied ? [emptiedMapDisappears] : []), ...used, ...passed, opsInOrder] };
}

/** Applies one operation to the draft; an Expectation only when it is rejected. */
function applyOperation(draft: Integration, o: WireOp, ctx: IntegrationContext, used: Rule[]): Expectation | null {
  const segments = o.path === undefined ? null : parsePointer(o.path);
  const match = segments && matchIntegrationPath(segments);
  if (!match || match.row.ops.length === 0) return rejected(reject(unknownPatchPath, o.path), match ? [match.row.rule] : []);
  const { row, key } = match;
  if (!used.includes(row.rule)) used.push(row.rule);
  if (o.op === undefined || !(row.ops as readonly string[]).includes(o.op)) {
    const allowed = patchOpEnum.filter((p) => row.ops.includes(p));
    return rejected(reject(unsupportedPatchOp, allowed), [row.rule]);
  }
  if (row.notFor && (row.notFor.types as readonly string[]).includes(draft.type ?? '')) return rejected(reject(row.notFor.rule), [row.rule]);
  const t = row.target;
  if (t.kind === 'mapEntry' && t.invalidKey) {
    const r = t.invalidKey(key!);
    if (r) return rejected(r, [row.rule]);
  }
  if (o.op === 'remove') {
    if (o.value !== undefined && !used.includes(valueIgnoredOnRemove)) used.push(valueIgnoredOnRemove);
    return removeEntry(draft, row, key!);
  }
  const parsed = row.value.parse(o.value, ctx);
  if (!parsed.ok) return rejected(parsed, [row.rule]);
  if (!used.includes(row.value.rule)) used.push(row.value.rule);
  return setValue(draft, row, key, o.op as 'add' | 'replace', parsed.value);
}

function removeEntry(draft: Integration, row: IntegrationPathRule, key: string): Expectation | null {
  const t = row.target;
  if (t.kind === 'mapEntry') {
    const map = draft[t.member] as Record<string, unknown> | undefined;
    if (!map || !(key in map)) return rejected(reject(t.missingKey), [row.rule]);
    const next = { ...map };
    delete next[key];
    draft[t.member] = Object.keys(next).length === 0 ? undefined : (next as Record<string, string>);
    return null;
  }
  if (t.kind === 'setMember') {
    const list = draft[t.member] ?? [];
    if (!list.includes(key)) return rejected(reject(t.missingKey), [row.rule]);
    draft[t.member] = list.filter((n) => n !== key);
    return null;
  }
  return null; // no scalar row allows remove
}

function setValue(draft: Integration, row: IntegrationPathRule, key: string | undefined, op: 'add' | 'replace', value: unknown): Expectation | null {
  const t = row.target;
  switch (t.kind) {
    case 'member':
      (draft as Record<string, unknown>)[t.member] = value;
      return null;
    case 'nested':
      draft[t.member] = { ...draft[t.member], [t.field]: value as boolean };
      return null;
    case 'mapEntry': {
      const map = (draft[t.member] ?? {}) as Record<string, unknown>;
      if (op === 'replace' && !(key! in map)) return rejected(reject(t.missingKey), [row.rule]);
      draft[t.member] = { ...map, [key!]: value } as Record<string, string>;
      return null;
    }
    case 'setMember': {
      // Only add reaches here (the row allows add and remove): a name already present stays once.
      const list = draft[t.member] ?? [];
      if (!list.includes(key!)) draft[t.member] = [...list, key!];
      return null;
    }
  }
}
