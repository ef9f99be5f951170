/**
 * UpdateIntegration as AWS answers it, driven by the rule table: pure, state in, answer out.
 * Phases: deserialize the body, validate every op against the enum, apply operations in order on a
 * draft (path, op, key, value), then check the patched integration. Any error leaves `current` as is.
 *
 * The answer says why it is so: which rule decided each member it wrote (the row, or the value
 * parser where it coerced, or the order of operations where two ops wrote the same member), which
 * checks each operation passed, and how many operations were evaluated before a rejection.
 * `current` may be a target's own answer: null members read as absent and are kept as they are.
 */
import type { Integration, IntegrationContext, Outcome } from '../contract.js';
import type { ErrorRule, Rule } from '../rules/defineRule.js';
import { reject } from '../rules/defineRule.js';
import { integrationMissingOnChange } from '../rules/integrationLifecycle.js';
import { emptiedMapDisappears, integrationConstraints, matchIntegrationPath, type Constraint, type IntegrationPathRule } from '../rules/integration.js';
import { ignoredValue, invalidPatchValue } from '../rules/integrationValues.js';
import {
  opOutsideEnum,
  opsInOrder,
  patchAnswer,
  patchOpEnum,
  pointerEscapes,
  unknownPatchPath,
  unsupportedPatchOp,
  untouchedMembersKept,
  patchBodyShape,
  valueIgnoredOnRemove,
} from '../rules/patchOperations.js';
import { checkWireShape } from '../rules/wireTypes.js';
import { canonicalIntegration, cloneIntegration } from './cloneIntegration.js';
import { escapePointer, parsePointer, type SegmentDecoding } from './escapePointer.js';
import { rejected, type Decision, type Expectation, type Gate } from './expectation.js';

interface WireOp {
  op?: string;
  path?: string;
  value?: string;
  from?: string;
}

/** What the operations decided so far: the member pointers they wrote, the checks they passed. */
interface Trace {
  decisions: Decision[];
  passed: Gate[];
  rows: Rule[];
}

const enumSet: ReadonlySet<string> = new Set(patchOpEnum);
// A constraint that answers with other rules' texts (the uri checks) is known by those texts.
const constraintGates: readonly Gate[] = integrationConstraints.flatMap((c) => (c.speaksAs ?? [c.rule]).map((guard) => ({ guard, blame: c.rule })));
const opEnumGate: Gate = { guard: opOutsideEnum, blame: opOutsideEnum };

/** Model validation, before the integration is looked at: the body deserializes and every op is in the enum. */
function validated(body: unknown): { ops: WireOp[] } | { rejection: Expectation } {
  const wire = checkWireShape(body, patchBodyShape);
  if (wire) return { rejection: rejected(wire, [], 0) };
  // Coral reads a null member (or a null operation) as absent.
  const ops = (((body ?? {}) as { patchOperations?: (WireOp | null)[] | null }).patchOperations ?? []).map(
    (o) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== null)) as WireOp,
  );
  const bad = ops.flatMap((o, n) => (typeof o.op === 'string' && !enumSet.has(o.op) ? [{ index: n + 1, op: o.op }] : []));
  // Every op is read for the enum check; each bad one is evaluated (and reported), the rest are not.
  if (bad.length > 0) return { rejection: rejected(reject(opOutsideEnum, bad), [], bad.at(-1)!.index) };
  return { ops };
}

/** UpdateIntegration on a method without an integration: model validation first, then 404. */
export function updateMissingIntegration(body: unknown): Expectation {
  const v = validated(body);
  return 'rejection' in v ? v.rejection : rejected(reject(integrationMissingOnChange), [], 0);
}

export function updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Expectation {
  const v = validated(body);
  if ('rejection' in v) return v.rejection;
  const { ops } = v;
  const expected = applyOperations(current, ops, ctx);
  // For blame: what targets answer that break a rule in a typical way, or that let rejected operations through.
  const escaped = ops.some((o) => typeof o.path === 'string' && o.path.includes('~'));
  const valuesAsNames = setMemberAddsNamedByValue(ops);
  if (ops.length > 1 || escaped || valuesAsNames) {
    expected.mutants = () => [
      ...otherOrders(ops).map((order) => ({ rule: opsInOrder, outcome: applyOperations(current, order, ctx).outcome })),
      ...(escaped ? misreadEscapes.map((decoding) => ({ rule: pointerEscapes, outcome: applyOperations(current, ops, ctx, decoding).outcome })) : []),
      ...(valuesAsNames ? [{ rule: ignoredValue.rule, outcome: applyOperations(current, valuesAsNames, ctx).outcome }] : []),
    ];
  }
  if (ops.length > 1 && !expected.outcome.ok) expected.lettingThrough = () => lettingThrough(current, ops, expected, ctx);
  return expected;
}

