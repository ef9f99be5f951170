/**
 * The long error-text family of Resource, Model, RequestValidator, DocumentationPart and ApiKey
 * (patch-surface research section 1.1, all recorded): a path outside the table and a known path with
 * an op it does not take get one text, `Invalid patch path  '<path>' specified for op '<op>'. ` (two
 * spaces), then `Must be one of: [<the paths that op takes, in AWS's order>]`, or `Please choose
 * supported operations` when the op takes none.
 */
import { defineErrorRule, defineRule } from '../rules/defineRule.js';
import type { Evidence } from '../provenance.js';
import type { ErrorDialect } from './declaration.js';
import { opEnumRule } from '../rules/modelValidation.js';

type Sourced = readonly [Evidence, string];

const pathText = (path: string | undefined, op: string, validForOp: readonly string[] = []) =>
  `Invalid patch path  '${path ?? 'null'}' specified for op '${op}'. ${validForOp.length > 0 ? `Must be one of: [${[validForOp].flat().join(', ')}]` : 'Please choose supported operations'}`;

export interface LongFormSources {
  prefix: string;
  updateInput: string;
  /** How we know the path texts (recorded on the resource, or only on its family). */
  paths: Sourced;
  opEnum: Sourced;
  ordered: Sourced;
}

export function longFormDialect(s: LongFormSources): ErrorDialect {
  const id = (rest: string) => `${s.prefix}.${rest}`;
  return {
    updateInput: s.updateInput,
    opEnum: opEnumRule(id('patch.op-enum'), s.updateInput, s.opEnum),
    unknownPath: defineErrorRule(
      { id: id('patch.unknown-path'), summary: "a path outside the table: 400 naming the paths the op takes (two spaces after 'path')", exception: 'BadRequestException', message: (path: string | undefined, op: string, validForOp?: readonly string[]) => pathText(path, op, validForOp) },
      ...s.paths,
    ),
    unsupportedOp: defineErrorRule(
      { id: id('patch.unsupported-op'), summary: 'a known path with an op it does not take: the same text as an unknown path', exception: 'BadRequestException', message: (_allowed: readonly string[], path: string, op: string, validForOp?: readonly string[]) => pathText(path, op, validForOp) },
      ...s.paths,
    ),
    ordered: defineRule(id('patch.ordered-all-or-nothing'), 'operations apply in list order on a draft; an error leaves the resource as it was', ...s.ordered),
    emptiedMap: defineRule(id('map.emptied-disappears'), 'a map emptied by removes is absent', 'inferred', 'as the Method family answers (recorded there); unrecorded for this resource'),
    untouchedKept: defineRule(id('patch.untouched-members-kept'), 'members no operation addresses are answered as they were', ...s.ordered),
  };
}
