/**
 * Coral's model validation of the op enum, the same on every resource but for the input it names:
 * every op outside the enum, by 1-based index, in one ValidationException, before anything else.
 */
import type { Evidence } from '../provenance.js';
import { defineErrorRule, type ErrorRule } from '../rules/defineRule.js';
import { patchOpEnum } from '../rules/patchOperations.js';

export function opEnumRule(id: string, updateInput: string, [evidence, source]: readonly [Evidence, string]): ErrorRule<[bad: ReadonlyArray<{ index: number; op: string }>]> {
  return defineErrorRule(
    {
      id,
      summary: 'every op outside the enum is listed in one ValidationException, by 1-based index, before anything else is checked',
      exception: 'ValidationException',
      message: (bad: ReadonlyArray<{ index: number; op: string }>) =>
        `${bad.length} validation error${bad.length === 1 ? '' : 's'} detected: ` +
        bad.map(({ index, op }) => `Value '${op}' at '${updateInput}.patchOperations.${index}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [${patchOpEnum.join(', ')}]`).join('; '),
    },
    evidence,
    source,
  );
}
