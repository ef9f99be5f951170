/** How a fault is written: the registry with one declaration changed, often one of its rows. */
import type { DeclaredRow, ResourceDeclaration } from '../../resources/declaration.js';
import { resourceRegistry } from '../../resources/registry.js';

/** The registry with `name`'s declaration changed by `change`, in its place (lookups by name find the faulty one). */
export function changed(name: string, change: (d: ResourceDeclaration) => ResourceDeclaration): readonly ResourceDeclaration[] {
  return resourceRegistry.map((d) => (d.name === name ? change(d) : d));
}

/** The declaration with the row at `pattern` changed. */
export const row = (pattern: string, change: (r: DeclaredRow) => DeclaredRow) => (d: ResourceDeclaration): ResourceDeclaration => ({
  ...d,
  rows: d.rows.map((r) => (r.pattern === pattern ? change(r) : r)),
});
