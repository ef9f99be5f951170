/** Every rule the engine can cite, gathered from the rule modules (so a new rule cannot be left out). */
import type { Rule } from './defineRule.js';
import * as integration from './integration.js';
import * as uri from './integrationUri.js';
import * as values from './integrationValues.js';
import * as patch from './patchOperations.js';
import * as get from './integrationLifecycle.js';
import * as put from './putIntegration.js';
import * as wire from './wireTypes.js';
import * as failures from './targetFailures.js';
import { resourceRegistry } from '../resources/registry.js';

const isRule = (v: unknown): v is Rule =>
  typeof v === 'object' && v !== null && typeof (v as Rule).id === 'string' && typeof (v as Rule).provenance === 'object';

/** Rules are gathered by identity, not by id: two rules defined with one id both stay, for the catalogue test to catch. */
function collect(v: unknown, into: Set<Rule>, depth = 0): void {
  if (depth > 4 || typeof v !== 'object' || v === null) return;
  if (isRule(v)) {
    into.add(v);
    return;
  }
  for (const child of Array.isArray(v) ? v : Object.values(v)) collect(child, into, depth + 1);
}

function gather(): Rule[] {
  const found = new Set<Rule>();
  for (const mod of [patch, wire, integration, values, uri, put, get, failures]) collect(Object.values(mod), found);
  // Each declared resource's rules: its rows, values, lookups, dialect, constraints and `rules` list.
  // (A resource whose PATCH semantics are not declared yet has no dialect to cite.)
  for (const decl of resourceRegistry) collect(decl.lifecycle.update ? decl : { ...decl, dialect: undefined }, found);
  return [...found.values()];
}

export const ruleCatalogue: readonly Rule[] = gather();

/**
 * Every rule under the resource it belongs to (Integration's from its own modules, the shared ones:
 * patch bodies, wire types, target failures, under `(shared)`), each once, in catalogue order.
 */
export function rulesByResource(): Array<{ resource: string; rules: Rule[] }> {
  const seen = new Set<Rule>();
  const group = (resource: string, sources: unknown[]): { resource: string; rules: Rule[] } => {
    const found = new Set<Rule>();
    for (const v of sources) collect(v, found);
    const rules = [...found].filter((r) => !seen.has(r));
    rules.forEach((r) => seen.add(r));
    return { resource, rules };
  };
  const groups = [group('(shared)', [Object.values(patch), Object.values(wire), Object.values(failures)]), group('Integration', [Object.values(integration), Object.values(values), Object.values(uri), Object.values(put), Object.values(get)])];
  for (const decl of resourceRegistry) if (!decl.external) groups.push(group(decl.name, [decl.lifecycle.update ? decl : { ...decl, dialect: undefined }]));
  return groups.filter((g) => g.rules.length > 0);
}
