/**
 * `rules`: every rule the reference follows, with its evidence and source, grouped by resource, and the
 * counts per evidence level; `--json` for tools. What a user checks before trusting a finding, and what
 * a real account can settle (everything below aws-recorded, and recorded rules whose text is inferred).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { evidenceLevels } from '../provenance.js';
import { rulesByResource } from '../rules/ruleCatalogue.js';
import { resourceNames } from './resourceFlag.js';
import { observationsFromFlags, observationsLine } from './observationsFlag.js';

export const rulesUsage = 'apigw-patch-conformance rules [--resource NAME]... [--observations FILE]... [--json]';

export const rulesFlags = { resource: { type: 'string', multiple: true }, json: { type: 'boolean' }, observations: { type: 'string', multiple: true } } as const satisfies NonNullable<ParseArgsConfig['options']>;

export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: rulesFlags });
  const only = values.resource ? resourceNames(values.resource) : null;
  // With observations, the rules they decided show as aws-observed, and the verdicts are listed.
  const observed = await observationsFromFlags(values.observations);
  const groups = rulesByResource().filter((g) => !only || only.includes(g.resource));
  const rows = groups.map((g) => ({
    resource: g.resource,
    counts: Object.fromEntries(evidenceLevels.map((e) => [e, g.rules.filter((r) => r.provenance.evidence === e).length])),
    textInferred: g.rules.filter((r) => r.provenance.textInferred).length,
    rules: g.rules.map((r) => ({ id: r.id, evidence: r.provenance.evidence, ...(r.provenance.textInferred ? { textInferred: true } : {}), summary: r.summary, source: r.provenance.source })),
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ resources: rows, ...(observed ? { observations: observed } : {}) }, null, 2)}\n`);
    return 0;
  }
  for (const g of rows) {
    process.stdout.write(`\n${g.resource}: ${g.rules.length} rules (${evidenceLevels.map((e) => `${g.counts[e]} ${e}`).join(', ')}; ${g.textInferred} with inferred wording)\n`);
    for (const r of g.rules) process.stdout.write(`  ${r.id}  [${r.evidence}${r.textInferred ? ', text inferred' : ''}]  ${r.summary}\n      source: ${r.source}\n`);
  }
  const total = rows.flatMap((g) => g.rules);
  process.stdout.write(`\n${total.length} rules: ${evidenceLevels.map((e) => `${total.filter((r) => r.evidence === e).length} ${e}`).join(', ')}\n`);
  if (observed) process.stdout.write(`${observationsLine(observed)}; confirmed: ${observed.confirmed.join(', ') || 'none'}\n`);
  return 0;
}
