/**
 * The rule-table path families (`/requestTemplates/{key}`) a patch addresses: only the operations the
 * reference evaluated count (those after a rejected one were never looked at). One reading for the
 * coverage matrix, the scorecard and findings.
 */
import { classifyOperation, type OperationClass } from '../../generators/index.js';
import type { FindingHit } from './findingHits.js';

/** The operations of a patch body the reference evaluated (all of them when it does not say). */
export function evaluatedOperations(body: unknown, evaluated: number | undefined): unknown[] {
  const ops = (body as { patchOperations?: unknown } | null)?.patchOperations;
  return Array.isArray(ops) ? ops.slice(0, evaluated ?? ops.length) : [];
}

/** Each evaluated operation classified by family and op. */
export const classifiedOperations = (body: unknown, evaluated: number | undefined): OperationClass[] => evaluatedOperations(body, evaluated).map(classifyOperation);

/** The distinct families a patch body's evaluated operations address. */
export const pathFamilies = (body: unknown, evaluated: number | undefined): string[] => [...new Set(classifiedOperations(body, evaluated).map((c) => c.family))];

/** The families of the call a finding was hit in (none for calls that are not UpdateIntegration). */
export const pathFamiliesOf = (hit: FindingHit): string[] => (hit.check.operation === 'UpdateIntegration' ? pathFamilies(hit.check.body, hit.check.expected.evaluated) : []);
