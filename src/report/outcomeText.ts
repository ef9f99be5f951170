/**
 * How outcomes and field differences read in the human-facing reports (JUnit, Markdown, HTML),
 * so the three say the same thing in the same words.
 */
import type { Outcome } from '../contract.js';
import type { FieldDiff } from '../run/runReport.js';

/** `200 OK` or `BadRequestException (400): message`. */
export function describeOutcome(o: Outcome | undefined): string {
  if (!o) return '(no outcome)';
  if (o.ok) return `${o.status} OK`;
  // A message the comparison left out (not AWS's own wording) is not shown as "undefined".
  return o.error.message === undefined ? `${o.error.name} (${o.error.status})` : `${o.error.name} (${o.error.status}): ${o.error.message}`;
}

/** A value in a diff: compact JSON; `undefined` means the field is absent from that outcome. */
export function formatDiffValue(v: unknown): string {
  if (v === undefined) return '(absent)';
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : json;
}

const maxLineValue = 80;
const clip = (s: string): string => (s.length > maxLineValue ? `${s.slice(0, maxLineValue - 1)}…` : s);

/** One line for all differing fields: `/value/timeoutInMillis: expected 29000, actual 30000; ...`. */
export function fieldDiffLine(diffs: readonly FieldDiff[]): string {
  if (diffs.length === 0) return '(no field differences recorded)';
  return diffs.map((d) => `${d.path}: expected ${clip(formatDiffValue(d.expected))}, actual ${clip(formatDiffValue(d.actual))}`).join('; ');
}