/**
 * The orders implementations apply a list in by mistake: last to first, removes before the rest (two
 * passes), removes after the rest, sorted by path. Only those that differ from the list's own order.
 */
function otherOrders(ops: readonly WireOp[]): WireOp[][] {
  if (ops.length < 2) return [];
  const isRemove = (o: WireOp) => o.op === 'remove';
  const orders = [
    [...ops].reverse(),
    [...ops.filter(isRemove), ...ops.filter((o) => !isRemove(o))],
    [...ops.filter((o) => !isRemove(o)), ...ops.filter(isRemove)],
    [...ops].sort((a, b) => String(a.path).localeCompare(String(b.path))),
  ];
  const seen = new Set([JSON.stringify(ops)]);
  return orders.filter((o) => !seen.has(JSON.stringify(o)) && seen.add(JSON.stringify(o)));
}

/** The list with each add of a set member that carries a value aimed at the value as the name (the value was to be ignored); null when none does. */
function setMemberAddsNamedByValue(ops: readonly WireOp[]): WireOp[] | null {
  let changed = false;
  const read = ops.map((o) => {
    const segments = o.op === 'add' && typeof o.value === 'string' && o.value !== '' && typeof o.path === 'string' ? parsePointer(o.path) : null;
    const match = segments && matchIntegrationPath(segments);
    if (!match || match.row.target.kind !== 'setMember' || match.key === o.value) return o;
    changed = true;
    return { ...o, path: `/${segments![0]}/${escapePointer(o.value!)}` };
  });
  return changed ? read : null;
}

/** The answers had the rejected operation been let through, then the next one rejected too, and so on. */
function lettingThrough(current: Integration, ops: readonly WireOp[], first: Expectation, ctx: IntegrationContext): Expectation[] {
  const outcomes: Expectation[] = [];
  let rest = ops;
  let e = first;
  // Only operations can be let through: a constraint on the patched result rejects after the last one.
  while (!e.outcome.ok && e.evaluated !== undefined && e.evaluated >= 1 && e.evaluated <= rest.length && !isConstraintRejection(e)) {
    const at = e.evaluated - 1;
    rest = rest.filter((_, n) => n !== at);
    e = applyOperations(current, rest, ctx);
    outcomes.push(e);
  }
  return outcomes;
}

const constraintRules: ReadonlySet<Rule> = new Set(integrationConstraints.map((c) => c.rule));
const isConstraintRejection = (e: Expectation): boolean => e.rules[0] !== undefined && constraintRules.has(e.rules[0]);

const misreadEscapes: readonly SegmentDecoding[] = ['raw', 'tilde-first', 'slash-only'];

/**
 * The answer of a target that never checks the given constraints on the patched integration: how a
 * target typically breaks a constraint (the self-check's faults are built on it).
 */
export function updateIntegrationUnchecked(current: Integration, body: unknown, ctx: IntegrationContext, unchecked: readonly Constraint[]): Expectation {
  const v = validated(body);
  return 'rejection' in v ? v.rejection : applyOperations(current, v.ops, ctx, 'rfc6901', integrationConstraints.filter((c) => !unchecked.includes(c)));
}

function applyOperations(current: Integration, ops: readonly WireOp[], ctx: IntegrationContext, decoding: SegmentDecoding = 'rfc6901', constraints: readonly Constraint[] = integrationConstraints): Expectation {
  const draft = cloneIntegration(current);
  const trace: Trace = { decisions: [{ at: '/status', rule: patchAnswer }], passed: [opEnumGate], rows: [] };
  for (const [n, o] of ops.entries()) {
    const step = applyOperation(draft, o, ctx, trace, decoding);
    // The checks the operations before it passed: a target refusing at one of them is blamed on that check.
    if (step) return { ...step, evaluated: n + 1, passed: [...trace.passed] };
  }
  for (const c of constraints) {
    const v = c.violation(draft);
    // The constraint decides (uri re-validation is inferred for updates even where put's text is recorded).
    if (v) return { ...rejected(v.rule === c.rule ? v : { error: v.error, rule: c.rule }, [v.rule], ops.length), passed: [...trace.passed] };
  }
  trace.passed.push(...constraintGates);
  // A map the patch emptied is absent from the answer: that (inferred) rule decides its absence, also
  // when the patch created it first (add then remove).
  for (const m of ['requestParameters', 'requestTemplates'] as const) {
    if (draft[m] === undefined && trace.decisions.some((d) => d.at.startsWith(`/value/${m}/`))) trace.decisions.push({ at: `/value/${m}`, rule: emptiedMapDisappears });
  }
  const rules = [...new Set([...trace.rows, ...trace.decisions.slice(1).map((d) => d.rule), opsInOrder])];
  return {
    outcome: { ok: true, status: 200, value: canonicalIntegration(draft) },
    rules,
    decisions: trace.decisions,
    fallback: untouchedMembersKept,
    passed: trace.passed,
    evaluated: ops.length,
  };
}

