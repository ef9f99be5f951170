/**
 * `--resource NAME` (repeatable): the properties (run) or faults (self-check) of those resources only.
 * Names are the registry's (src/resources/registry.ts), matched without case.
 */
import { conformanceProperties, resourceOf } from '../../spec/properties/index.js';
import { resourceRegistry } from '../resources/registry.js';
import { UsageError } from './usageError.js';

export { resourceOf };

/** Every resource some property checks, in run order. */
export const checkedResources = (): string[] => [...new Set(conformanceProperties.map(resourceOf))];

/** The registry's spelling of each name given; a usage error naming the choices for one that is none. */
export function resourceNames(flag: readonly string[]): string[] {
  const known = checkedResources();
  return flag.map((name) => {
    const found = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!found) throw new UsageError(`--resource ${name}: unknown; choose from ${known.join(', ')}`);
    return found;
  });
}

/**
 * The property ids a run selects: `--property` ones, narrowed to `--resource` when both are given, or
 * every property of the `--resource` resources. Empty: every property.
 */
export function propertiesFor(properties: readonly string[], resources: readonly string[]): string[] {
  if (resources.length === 0) return [...properties];
  const names = resourceNames(resources);
  const ofResources = conformanceProperties.filter((p) => names.includes(resourceOf(p))).map((p) => p.id);
  if (properties.length === 0) return ofResources;
  const both = properties.filter((p) => ofResources.includes(p));
  if (both.length === 0) throw new UsageError(`--property ${properties.join(', ')}: none of these checks ${names.join(' or ')}; drop --resource or pick its properties (${ofResources.join(', ')})`);
  return both;
}

/** Why a resource runs on a real account only where the user opts in (a load balancer, a domain, region-wide settings); undefined for the rest. */
const optInReason = (name: string): string | undefined => resourceRegistry.find((d) => d.name === name)?.realAccountOptIn;

/**
 * Against a real account: the selected properties without those of resources that need the user's
 * opt-in (`--allow-resource NAME`), and a line per resource left out. Asking for such a resource by
 * `--resource` without the opt-in is a usage error that says why.
 */
export function realAccountProperties(properties: readonly string[], askedResources: readonly string[], allowed: readonly string[]): { properties: string[]; skipped: string[] } {
  const allow = resourceNames(allowed);
  for (const name of resourceNames(askedResources)) {
    const why = optInReason(name);
    if (why && !allow.includes(name)) throw new UsageError(`--resource ${name} on a real account: ${why}; add --allow-resource ${name} to run it`);
  }
  const ids = properties.length > 0 ? properties : conformanceProperties.map((p) => p.id);
  const skipped = new Set<string>();
  const kept = ids.filter((id) => {
    const name = resourceOf(conformanceProperties.find((p) => p.id === id)!);
    const why = optInReason(name);
    if (!why || allow.includes(name)) return true;
    skipped.add(`${name} skipped on a real account: ${why} (--allow-resource ${name} runs it)`);
    return false;
  });
  return { properties: kept, skipped: [...skipped] };
}

/** The resources that need `--allow-resource` on a real account, for the help text. */
export const optInResources = (): string => resourceRegistry.filter((d) => d.realAccountOptIn).map((d) => d.name).join(', ') || '(none yet)';
