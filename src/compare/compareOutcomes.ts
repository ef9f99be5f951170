/**
 * Compares a target's answer with the reference's expectation: the integration, or the error's name
 * and status, and its message only where the deciding rule carries AWS's own wording.
 */
import type { Outcome } from '../contract.js';
import type { Expectation } from '../engine/expectation.js';
import { messageIsAuthoritative } from '../provenance.js';
import type { FieldDiff } from '../run/runReport.js';
import { escapePointer } from '../engine/escapePointer.js';

export interface Comparison {
  conforms: boolean;
  diffs: FieldDiff[];
  messageChecked: boolean;
}

/** The outcome as it is compared: absent and undefined members are the same thing. */
export function comparableOutcome(o: Outcome, checkMessage: boolean): unknown {
  if (o.ok) return { ok: true, status: o.status, value: o.value };
  return { ok: false, error: checkMessage ? { name: o.error.name, status: o.error.status, message: o.error.message } : { name: o.error.name, status: o.error.status } };
}

/** Whether an expected error's message is compared: its deciding rule carries AWS's own wording. */
export function expectsExactMessage(expected: Expectation): boolean {
  const decisive = expected.rules[0];
  return !expected.outcome.ok && decisive !== undefined && messageIsAuthoritative(decisive.provenance);
}

export function compareOutcomes(expected: Expectation, actual: Outcome): Comparison {
  const messageChecked = !actual.ok && expectsExactMessage(expected);
  const e = comparableOutcome(expected.outcome, messageChecked);
  const a = comparableOutcome(actual, messageChecked);
  // A success where an error was due (or the reverse) is one difference, not one per member.
  const diffs = expected.outcome.ok === actual.ok ? diffJson(e, a) : [{ path: '/', expected: e, actual: a }];
  return { conforms: diffs.length === 0, diffs, messageChecked };
}

/** The pointers at which two JSON values differ (undefined members count as absent). */
export function diffJson(expected: unknown, actual: unknown, at = ''): FieldDiff[] {
  if (Object.is(expected, actual)) return [];
  const bothObjects = typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) return [{ path: at || '/', expected, actual }];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    // Lists are compared whole: a shifted element would otherwise show as many diffs.
    return expected.length === actual.length && expected.every((v, n) => diffJson(v, actual[n]).length === 0) ? [] : [{ path: at || '/', expected, actual }];
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)].filter((k) => e[k] !== undefined || a[k] !== undefined));
  return [...keys].sort().flatMap((k) => diffJson(e[k], a[k], `${at}/${escapePointer(k)}`));
}
