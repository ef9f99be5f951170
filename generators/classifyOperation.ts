/**
 * The coverage cell of one patch item: which rule-table row (or which kind of bad path) it aims at,
 * and which op. Reports count cases per cell; tests check every cell of the table is reached.
 */
import { parsePointer, unescapePointer } from '../src/engine/escapePointer.js';
import { matchIntegrationPath } from '../src/rules/integration.js';
import { patchOpEnum } from '../src/rules/patchOperations.js';
import { wholeMapPaths } from './edgePath.js';

export interface OperationClass {
  /** A row pattern (`/timeoutInMillis`, `/requestTemplates/{key}`) or unknown, whole-map, escape:malformed, empty-or-trailing, missing-path, not-an-object. */
  family: string;
  /** An enum op, `outside-enum` (any other string or JSON type) or `missing`. */
  op: string;
}

const enumOps: ReadonlySet<string> = new Set(patchOpEnum);

function familyOf(path: unknown): string {
  if (typeof path !== 'string') return 'missing-path';
  if (path === '' || path.startsWith('/') && path.slice(1).split('/').includes('')) return 'empty-or-trailing';
  if (!path.startsWith('/')) return 'unknown';
  if (path.slice(1).split('/').some((s) => unescapePointer(s) === null)) return 'escape:malformed';
  if (wholeMapPaths.includes(path)) return 'whole-map';
  const segments = parsePointer(path);
  const match = segments && matchIntegrationPath(segments);
  return match ? match.row.pattern : 'unknown';
}

export function classifyOperation(op: unknown): OperationClass {
  if (typeof op !== 'object' || op === null || Array.isArray(op)) return { family: 'not-an-object', op: 'missing' };
  const o = op as { op?: unknown; path?: unknown };
  const name = o.op === undefined || o.op === null ? 'missing' : typeof o.op === 'string' && enumOps.has(o.op) ? o.op : 'outside-enum';
  return { family: familyOf(o.path), op: name };
}
