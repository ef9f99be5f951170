/**
 * Paths outside the rule table, derived from its patterns where possible: whole maps, case and
 * depth mistakes, bad escapes, empty segments. Each is a family classifyOperation reports.
 */
import fc from 'fast-check';
import { KEY, integrationRules } from '../src/rules/integration.js';

const keyedRows = integrationRules.filter((r) => r.segments.includes(KEY));
const scalarRows = integrationRules.filter((r) => !r.segments.includes(KEY));

/** `/requestTemplates`, `/requestParameters`, `/cacheKeyParameters`, `/tlsConfig`: a member addressed whole. */
export const wholeMapPaths: readonly string[] = [
  ...new Set(integrationRules.filter((r) => r.segments.length > 1).map((r) => `/${String(r.segments[0])}`)),
];
export const wholeMapPath: fc.Arbitrary<string> = fc.constantFrom(...wholeMapPaths);

/** Well-formed pointers that name nothing: wrong case, one segment too many, members the table lacks, no leading `/`. */
export const unknownPath: fc.Arbitrary<string> = fc.constantFrom(
  ...scalarRows.map((r) => r.pattern.replace(/^\/(.)/, (_, c: string) => `/${c.toUpperCase()}`)),
  ...scalarRows.filter((r) => r.ops.length > 0).map((r) => `${r.pattern}/value`),
  '/requestTemplates/application/json',
  '/integrationResponses/200',
  '/id',
  '/tlsConfig/insecureSkipVerify',
  'timeoutInMillis',
);

/** A `~` not followed by 0 or 1 inside a key segment. */
export const malformedEscapePath: fc.Arbitrary<string> = fc.constantFrom(
  ...keyedRows.map((r) => `/${String(r.segments[0])}/application~2json`),
  ...keyedRows.map((r) => `/${String(r.segments[0])}/integration.request.header.a~`),
  '/requestTemplates/text~1plain~',
);

/** The empty path, the root, doubled and trailing slashes. */
export const emptyOrTrailingPath: fc.Arbitrary<string> = fc.constantFrom(
  '',
  '/',
  '//',
  '/timeoutInMillis/',
  '//timeoutInMillis',
  '/requestTemplates//',
  '/requestTemplates/application~1json/',
);
