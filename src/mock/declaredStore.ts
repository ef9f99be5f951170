/**
 * The mock's memory of declared resources (src/resources): each stored under its concrete URI
 * (`/restapis/a1/resources/b2/methods/GET/responses/200`), so a parent's children are the entries
 * below its URI, and deleting a parent (or its RestApi or resource) deletes them with it.
 */
import type { ResourceDeclaration, ResourceValue } from '../resources/declaration.js';

/** The concrete URI of a declared resource for the given path parameters. */
export function concreteUri(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

export class DeclaredStore {
  private readonly entries = new Map<string, { resource: string; value: ResourceValue; params: Readonly<Record<string, string>> }>();

  get(uri: string): ResourceValue | null {
    return this.entries.get(uri)?.value ?? null;
  }

  set(decl: ResourceDeclaration, uri: string, value: ResourceValue, params: Readonly<Record<string, string>> = {}): void {
    this.entries.set(uri, { resource: decl.name, value, params });
  }

  /** Every entry of one kind below `uri`, with the path parameters it was stored under. */
  below(decl: ResourceDeclaration, uri: string): Array<{ params: Readonly<Record<string, string>>; value: ResourceValue }> {
    return [...this.entries.entries()].filter(([k, e]) => e.resource === decl.name && k.startsWith(`${uri}/`)).map(([, e]) => ({ params: e.params, value: e.value }));
  }

  /** Deletes the entry and everything below it. */
  delete(uri: string): void {
    for (const k of [...this.entries.keys()]) if (k === uri || k.startsWith(`${uri}/`)) this.entries.delete(k);
  }

  /** The entries of one resource kind directly below `parentUri`, by their last URI segment (decoded). */
  children(decl: ResourceDeclaration, parentUri: string): Map<string, ResourceValue> {
    const out = new Map<string, ResourceValue>();
    for (const [k, e] of this.entries) {
      if (e.resource !== decl.name || !k.startsWith(`${parentUri}/`)) continue;
      out.set(decodeURIComponent(k.slice(k.lastIndexOf('/') + 1)), e.value);
    }
    return out;
  }

  /** Every entry of one kind in a RestApi (ids an API's resources refer to: authorizers, validators, models). */
  has(decl: ResourceDeclaration, restApiUri: string, id: string): boolean {
    return this.children(decl, restApiUri).has(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
