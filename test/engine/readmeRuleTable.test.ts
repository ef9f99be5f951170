import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { integrationRules } from '../../src/rules/integration.js';
import { ruleCatalogue } from '../../src/rules/ruleCatalogue.js';
import { withRuleTable } from '../../scripts/renderRuleTable.js';

describe('README rule table', () => {
  it('is current with src/rules (run `npm run rules:readme` to regenerate)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withRuleTable(readme)).toBe(readme);
  });
  it('every rule has a provenance with a source, and rule ids are unique', () => {
    for (const r of ruleCatalogue) expect(r.provenance.source.length, r.id).toBeGreaterThan(10);
    expect(new Set(ruleCatalogue.map((r) => r.id)).size).toBe(ruleCatalogue.length);
    expect(ruleCatalogue.filter((r) => r.id.startsWith('path:'))).toHaveLength(integrationRules.length);
  });
});
