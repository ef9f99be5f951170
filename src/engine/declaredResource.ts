/**
 * The reference engine for a declared resource (src/resources): pure, state in, answer out. Put builds
 * the resource from the declaration's lifecycle; update applies the patch rows in list order on a draft
 * and checks the constraints on the result; any error leaves the resource as it was. Every answer says
 * which rule decided each part of it, as updateIntegration's does, so blame stays exact.
 */
import type { Outcome } from '../contract.js';
import type { DeclaredContext, DeclaredRow, ResourceDeclaration, ResourceValue } from '../resources/declaration.js';
import { reject, type Rule } from '../rules/defineRule.js';
import { invalidPatchValue } from '../rules/integrationValues.js';
import { patchBodyShape, patchOpEnum, pointerEscapes, type PatchOp } from '../rules/patchOperations.js';
import { matchPattern } from '../rules/pathPattern.js';
import { checkWireShape } from '../rules/wireTypes.js';
import { apiError } from './apiError.js';
import { opEnumViolations, validationText, violation } from '../rules/modelValidation.js';
import { escapePointer, parsePointer, type SegmentDecoding } from './escapePointer.js';
import { rejected, type Decision, type Expectation, type Gate } from './expectation.js';

interface WireOp {
  op?: string;
  path?: string;
  value?: string;
  from?: string;
}

const enumSet: ReadonlySet<string> = new Set(patchOpEnum);

/** Members in the declaration's order, then whatever else the value holds (embedded children) in its own order. */
export function canonicalValue(decl: ResourceDeclaration, value: ResourceValue): ResourceValue {
  const out: ResourceValue = {};
  for (const m of decl.members) if (value[m.name] !== undefined) out[m.name] = value[m.name];
  for (const [k, v] of Object.entries(value)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

/**
 * Model validation of a call's path: the key's pattern (a status code), as Coral lists it after any
 * bad ops of the same request. Null when the key is fine (or the resource has no pattern).
 */
export function keyViolation(decl: ResourceDeclaration, params: DeclaredContext['params']): { entry: string; rule: Rule } | null {
  const p = decl.keyPattern;
  const key = params[decl.key];
  if (!p || key === undefined || p.regex.test(key)) return null;
  return { entry: violation(decl.key, key, p.constraint), rule: p.rule };
}

/** A call without a body (get, delete) whose key fails model validation; null otherwise. */
export function keyRejection(decl: ResourceDeclaration, params: DeclaredContext['params']): Expectation | null {
  const bad = keyViolation(decl, params);
  return bad ? rejected({ error: apiError('ValidationException', validationText([bad.entry])), rule: bad.rule }) : null;
}

/**
 * Model validation of a call, which AWS does before it looks anything up: the body's wire types and
 * op enum, and the key's pattern. Null when the call passes.
 */
export function modelRejection(decl: ResourceDeclaration, call: 'put' | 'get' | 'update' | 'delete', params: DeclaredContext['params'], body?: unknown): Expectation | null {
  if (call === 'update') {
    const v = validatedPatch(decl, body, params);
    return 'rejection' in v ? v.rejection : null;
  }
  if (call === 'put') {
    const wire = checkWireShape(body, decl.lifecycle.put.shape);
    if (wire) return rejected(wire);
    const missing = requiredMissing(decl, body);
    if (missing) return missing;
  }
  return keyRejection(decl, params);
}

/** A required member the put body lacks (null counts as absent): Coral's model validation, before any lookup. */
function requiredMissing(decl: ResourceDeclaration, body: unknown): Expectation | null {
  const b = (body ?? {}) as Record<string, unknown>;
  const rule = decl.lifecycle.put.requiredMissing;
  const absent = rule ? Object.keys(decl.lifecycle.put.required ?? {}).find((m) => b[m] === undefined || b[m] === null) : undefined;
  if (rule && absent !== undefined) return rejected(reject(rule, absent));
  const other = decl.lifecycle.put.modelValidation?.(b);
  return other ? rejected(other) : null;
}

/** Put (or Create): model validation, then the declaration's build, then its constraints. */
export function putDeclared(decl: ResourceDeclaration, body: unknown, ctx: DeclaredContext): Expectation {
  const put = decl.lifecycle.put;
  const wire = checkWireShape(body, put.shape);
  if (wire) return rejected(wire);
  const missing = requiredMissing(decl, body);
  if (missing) return missing;
  const badKey = keyRejection(decl, ctx.params);
  if (badKey) return badKey;
  const b = Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined));
  if (!put.build) throw new Error(`${decl.name} is kept by the implementation: its puts are answered by its own engine`);
  const built = put.build(b, ctx);
  if ('error' in built) return rejected(built);
  for (const c of decl.constraints) {
    const v = c.violation(built.value, ctx);
    if (v) return rejected({ error: v.error, rule: c.rule });
  }
  const decisions: Decision[] = [];
  const value = canonicalValue(decl, normalized(decl, built.value, decisions));
  return { ...viewed(decl, value, 'put', ctx, decisions, put.status), rules: [decl.lifecycle.answers.put, ...built.rules], decisions, fallback: decl.lifecycle.answers.put };
}

