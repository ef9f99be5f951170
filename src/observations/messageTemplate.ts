/**
 * An observed error text, generalised: where it contains what the shipped text was made from (the
 * path, the op, a key, a list of paths), that part becomes a placeholder, so the observation decides
 * every case of the rule, not only the probed one.
 */
const shown = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(String).join(', ') : null);

export function messageTemplate(observed: string, args: readonly unknown[] = []): (...args: unknown[]) => string {
  // Longest first, so a path is not split by a shorter argument inside it.
  const parts = args
    .map((a, i) => ({ i, text: shown(a) }))
    .filter((p): p is { i: number; text: string } => p.text !== null && p.text.length > 0 && observed.includes(p.text))
    .sort((a, b) => b.text.length - a.text.length);
  let template = observed.replace(/\{/g, '{{');
  for (const p of parts) template = template.split(p.text).join(`{${p.i}}`);
  return (...now: unknown[]) => template.replace(/\{(\d+)\}|\{\{/g, (m, i: string | undefined) => (i === undefined ? '{' : (shown(now[Number(i)]) ?? 'null')));
}
