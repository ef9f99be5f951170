/** The keys a patch can find in the integration it is aimed at (read defensively: hints are wire data). */
import type { StateHint } from './wireBodies.js';

export type KeyedMember = 'requestTemplates' | 'requestParameters' | 'cacheKeyParameters';

export function existingKeys(hint: StateHint | undefined, member: KeyedMember): string[] {
  const held = hint?.[member];
  if (Array.isArray(held)) return held.filter((k): k is string => typeof k === 'string');
  if (typeof held === 'object' && held !== null) return Object.keys(held);
  return [];
}
