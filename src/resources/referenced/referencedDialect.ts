/**
 * Resources the Method family refers to (Authorizer, RequestValidator, Model) are created, read and
 * deleted by the mock; their own PATCH semantics are not declared yet, so they have no rows and no
 * update route. Their dialect is the long form (patch-surface research section 1.1), for when they do.
 */
import { defineErrorRule, defineRule } from '../../rules/defineRule.js';
import { patchOpEnum } from '../../rules/patchOperations.js';
import type { ErrorDialect } from '../declaration.js';

export function longFormDialect(prefix: string, updateInput: string): ErrorDialect {
  const inferred = ['inferred', 'long form recorded on Model and RequestValidator (patch-surface research 1.1); not yet checked here'] as const;
  return {
    opEnum: defineErrorRule(
      {
        id: `${prefix}.patch.op-enum`,
        summary: 'every op outside the enum is listed in one ValidationException',
        exception: 'ValidationException',
        message: (bad: ReadonlyArray<{ index: number; op: string }>) =>
          `${bad.length} validation error${bad.length === 1 ? '' : 's'} detected: ` +
          bad.map(({ index, op }) => `Value '${op}' at '${updateInput}.patchOperations.${index}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [${patchOpEnum.join(', ')}]`).join('; '),
      },
      ...inferred,
    ),
    unknownPath: defineErrorRule({ id: `${prefix}.patch.unknown-path`, summary: 'a path outside the table', exception: 'BadRequestException', message: (path: string | undefined, op: string) => `Invalid patch path  '${path ?? 'null'}' specified for op '${op}'. Please choose supported operations` }, ...inferred),
    unsupportedOp: defineErrorRule({ id: `${prefix}.patch.unsupported-op`, summary: 'a known path with an op it does not allow', exception: 'BadRequestException', message: (_allowed: readonly string[], path: string, op: string) => `Invalid patch path  '${path}' specified for op '${op}'. Please choose supported operations` }, ...inferred),
    ordered: defineRule(`${prefix}.patch.ordered-all-or-nothing`, 'operations apply in list order; an error leaves the resource as it was', ...inferred),
    emptiedMap: defineRule(`${prefix}.map.emptied-disappears`, 'a map emptied by removes is absent', ...inferred),
    untouchedKept: defineRule(`${prefix}.patch.untouched-members-kept`, 'members no operation addresses are kept', ...inferred),
  };
}
