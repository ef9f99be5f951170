/**
 * Coral's model-validation texts, the same on every operation but for the input it names: one
 * ValidationException listing each violation (`N validation error(s) detected: a; b`), each one
 * `Value '<v>' at '<where>' failed to satisfy constraint: <constraint>` (`Value null` for a missing member).
 */
import { defineErrorRule, type ErrorRule } from './defineRule.js';
import type { Evidence } from '../provenance.js';

/** AWS's own order of the op enum, as its validation message prints it (not the SDK's order). */
export const patchOpEnum = ['add', 'remove', 'move', 'test', 'replace', 'copy'] as const;

export const validationText = (violations: readonly string[]): string =>
  `${violations.length} validation error${violations.length === 1 ? '' : 's'} detected: ${violations.join('; ')}`;

/** One violation: `where` is the member path as Coral names it (`putMethodInput.authorizationType`, `statusCode`). */
export const violation = (where: string, value: unknown, constraint: string): string =>
  `Value ${value === null || value === undefined ? 'null' : `'${String(value)}'`} at '${where}' failed to satisfy constraint: ${constraint}`;

export const mustNotBeNull = 'Member must not be null';
export const enumConstraint = (values: readonly string[]): string => `Member must satisfy enum value set: [${values.join(', ')}]`;
export const patternConstraint = (pattern: string): string => `Member must satisfy regular expression pattern: ${pattern}`;

/** The violation of each op outside the enum, by 1-based index: what an update's model validation lists first. */
export const opEnumViolations = (updateInput: string, bad: ReadonlyArray<{ index: number; op: string }>): string[] =>
  bad.map(({ index, op }) => violation(`${updateInput}.patchOperations.${index}.member.op`, op, enumConstraint(patchOpEnum)));

/** The op-enum rule of an update operation: every op outside the enum, in one ValidationException, before anything else. */
export function opEnumRule(id: string, updateInput: string, [evidence, source]: readonly [Evidence, string]): ErrorRule<[bad: ReadonlyArray<{ index: number; op: string }>]> {
  return defineErrorRule(
    {
      id,
      summary: 'every op outside the enum is listed in one ValidationException, by 1-based index, before anything else is checked',
      exception: 'ValidationException',
      message: (bad: ReadonlyArray<{ index: number; op: string }>) => validationText(opEnumViolations(updateInput, bad)),
    },
    evidence,
    source,
  );
}
