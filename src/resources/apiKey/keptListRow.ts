/** A list addressed by its elements that stays `[]` when emptied (an API key's stage keys), where the generic list row drops it. */
import type { Rule } from '../../rules/defineRule.js';
import type { PatchOp } from '../../rules/patchOperations.js';
import type { DeclaredRow, DeclaredValue } from '../declaration.js';

interface KeptListSpec {
  rule: Rule;
  pattern: string;
  ops: readonly PatchOp[];
  member: string;
  value: DeclaredValue;
}

/** A list addressed by the element in `value` (an API key's stage keys): add appends once, remove drops it; the list stays `[]`. */
export function keptListRow(s: KeptListSpec): DeclaredRow {
  return {
    rule: s.rule,
    pattern: s.pattern,
    ops: s.ops,
    value: s.value,
    target: {
      kind: 'custom',
      member: s.member,
      apply: (draft, op, ctx) => {
        const read = s.value.read(op.value, ctx);
        if (!read.ok) return { error: read.error, rule: read.rule };
        const list = (draft[s.member] ?? []) as string[];
        const item = String(read.value);
        draft[s.member] = op.op === 'remove' ? list.filter((x) => x !== item) : list.includes(item) ? list : [...list, item];
        return null;
      },
    },
  };
}
