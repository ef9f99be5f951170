/** Fault (escapes): only `~1` is decoded; `~0` stays the two characters `~0` (a replace of "~1" by "/" and nothing more). */
import { escapePointer } from '../../engine/escapePointer.js';
import { misreadPatch } from './faultForms.js';

/** The path as this decoder reads it, escaped again so the reference reads the same segments. */
function misread(path: string): string {
  if (!path.startsWith('/')) return path;
  const segments = path.slice(1).split('/');
  if (segments.some((s) => /~(?![01])/.test(s))) return path;
  return '/' + segments.map((s) => escapePointer(s.replace(/~1/g, '/'))).join('/');
}

export default misreadPatch((ops) => ops.map((o) => (o.path === undefined ? o : { ...o, path: misread(o.path) })));