/** The resource is not there: model validation first (AWS reads the body before the resource), then its missing answer. */
export function missingDeclared(decl: ResourceDeclaration, body?: unknown, params: DeclaredContext['params'] = {}, account?: DeclaredContext['account']): Expectation {
  if (body !== undefined) {
    const v = validatedPatch(decl, body, params);
    if ('rejection' in v) return v.rejection;
  } else {
    const badKey = keyRejection(decl, params);
    if (badKey) return badKey;
  }
  return rejected(reject(decl.lifecycle.missing, params[decl.key] ?? '', params.restApiId, account?.id));
}

/** What AWS does to the resource without an error after a put or a patch; each change is decided by its normalizer. */
function normalized(decl: ResourceDeclaration, value: ResourceValue, decisions: Decision[]): ResourceValue {
  let v = value;
  for (const n of decl.normalizers ?? []) {
    const next = n.apply(v);
    for (const k of new Set([...Object.keys(v), ...Object.keys(next)])) if (JSON.stringify(v[k]) !== JSON.stringify(next[k])) decisions.push({ at: `/value/${escapePointer(k)}`, rule: n.rule });
    v = next;
  }
  return v;
}

export function getDeclared(decl: ResourceDeclaration, current: ResourceValue | null, params: DeclaredContext['params'] = {}, ctx?: DeclaredContext, call: 'get' | 'list' = 'get'): Expectation {
  const shown = current ?? (ctx && decl.defaultFor?.(params[decl.key] ?? '', ctx)) ?? null;
  if (!shown) return missingDeclared(decl, undefined, params, ctx?.account);
  const rule = current ? decl.lifecycle.answers.get : (decl.lifecycle.answers.default ?? decl.lifecycle.answers.get);
  const decisions: Decision[] = [];
  const seen = viewed(decl, canonicalValue(decl, shown), call, ctx ?? { params, world: noWorld }, decisions, decl.lifecycle.get.status);
  return { outcome: seen.outcome, rules: [rule], ...(decisions.length > 0 ? { decisions } : {}), fallback: rule };
}

const noWorld: DeclaredContext['world'] = { exists: () => false, instances: () => [], resourcePath: () => undefined };

/** The answer a call gives of the resource (the declaration's view), and the resource as kept where the answer shows less. */
function viewed(decl: ResourceDeclaration, value: ResourceValue, call: 'put' | 'get' | 'list' | 'update', ctx: DeclaredContext, decisions: Decision[], status: number): { outcome: Outcome; stored?: ResourceValue; viewed?: string[] } {
  const view = decl.answerView;
  if (!view) return { outcome: { ok: true, status, value: value as never } };
  const shown = view.apply(value, call, ctx);
  const changed = [...new Set([...Object.keys(value), ...Object.keys(shown)])].filter((k) => JSON.stringify(value[k]) !== JSON.stringify(shown[k]));
  for (const k of changed) decisions.push({ at: `/value/${escapePointer(k)}`, rule: view.rule });
  return { outcome: { ok: true, status, value: canonicalValue(decl, shown) as never }, stored: value, viewed: changed };
}

export function deleteDeclared(decl: ResourceDeclaration, current: ResourceValue | null, ctx: DeclaredContext): Expectation {
  if (!current) return missingDeclared(decl, undefined, ctx.params, ctx.account);
  const refused = decl.lifecycle.delete.refused?.(current, ctx);
  if (refused) return rejected(refused);
  return { outcome: { ok: true, status: decl.lifecycle.delete.status, value: {} }, rules: [decl.lifecycle.answers.delete] };
}

