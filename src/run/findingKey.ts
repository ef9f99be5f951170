/**
 * What makes two divergences one finding: the operation, the rule the target broke, and the kinds of
 * the expected and actual answers (ok, an exception name, or a 5xx). Nothing generated (keys, values,
 * field paths, the property) takes part, so a finding keeps its fingerprint across seeds.
 */
import { createHash } from 'node:crypto';
import type { Blame } from '../compare/compareOutcomes.js';
import { rejectedPatchLeavesState } from '../rules/integrationLifecycle.js';
import { opsInOrder, pointerEscapes } from '../rules/patchOperations.js';

export interface FindingIdentity {
  operation: string;
  rule: string;
  /** For a rule many rows share (value.invalid), the row it was raised for. */
  scope?: string;
  /** `ok` or the expected exception's name (`*` for the order of operations). */
  expected: string;
  /** `ok`, the exception's name, `5xx` for a crash, or `accepted` where an error was due and the target let the request through. */
  actual: string;
}

/** `ok`, or the exception name: the part of an outcome that classifies it. */
export function outcomeKind(o: { ok: boolean; error?: { name?: unknown } } | undefined): string {
  if (!o) return 'none';
  if (o.ok) return 'ok';
  return typeof o.error?.name === 'string' ? o.error.name : 'error';
}

/**
 * The order of operations, the decoding of escapes and all-or-nothing are one finding each whatever
 * the answers were: applied in the wrong order, read under the wrong key or from a half-applied
 * state, patches end in any mix of successes and errors.
 */
const kindless: ReadonlySet<string> = new Set([opsInOrder.id, pointerEscapes.id, rejectedPatchLeavesState.id]);

export function findingIdentity(operation: string, blame: Blame, expected: { ok: boolean; error?: { name?: unknown } }, actual: { ok: boolean; error?: { name?: unknown } }): FindingIdentity {
  if (kindless.has(blame.rule.id)) return { operation, rule: blame.rule.id, expected: '*', actual: '*' };
  // A crash is one finding per operation, whatever the answer due instead.
  if (blame.crash) return { operation, rule: blame.rule.id, expected: '*', actual: '5xx' };
  return { operation, rule: blame.rule.id, ...(blame.scope ? { scope: blame.scope } : {}), expected: outcomeKind(expected), actual: blame.crash ? '5xx' : blame.accepted ? 'accepted' : outcomeKind(actual) };
}

export function fingerprintOf(id: FindingIdentity): string {
  const rule = id.scope ? `${id.rule}@${id.scope}` : id.rule;
  return createHash('sha256').update(JSON.stringify([id.operation, rule, id.expected, id.actual])).digest('hex').slice(0, 16);
}
