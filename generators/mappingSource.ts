/** Request-parameter sources: what `integration.request.*` keys are mapped from, from the rule table's domain. */
import fc from 'fast-check';
import { mappingExpression } from '../src/rules/integrationValues.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';

/** Sources the reference accepts against the sandbox method's declared parameters. */
export const validMappingSource: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(sandboxMethodRequestParameters), ...mappingExpression.domain.inside);

/** Near misses: undeclared method parameters, unknown roots, unquoted or unclosed literals, case changes. */
export const invalidMappingSource: fc.Arbitrary<string> = fc.constantFrom(...mappingExpression.domain.edges);