function validatedPatch(decl: ResourceDeclaration, body: unknown, params: DeclaredContext['params']): { ops: WireOp[] } | { rejection: Expectation } {
  const wire = checkWireShape(body, patchBodyShape);
  if (wire) return { rejection: rejected(wire, [], 0) };
  const ops = (((body ?? {}) as { patchOperations?: (WireOp | null)[] | null }).patchOperations ?? []).map(
    (o) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== null)) as WireOp,
  );
  const bad = ops.flatMap((o, n) => (typeof o.op === 'string' && !enumSet.has(o.op) ? [{ index: n + 1, op: o.op }] : []));
  const badKey = keyViolation(decl, params);
  if (bad.length > 0 && badKey) {
    // One ValidationException lists the bad ops, then the bad key (recorded on UpdateMethodResponse).
    const opsOnly = reject(decl.dialect.opEnum, bad).error;
    const text = validationText([...opEnumViolations(decl.dialect.updateInput, bad), badKey.entry]);
    const both = rejected({ error: apiError('ValidationException', text), rule: decl.dialect.opEnum }, [badKey.rule], bad.at(-1)!.index);
    // A target that never checks the key answers the op errors alone: that is the key's rule broken.
    return { rejection: { ...both, mutants: () => [{ rule: badKey.rule, outcome: { ok: false, error: opsOnly } }] } };
  }
  if (bad.length > 0) return { rejection: rejected(reject(decl.dialect.opEnum, bad), [], bad.at(-1)!.index) };
  if (badKey) return { rejection: rejected({ error: apiError('ValidationException', validationText([badKey.entry])), rule: badKey.rule }, [], 0) };
  return { ops };
}

/** A patch path matched against the declaration's rows: the row and the key its `{key}` segment names. */
export function matchRow(decl: ResourceDeclaration, segments: readonly string[]): { row: DeclaredRow; key?: string; keys: readonly string[] } | null {
  return matchPattern(decl.rows, segments);
}

export function updateDeclared(decl: ResourceDeclaration, current: ResourceValue, body: unknown, ctx: DeclaredContext): Expectation {
  const v = validatedPatch(decl, body, ctx.params);
  if ('rejection' in v) return v.rejection;
  const expected = applyOperations(decl, current, v.ops, ctx);
  const escaped = v.ops.some((o) => typeof o.path === 'string' && o.path.includes('~'));
  if (v.ops.length > 1 || escaped) {
    // What targets that break one rule a typical way answer: the list applied last to first (the
    // order rule), keys with their `~1` and `~0` left as they are or decoded in the wrong order (the escapes).
    expected.mutants = () => [
      ...(v.ops.length > 1 ? [{ rule: decl.dialect.ordered, outcome: applyOperations(decl, current, [...v.ops].reverse(), ctx).outcome }] : []),
      ...(escaped ? misreadEscapes.map((decoding) => ({ rule: pointerEscapes, outcome: applyOperations(decl, current, v.ops, ctx, decoding).outcome })) : []),
    ];
  }
  return expected;
}

interface Trace {
  decisions: Decision[];
  passed: Gate[];
  rows: Rule[];
}

const misreadEscapes: readonly SegmentDecoding[] = ['raw', 'tilde-first', 'slash-only'];

function applyOperations(decl: ResourceDeclaration, current: ResourceValue, ops: readonly WireOp[], ctx: DeclaredContext, decoding: SegmentDecoding = 'rfc6901'): Expectation {
  const draft: ResourceValue = structuredClone(current);
  const trace: Trace = { decisions: [{ at: '/status', rule: decl.lifecycle.answers.update ?? decl.dialect.ordered }], passed: [{ guard: decl.dialect.opEnum, blame: decl.dialect.opEnum }], rows: [] };
  for (const [n, o] of ops.entries()) {
    const refusal = applyOperation(decl, draft, o, ctx, trace, decoding);
    if (refusal) return { ...refusal, evaluated: n + 1, passed: [...trace.passed] };
  }
  for (const c of decl.constraints) {
    const v = c.violation(draft, ctx);
    if (v) return { ...rejected({ error: v.error, rule: c.rule }, [], ops.length), passed: [...trace.passed] };
    trace.passed.push({ guard: c.rule, blame: c.rule });
  }
  // A map the patch emptied is absent from the answer.
  for (const m of decl.members) {
    if (draft[m.name] === undefined && trace.decisions.some((d) => d.at.startsWith(`/value/${m.name}/`))) trace.decisions.push({ at: `/value/${m.name}`, rule: decl.dialect.emptiedMap });
  }
  // Members the target sets again on every update (lastUpdatedDate): cases take them from its answer.
  for (const m of decl.members) if (m.assigned === 'update' && m.kind === 'timestamp') draft[m.name] = ctx.now?.() ?? 0;
  const value = canonicalValue(decl, normalized(decl, draft, trace.decisions));
  return {
    ...viewed(decl, value, 'update', ctx, trace.decisions, decl.lifecycle.update?.status ?? 200),
    rules: [...new Set([...trace.rows, ...trace.decisions.slice(1).map((d) => d.rule), decl.dialect.ordered])],
    decisions: trace.decisions,
    fallback: decl.dialect.untouchedKept,
    passed: trace.passed,
    evaluated: ops.length,
  };
}