/** Records that `rule` decided the member at `at` (a later operation on the same member overrides: the last writer decides). */
function decide(trace: Trace, at: string, rule: Rule): void {
  trace.decisions.push({ at, rule });
}

/** Applies one operation to the draft; an Expectation only when it is rejected. */
function applyOperation(draft: Integration, o: WireOp, ctx: IntegrationContext, trace: Trace, decoding: SegmentDecoding): Expectation | null {
  const segments = o.path === undefined ? null : parsePointer(o.path, decoding);
  const match = segments && matchIntegrationPath(segments);
  if (!match) return rejected(reject(unknownPatchPath, o.path));
  // A row that refuses every op (/type) decides; the text is the unknown path's.
  if (match.row.ops.length === 0) return { ...rejected({ error: reject(unknownPatchPath, o.path).error, rule: match.row.rule }, [unknownPatchPath]), wording: unknownPatchPath };
  const { row, key } = match;
  if (!trace.rows.includes(row.rule)) trace.rows.push(row.rule);
  trace.passed.push({ guard: unknownPatchPath, blame: row.rule });
  if (o.op === undefined || !(row.ops as readonly string[]).includes(o.op)) {
    const allowed = patchOpEnum.filter((p) => row.ops.includes(p));
    return rejected(reject(unsupportedPatchOp, allowed), [row.rule]);
  }
  trace.passed.push({ guard: unsupportedPatchOp, blame: row.rule });
  if (row.notFor && (row.notFor.types as readonly string[]).includes(draft.type ?? '')) return rejected(reject(row.notFor.rule), [row.rule]);
  if (row.notFor) trace.passed.push({ guard: row.notFor.rule, blame: row.notFor.rule });
  const t = row.target;
  if (t.kind === 'mapEntry') {
    if (!t.validKey(key!)) return rejected(t.keyRejection(key!), [row.rule]);
    const refusal = t.keyRejection(key!);
    trace.passed.push({ guard: refusal.rule as ErrorRule, blame: refusal.rule, says: () => refusal.error.message });
  }
  if (o.op === 'remove') {
    if (o.value !== undefined) trace.passed.push({ guard: invalidPatchValue, blame: valueIgnoredOnRemove, ...(typeof o.value === 'string' && o.value !== '' ? { mentions: o.value } : {}) });
    return removeEntry(draft, row, key!, trace);
  }
  const parsed = row.value.parse(o.value, ctx);
  if (!parsed.ok) return { ...rejected(parsed, [row.value.rule, row.rule]), scope: row.pattern };
  // A parser that takes anything is broken by a target that refuses the value, as one that checks is.
  const says = row.value.says;
  // (A text names a missing value as null, as AWS's value errors do.)
  trace.passed.push({ guard: row.value.rejects ?? invalidPatchValue, blame: row.value.rule, ...(says ? { says: () => says(o.value) } : o.value !== '' ? { mentions: o.value ?? 'null' } : {}) });
  // The parser decides a value it changed ("99" -> 99, "" -> null) or what no value means; otherwise the row does. A set
  // member is named by the path: a value other than the name is the ignored value's to decide. A value
  // with a documented meaning of its own (the caller's credentials) is its rule's.
  const decider =
    row.value.decides?.(o.value) ??
    (row.target.kind === 'setMember'
      ? o.value && o.value !== key && !(draft[row.target.member] ?? []).includes(key!) ? row.value.rule : row.rule
      : parsed.value !== o.value || o.value === undefined ? row.value.rule : row.rule);
  return setValue(draft, row, key, o.op as 'add' | 'replace', parsed.value, trace, decider);
}

const memberPointer = (row: IntegrationPathRule, key: string | undefined): string => {
  const t = row.target;
  if (t.kind === 'mapEntry') return `/value/${t.member}/${escapePointer(key!)}`;
  if (t.kind === 'nested') return `/value/${t.member}/${t.field}`;
  return `/value/${t.member}`; // lists are compared whole
};

