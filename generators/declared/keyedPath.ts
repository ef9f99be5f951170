/**
 * A row's pattern with its `{key}` segments filled. One segment takes the key escaped (`~1` for `/`);
 * a pattern of several (a stage's `/{key}/{key}/metrics/enabled`) takes the key's own segments as
 * written (`~1pets/GET`, `*\/*`), as a stored entry key spells them.
 */
import { escapePointer } from '../../src/engine/escapePointer.js';

export function keyedPath(pattern: string, key: string): string {
  const slots = pattern.split('{key}').length - 1;
  if (slots <= 1) return pattern.replace('{key}', escapePointer(key));
  const parts = key.split('/');
  if (parts.length !== slots) return pattern.replaceAll('{key}', escapePointer(key));
  let n = 0;
  return pattern.replace(/\{key\}/g, () => parts[n++]!);
}
