/** The names an expectations file may use: every rule id, operation and rule-table path of the suite. */
import type { KnownNames } from '../report/expectations.js';
import { integrationRules } from '../rules/integration.js';
import { ruleCatalogue } from '../rules/ruleCatalogue.js';
import { conformanceProperties } from '../../spec/properties/index.js';

export function knownNames(): KnownNames {
  return {
    rules: new Set(ruleCatalogue.map((r) => r.id)),
    operations: new Set(conformanceProperties.flatMap((p) => p.operations)),
    paths: new Set(integrationRules.map((r) => r.pattern)),
  };
}
