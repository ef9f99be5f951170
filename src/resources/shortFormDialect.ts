/**
 * The short error-text family of the Method family, RestApi and GatewayResponse (patch-surface research
 * section 1.1): `Invalid patch path <path>`, `Invalid patch operation specified. Must be one of: [...]`,
 * and Coral's op-enum validation naming the operation's input. Each resource gets its own rules (ids
 * prefixed with its name), each with the provenance the resource has for it.
 */
import { defineErrorRule, defineRule, type Rule } from '../rules/defineRule.js';
import type { Evidence } from '../provenance.js';
import type { ErrorDialect } from './declaration.js';
import { opEnumRule } from '../rules/modelValidation.js';

type Sourced = readonly [Evidence, string];

export interface ShortFormSources {
  /** Rule-id prefix: `method` gives `method.patch.unknown-path`. */
  prefix: string;
  /** The update operation's input name as Coral's texts print it: `updateMethodInput`. */
  updateInput: string;
  opEnum: Sourced;
  unknownPath: Sourced;
  unsupportedOp: Sourced;
  ordered: Sourced;
  emptiedMap: Sourced;
  untouchedKept: Sourced;
  /** GatewayResponse: a known path with a wrong op gets the path text, not the op text. */
  wrongOpSaysPath?: true;
}

export function shortFormDialect(s: ShortFormSources): ErrorDialect {
  const id = (rest: string) => `${s.prefix}.${rest}`;
  const rule = (rest: string, summary: string, [evidence, source]: Sourced): Rule => defineRule(id(rest), summary, evidence, source);
  return {
    updateInput: s.updateInput,
    opEnum: opEnumRule(id('patch.op-enum'), s.updateInput, s.opEnum),
    unknownPath: defineErrorRule(
      { id: id('patch.unknown-path'), summary: 'a path outside the table (whole maps, unescaped `/` in a key, typos): 400 `Invalid patch path <path>`', exception: 'BadRequestException', message: (path: string | undefined) => `Invalid patch path ${path ?? 'null'}` },
      ...s.unknownPath,
    ),
    unsupportedOp: defineErrorRule(
      {
        id: id('patch.unsupported-op'),
        summary: 'a known path with an op its row does not allow: 400 listing the allowed ops',
        exception: 'BadRequestException',
        // (flat: the template is also read with a placeholder for its list, to recognise the text)
        message: (allowed: readonly string[], path?: string) =>
          s.wrongOpSaysPath ? `Invalid patch path ${path ?? 'null'}` : `Invalid patch operation specified. Must be one of: [${[allowed].flat().join(', ')}]`,
      },
      ...s.unsupportedOp,
    ),
    ordered: rule('patch.ordered-all-or-nothing', 'operations apply in list order on a draft; any error leaves the resource as it was', s.ordered),
    emptiedMap: rule('map.emptied-disappears', 'a map emptied by removes is absent from the answer', s.emptiedMap),
    untouchedKept: rule('patch.untouched-members-kept', 'members no operation addresses are answered as they were', s.untouchedKept),
  };
}
