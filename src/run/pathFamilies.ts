/**
 * The rule-table path families (`/requestTemplates/{key}`) a patch addresses: only the operations the
 * reference evaluated count (those after a rejected one were never looked at). One reading for the
 * coverage matrix, the scorecard and findings.
 */
import { classifyOperation, type OperationClass } from '../../generators/index.js';
import { matchRow } from '../engine/declaredResource.js';
import { parsePointer } from '../engine/escapePointer.js';
import { declarationNamed } from '../resources/registry.js';
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

/** A declared resource's coverage family: its name and the row's pattern (`MethodResponse /responseModels/{key}`), or `unknown`. */
export const declaredFamily = (resource: string, pattern: string): string => `${resource} ${pattern}`;

/** The coverage cells of a declared resource's patch: each evaluated operation's row (or `unknown`) and op. */
export function declaredOperations(resource: string, body: unknown, evaluated: number | undefined): OperationClass[] {
  const decl = declarationNamed(resource);
  const ops = (body as { patchOperations?: unknown } | null)?.patchOperations;
  if (!Array.isArray(ops)) return [{ family: declaredFamily(resource, 'not-a-list'), op: 'missing' }];
  return ops.slice(0, evaluated ?? ops.length).map((o) => {
    const c = classifyOperation(o);
    const path = (o as { path?: unknown } | null)?.path;
    const segments = typeof path === 'string' ? parsePointer(path) : null;
    const match = segments && matchRow(decl, segments);
    return { family: declaredFamily(resource, match ? match.row.pattern : 'unknown'), op: c.op };
  });
}
