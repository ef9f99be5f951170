/**
 * What differs between the expected and the actual answer, in words that say it: two successes that
 * differ in a member both read "200 OK", so the first field difference is named instead. One wording
 * for junit.xml, report.md, report.html and `replay`.
 */
import type { Outcome } from '../contract.js';
import type { FieldDiff } from '../run/runReport.js';
import { describeOutcome, formatDiffValue } from './outcomeText.js';

const maxValue = 80;
const clip = (s: string): string => (s.length > maxValue ? `${s.slice(0, maxValue - 1)}…` : s);
const asOutcome = (v: unknown): Outcome | undefined => v as Outcome | undefined;

/** One differing field: `/value/timeoutInMillis: expected 29000, actual 30000`; at the root, the two outcomes. */
export function diffText(f: FieldDiff, actualWord = 'actual', clipValues = true): string {
  if (f.path === '/') return `expected ${describeOutcome(asOutcome(f.expected))}, ${actualWord} ${describeOutcome(asOutcome(f.actual))}`;
  const value = (v: unknown): string => (clipValues ? clip(formatDiffValue(v)) : formatDiffValue(v));
  return `${f.path}: expected ${value(f.expected)}, ${actualWord} ${value(f.actual)}`;
}

/**
 * The difference in one line: the two outcomes when one succeeded and the other failed (that is what
 * differs), else the first field difference (and how many more), else the two outcomes.
 */
export function differenceText(d: { fieldDiffs: readonly FieldDiff[]; expected: Outcome; actual: Outcome }, actualWord = 'actual'): string {
  const both = `expected ${describeOutcome(d.expected)}, ${actualWord} ${describeOutcome(d.actual)}`;
  const [first, ...rest] = d.fieldDiffs;
  if (!first || d.expected?.ok !== d.actual?.ok) return both;
  return `${diffText(first, actualWord)}${rest.length > 0 ? ` (and ${rest.length} more difference${rest.length === 1 ? '' : 's'})` : ''}`;
}

/**
 * The expected and the actual outcome in words that differ: when both read the same ("200 OK" and
 * "200 OK"), each is followed by its value at the first differing field.
 */
export function describeOutcomes(d: { fieldDiffs: readonly FieldDiff[]; expected: Outcome; actual: Outcome }): { expected: string; actual: string } {
  const expected = describeOutcome(d.expected);
  const actual = describeOutcome(d.actual);
  const first = d.fieldDiffs.find((f) => f.path !== '/');
  if (expected !== actual || !first) return { expected, actual };
  const at = (v: unknown): string => (v === undefined ? `, without ${first.path}` : `, ${first.path} = ${clip(formatDiffValue(v))}`);
  return { expected: `${expected}${at(first.expected)}`, actual: `${actual}${at(first.actual)}` };
}