function removeEntry(draft: Integration, row: IntegrationPathRule, key: string, trace: Trace): Expectation | null {
  const t = row.target;
  if (t.kind === 'mapEntry') {
    const map = draft[t.member] as Record<string, unknown> | undefined | null;
    if (!map || !(key in map)) return rejected(reject(t.missingKey), [row.rule]);
    trace.passed.push({ guard: t.missingKey, blame: t.missingKey });
    const next = { ...map };
    delete next[key];
    draft[t.member] = Object.keys(next).length === 0 ? undefined : (next as Record<string, string>);
    decide(trace, memberPointer(row, key), row.rule);
    return null;
  }
  if (t.kind === 'setMember') {
    const list = draft[t.member] ?? [];
    if (!list.includes(key)) return rejected(reject(t.missingKey), [row.rule]);
    trace.passed.push({ guard: t.missingKey, blame: t.missingKey });
    draft[t.member] = list.filter((n) => n !== key);
    decide(trace, memberPointer(row, key), row.rule);
    return null;
  }
  return null; // no scalar row allows remove
}

function setValue(draft: Integration, row: IntegrationPathRule, key: string | undefined, op: 'add' | 'replace', value: unknown, trace: Trace, decider: Rule): Expectation | null {
  const t = row.target;
  switch (t.kind) {
    case 'member':
      (draft as Record<string, unknown>)[t.member] = value;
      break;
    case 'nested':
      draft[t.member] = { ...draft[t.member], [t.field]: value as boolean };
      break;
    case 'mapEntry': {
      const map = (draft[t.member] ?? {}) as Record<string, unknown>;
      if (op === 'replace' && !(key! in map)) return rejected(reject(t.missingKey), [row.rule]);
      if (op === 'replace') trace.passed.push({ guard: t.missingKey, blame: t.missingKey });
      draft[t.member] = { ...map, [key!]: value } as Record<string, string>;
      break;
    }
    case 'setMember': {
      // Only add reaches here (the row allows add and remove): a name already present stays once.
      const list = draft[t.member] ?? [];
      if (!list.includes(key!)) draft[t.member] = [...list, key!];
      break;
    }
  }
  decide(trace, memberPointer(row, key), decider);
  return null;
}

/** The answer pointers a patch's operations address (rows it names), whether or not they apply. */
export function addressedMembers(body: unknown): string[] {
  const ops = (body as { patchOperations?: unknown } | null)?.patchOperations;
  if (!Array.isArray(ops)) return [];
  return ops.flatMap((o) => {
    const path = (o as WireOp | null)?.path;
    const segments = typeof path === 'string' ? parsePointer(path) : null;
    const match = segments && matchIntegrationPath(segments);
    return match ? [memberPointer(match.row, match.key)] : [];
  });
}

/**
 * The states a target without all-or-nothing may hold after a patch AWS rejects: the operations
 * before the rejected one written one by one (each checked as it is written), and every operation
 * but the rejected ones (the rejections let through). Distinct from `current` and each other.
 */
export function statesAfterRejection(current: Integration, body: unknown, ctx: IntegrationContext): Integration[] {
  const e = updateIntegration(current, body, ctx);
  if (e.outcome.ok) return [];
  const ops = (body as { patchOperations?: WireOp[] } | null)?.patchOperations ?? [];
  let half = current;
  for (const op of ops.slice(0, operationsBeforeRejection(e))) {
    const one = updateIntegration(half, { patchOperations: [op] }, ctx).outcome;
    if (!one.ok) break;
    half = one.value;
  }
  const through = (e.lettingThrough?.() ?? []).map((x) => x.outcome).find((o) => o.ok);
  const seen = new Set([JSON.stringify(current)]);
  return [half, ...(through?.ok ? [through.value] : [])].filter((s) => !seen.has(JSON.stringify(s)) && seen.add(JSON.stringify(s)));
}

/**
 * How many operations of a rejected patch come before the one rejected: what a target without
 * all-or-nothing would have written. None when the body failed model validation (deserialization,
 * the op enum), which AWS checks before any operation.
 */
export function operationsBeforeRejection(e: Expectation): number {
  if (e.outcome.ok || e.evaluated === undefined || e.rules[0] === opOutsideEnum || e.rules[0]?.id.startsWith('wire.')) return 0;
  return Math.max(0, e.evaluated - 1);
}
