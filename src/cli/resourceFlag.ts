/**
 * `--resource NAME` (repeatable): the properties (run) or faults (self-check) of those resources only.
 * Names are the registry's (src/resources/registry.ts), matched without case.
 */
import { conformanceProperties, resourceOf } from '../../spec/properties/index.js';
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
