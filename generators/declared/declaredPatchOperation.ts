/**
 * One patch operation for a declared resource, from its rows: a row's allowed ops dominate, the others
 * and ops outside the enum stay in reach; keys come from the member's examples (and `keys`, the ones the
 * resource holds), written with `~1` escapes; values from the row's value domain, inside and at its edges.
 * A few paths outside the table: the whole map, a key left unescaped, a typo.
 */
import fc from 'fast-check';
import { keyedPath } from './keyedPath.js';
import type { DeclaredRow, ResourceDeclaration } from '../../src/resources/declaration.js';
import { patchOpEnum } from '../../src/rules/patchOperations.js';

export interface DeclaredPatchOperation {
  op?: string;
  path?: string;
  value?: string;
  from?: string;
}

/** The keys a row's `{key}` may name: the member's examples, those the resource holds, a near miss. */
function rowKeys(decl: ResourceDeclaration, row: DeclaredRow, held: readonly string[]): readonly string[] {
  const member = row.target.kind === 'member' ? null : row.target.member;
  const m = decl.members.find((x) => x.name === member);
  const examples = [...(m?.examples ?? []), ...(m?.edges ?? [])];
  return [...new Set([...examples, ...held, ...(examples[0] ? [examples[0].toUpperCase()] : [])])];
}

export function declaredOpName(row: DeclaredRow): fc.Arbitrary<string | undefined> {
  const others = patchOpEnum.filter((op) => !row.ops.includes(op));
  return fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom(...row.ops) },
    ...(others.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...others) }] : []),
    { weight: 1, arbitrary: fc.constantFrom('REPLACE', 'wrong_op', undefined) },
  );
}

export function declaredPatchOperation(decl: ResourceDeclaration, held: (member: string) => readonly string[] = () => []): fc.Arbitrary<DeclaredPatchOperation> {
  const onRow = (row: DeclaredRow): fc.Arbitrary<DeclaredPatchOperation> => {
    const keyed = row.pattern.includes('{key}');
    const keys = keyed ? rowKeys(decl, row, held(row.target.kind === 'member' ? '' : row.target.member)) : [''];
    const path = fc.constantFrom(...keys).map((k) => (keyed ? keyedPath(row.pattern, k) : row.pattern));
    const value = fc.option(fc.constantFrom(...row.value.inside, ...row.value.edges), { nil: undefined, freq: 8 });
    // copy and move read `from`: another path of the table (a canary's deployment for the stage's).
    const from = row.ops.some((op) => op === 'copy' || op === 'move') ? fc.option(fc.constantFrom(...sources), { nil: undefined, freq: 6 }) : fc.constant(undefined);
    return fc
      .record({ op: declaredOpName(row), path, value, from })
      .map(({ op, path: p, value: v, from: f }) => ({ ...(op === undefined ? {} : { op }), path: p, ...(v === undefined ? {} : { value: v }), ...(f !== undefined && (op === 'copy' || op === 'move') ? { from: f } : {}) }));
  };
  const sources = decl.rows.map((r) => keyedPath(r.pattern, rowKeys(decl, r, [])[0] ?? 'key'));
  const outside = fc.constantFrom(...decl.rows.map((r) => r.pattern.replace('/{key}', '')), '/wrong', '/httpMethod', '/statusCode').map((path) => ({ op: 'replace', path, value: 'x' }));
  return fc.oneof({ weight: 20, arbitrary: fc.oneof(...decl.rows.map(onRow)) }, { weight: 1, arbitrary: outside });
}

/**
 * The edge sweep of a declared resource: every row x every op of the enum, and every value of its
 * domain (inside and edges) once per value rule: rows that share a reader (a stage's ten method settings
 * at `*\/*` and at a resource path) sweep its domain on the first of them and one value on the others.
 */
export function declaredSweep(decl: ResourceDeclaration): DeclaredPatchOperation[][] {
  const out: DeclaredPatchOperation[][] = [];
  const swept = new Set<string>();
  for (const row of decl.rows) {
    const m = decl.members.find((x) => row.target.kind !== 'member' && x.name === row.target.member);
    const keys = row.pattern.includes('{key}') ? [...(m?.examples ?? ['key']).slice(0, 2), ...(m?.edges ?? [])] : [''];
    const domain = swept.has(row.value.rule.id) ? [row.value.inside[0], undefined] : [...row.value.inside, ...row.value.edges, undefined];
    swept.add(row.value.rule.id);
    for (const [k, key] of keys.entries()) {
      const path = keyedPath(row.pattern, key);
      // An op the row does not take is refused whatever the key: tried at its first key only.
      for (const op of patchOpEnum.filter((o) => k === 0 || row.ops.includes(o))) {
        const values = row.ops.includes(op) && op !== 'remove' ? domain : [row.value.inside[0]];
        for (const value of values) out.push([{ op, path, ...(value === undefined ? {} : { value }) }]);
      }
    }
    // The whole map, and a key with an unescaped `/`.
    if (row.pattern.includes('{key}')) out.push([{ op: 'add', path: row.pattern.replace('/{key}', ''), value: row.value.inside[0] ?? 'x' }], [{ op: 'add', path: row.pattern.replaceAll('{key}', 'application/json'), value: row.value.inside[0] ?? 'x' }]);
    // The copy or move the row takes, from every path of the table (one per value rule: rows sharing a reader are alike as sources).
    const fromRows = decl.rows.filter((r, n) => decl.rows.findIndex((q) => q.value.rule.id === r.value.rule.id) === n);
    for (const op of row.ops.filter((o) => o === 'copy' || o === 'move')) for (const other of fromRows) out.push([{ op, path: keyedPath(row.pattern, keys[0] ?? ''), from: keyedPath(other.pattern, rowKeys(decl, other, [])[0] ?? 'key') }]);
  }
  return out;
}