function applyOperation(decl: ResourceDeclaration, draft: ResourceValue, o: WireOp, ctx: DeclaredContext, trace: Trace, decoding: SegmentDecoding): Expectation | null {
  const { unknownPath, unsupportedOp } = decl.dialect;
  const segments = o.path === undefined ? null : parsePointer(o.path, decoding);
  const match = segments && matchRow(decl, segments);
  const validForOp = decl.rows.filter((r) => (r.ops as readonly string[]).includes(o.op ?? '')).map((r) => r.pattern);
  if (!match) return rejected(reject(unknownPath, o.path, o.op ?? 'null', validForOp, o.from));
  const { row, key, keys } = match;
  if (!trace.rows.includes(row.rule)) trace.rows.push(row.rule);
  trace.passed.push({ guard: unknownPath, blame: row.rule });
  if (o.op === undefined || !(row.ops as readonly string[]).includes(o.op)) {
    return rejected(reject(unsupportedOp, patchOpEnum.filter((p) => row.ops.includes(p)), o.path!, o.op ?? 'null', validForOp, o.from), [row.rule]);
  }
  trace.passed.push({ guard: unsupportedOp, blame: row.rule });
  const t = row.target;
  if (t.kind === 'mapEntry' && t.validKey) {
    const bad = t.validKey(key!);
    if (bad) return rejected(bad, [row.rule]);
  }
  const at = t.kind === 'mapEntry' ? `/value/${t.member}/${escapePointer(key!)}` : `/value/${t.member}`;
  const decide = (rule: Rule) => trace.decisions.push({ at, rule });

  if (t.kind === 'custom') {
    const finer: Decision[] = [];
    const decideBelow = (below: readonly string[], rule: Rule) => void finer.push({ at: [at, ...below.map(escapePointer)].join('/'), rule });
    const refusal = t.apply(draft, { op: o.op as PatchOp, path: o.path!, keys, ...(o.value !== undefined ? { value: o.value } : {}), ...(o.from !== undefined ? { from: o.from } : {}), decide: decideBelow }, ctx);
    if (refusal) return { ...rejected(refusal, [row.rule]), scope: row.pattern };
    valueGate(trace, row, o.value);
    decide(row.rule);
    trace.decisions.push(...finer);
    return null;
  }

  if (t.kind === 'mapEntry') {
    const map = (draft[t.member] ?? {}) as Record<string, unknown>;
    if (o.op !== 'add' && !(key! in map)) return rejected(reject(t.missingKey), [row.rule]);
    if (o.op !== 'add') trace.passed.push({ guard: t.missingKey, blame: t.missingKey });
    const next = { ...map };
    if (o.op === 'remove') delete next[key!];
    else {
      const read = row.value.read(o.value, ctx);
      if (!read.ok) return { ...rejected(read, [row.value.rule, row.rule]), scope: row.pattern };
      valueGate(trace, row, o.value);
      // A reader that answers "nothing" for a map entry removes it (a map never holds an undefined value).
      if (read.value === undefined) delete next[key!];
      else next[key!] = read.value;
    }
    draft[t.member] = Object.keys(next).length === 0 && o.op === 'remove' && !decl.keepsEmptyMaps ? undefined : next;
    decide(o.op === 'remove' ? row.rule : row.value.rule);
    return null;
  }
  if (t.kind === 'listValue') {
    const list = (draft[t.member] ?? []) as string[];
    const read = row.value.read(o.value, ctx);
    if (!read.ok) return { ...rejected(read, [row.value.rule, row.rule]), scope: row.pattern };
    valueGate(trace, row, o.value);
    const item = read.value as string;
    const next = o.op === 'remove' ? list.filter((x) => x !== item) : list.includes(item) ? list : [...list, item];
    draft[t.member] = next.length === 0 ? undefined : next;
    decide(row.rule);
    return null;
  }
  if (o.op === 'remove') {
    delete draft[t.member];
    decide(row.rule);
    return null;
  }
  const read = row.value.read(o.value, ctx);
  if (!read.ok) return { ...rejected(read, [row.value.rule, row.rule]), scope: row.pattern };
  valueGate(trace, row, o.value);
  if (read.value === undefined) delete draft[t.member];
  else draft[t.member] = read.value;
  decide(read.value !== o.value ? row.value.rule : row.rule);
  return null;
}

/**
 * The value check an operation passed: a target that refuses the value (a text naming it) broke the
 * value's rule, whether or not the value's reader can refuse anything.
 */
function valueGate(trace: Trace, row: DeclaredRow, raw: string | undefined): void {
  trace.passed.push({ guard: invalidPatchValue, blame: row.value.rule, member: row.target.member, ...(raw !== '' ? { mentions: raw ?? 'null' } : {}) });
}
