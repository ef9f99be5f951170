/**
 * A divergence's identity across runs. Seeds change every generated value, so the fingerprint uses
 * only what classifies a divergence: property, operation, the deciding rule, which fields differ
 * (with map keys and list indexes generalised) and the kind of each outcome (ok or exception name).
 */
import { createHash } from 'node:crypto';
import { outcomeKind } from './outcomeText.js';

export interface FingerprintInput {
  property: string;
  operation: string;
  rules: readonly { id: string }[];
  fieldDiffs: readonly { path: string }[];
  expected: { ok: boolean; error?: { name?: unknown } };
  actual: { ok: boolean; error?: { name?: unknown } };
}

/** Integration members whose children are keyed by caller-chosen (generated) names. */
const keyedMembers: ReadonlySet<string> = new Set(['requestParameters', 'requestTemplates', 'integrationResponses', 'responseParameters', 'responseTemplates']);

/** `/value/requestParameters/integration.request.header.X-7f` → `/value/requestParameters/*`. */
export function generalisePath(path: string): string {
  const segments = path.split('/');
  return segments.map((s, i) => (i > 0 && (/^\d+$/.test(s) || keyedMembers.has(segments[i - 1] ?? ''))) ? '*' : s).join('/');
}

/** The parts a fingerprint is made of, readable; baselines store them next to the hash. */
export function fingerprintParts(d: FingerprintInput): { property: string; operation: string; rule: string; fieldPaths: string[]; expected: string; actual: string } {
  return {
    property: d.property,
    operation: d.operation,
    rule: d.rules[0]?.id ?? '(no rule)',
    fieldPaths: [...new Set(d.fieldDiffs.map((f) => generalisePath(f.path)))].sort(),
    expected: outcomeKind(d.expected),
    actual: outcomeKind(d.actual),
  };
}

/**
 * The property is left out: the same bug found by two properties (or by another one at another seed)
 * is one divergence, so a baseline does not flap with which property happened to catch it first.
 */
export function divergenceFingerprint(d: FingerprintInput): string {
  const p = fingerprintParts(d);
  return fingerprintOf(p.operation, p.rule, p.fieldPaths, p.expected, p.actual);
}

/** The hash of the parts (baselines of version 1 are re-keyed with it from their stored parts). */
export function fingerprintOf(operation: string, rule: string, fieldPaths: readonly string[], expected: string, actual: string): string {
  const canonical = JSON.stringify([operation, rule, fieldPaths, expected, actual]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
