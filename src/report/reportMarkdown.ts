/**
 * report.md: a summary for a CI job page or a PR comment. It leads with the verdict, keeps every
 * divergence to what a reviewer acts on (rule, evidence, the differing fields, the replay command)
 * and leaves full detail to report.html. Divergences are capped so a comment stays within the
 * size limits of code hosts.
 */
import { matchesBaseline } from './baselineStatus.js';
import type { Divergence, PropertyResult, PropertyVerdict, RunReport } from '../run/runReport.js';
import { markdownCode, markdownFence, markdownText } from './markdownEscape.js';
import { describeOutcome, fieldDiffLine } from './outcomeText.js';

export const markdownDivergenceLimit = 20;
const uncoveredListLimit = 15;

const verdictLabel: Record<PropertyVerdict, string> = {
  holds: '✅ holds',
  fails: '❌ fails',
  'not-implemented': '⚠️ not implemented',
  skipped: '⏭️ skipped',
};

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function renderReportMarkdown(report: RunReport): string {
  return [
    verdictSection(report),
    propertiesTable(report.properties),
    divergencesSection(report),
    coverageSection(report),
    apiCallsSection(report),
    notImplementedSection(report),
    baselineSection(report),
  ]
    .filter((s) => s !== '')
    .join('\n\n')
    .concat('\n');
}

function verdictSection(r: RunReport): string {
  const failing = r.properties.filter((p) => p.verdict === 'fails').length;
  const target = markdownCode(r.settings.target);
  const unchecked = r.properties.filter((p) => p.verdict === 'not-implemented' || p.verdict === 'skipped').length;
  const headline =
    r.verdict === 'conforms'
      ? `## ✅ ${target} conforms: ${plural(r.properties.filter((p) => p.verdict === 'holds').length, 'property')} hold`
      : r.verdict === 'diverges' && matchesBaseline(r)
        ? `## ✅ ${target} matches its baseline: ${plural(r.divergences.length, 'known divergence')}, none new`
        : r.verdict === 'incomplete'
        ? `## ⚠️ ${target} incomplete: no divergence, but ${unchecked} of ${plural(r.properties.length, 'property')} could not be checked`
        : `## ❌ ${target} diverges: ${plural(r.divergences.length, 'divergence')} in ${failing} of ${plural(r.properties.length, 'property')}`;
  const facts = [
    `${markdownText(r.tool.name)} ${markdownText(r.tool.version)}`,
    `run ${markdownCode(r.runId)}`,
    `seed ${markdownCode(String(r.settings.seed))}`,
    `${r.settings.runs} runs`,
    ...(r.settings.shard ? [`shard ${markdownCode(r.settings.shard)}`] : []),
    ...(r.settings.implementation ? [`implementation ${markdownCode(r.settings.implementation)}`] : []),
    ...(r.settings.endpoint ? [`endpoint ${markdownCode(r.settings.endpoint)}`] : []),
    seconds(r.durationMs),
    `started ${markdownText(r.startedAt)}`,
  ];
  const interrupted = r.interrupted ? '\n\n> **Interrupted** (SIGINT/SIGTERM): only the properties that finished are reported.' : '';
  return `${headline}\n\n${facts.join(' · ')}${interrupted}`;
}

function propertiesTable(properties: readonly PropertyResult[]): string {
  if (properties.length === 0) return '_No properties ran._';
  const rows = properties.map((p) =>
    [`${markdownCode(p.id, { inTable: true })} ${markdownText(p.title)}`, verdictLabel[p.verdict], p.cases, p.rejectedCases, p.apiCalls, p.divergences.length, seconds(p.durationMs)].join(' | '),
  );
  return ['| Property | Verdict | Cases | Rejected | API calls | Divergences | Time |', '|---|---|--:|--:|--:|--:|--:|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

function divergencesSection(r: RunReport): string {
  if (r.divergences.length === 0) return '';
  const shown = r.divergences.slice(0, markdownDivergenceLimit).map(divergenceBlock);
  const rest = r.divergences.length - shown.length;
  return ['### Divergences', ...shown, ...(rest > 0 ? [`_${plural(rest, 'more divergence')} in report.html and report.json._`] : [])].join('\n\n');
}

function divergenceBlock(d: Divergence): string {
  const [deciding, ...others] = d.rules;
  const ruleLine = deciding
    ? `- **Rule:** ${markdownCode(deciding.id)} (${markdownText(deciding.evidence)}) ${markdownText(deciding.summary)}`
    : '- **Rule:** none recorded';
  const lines = [
    `#### ${markdownText(d.id)}: ${markdownCode(d.property)} · ${markdownText(d.operation)}${d.step > 0 ? ` step ${d.step}` : ''}`,
    '',
    ruleLine,
    ...(others.length > 0 ? [`- **Also applied:** ${others.map((o) => `${markdownCode(o.id)} (${markdownText(o.evidence)})`).join(', ')}`] : []),
    `- **Diff:** ${markdownCode(fieldDiffLine(d.fieldDiffs))}`,
    `- **Expected:** ${markdownCode(describeOutcome(d.expected))}`,
    `- **Actual:** ${markdownCode(describeOutcome(d.actual))}`,
    `- **Fingerprint:** ${markdownCode(d.fingerprint)} · property seed ${d.seed} (replay with the command below) · found after ${plural(d.casesToDetection, 'case')}, shrunk to ${plural(d.size, 'patch operation')}`,
    '',
    markdownFence(d.replayCommand, 'sh'),
    '',
    '<details><summary>Counterexample and AWS CLI</summary>',
    '',
    markdownFence(JSON.stringify(d.counterexample, null, 2), 'json'),
    '',
    markdownFence(d.awsCliCommand, 'sh'),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

function coverageSection(r: RunReport): string {
  if (r.coverage.length === 0) return '### Coverage\n\n_No coverage recorded._';
  const families = new Set(r.coverage.map((c) => c.family));
  const ops = new Set(r.coverage.map((c) => c.op));
  const reached = r.coverage.filter((c) => c.cases > 0);
  const unreached = r.coverage.filter((c) => c.cases === 0);
  const diverging = r.coverage.filter((c) => c.divergences > 0);
  const cell = (c: { family: string; op: string }): string => markdownCode(`${c.op} ${c.family}`);
  const lines = [
    '### Coverage',
    '',
    `${reached.length} of ${plural(r.coverage.length, 'cell')} reached (${plural(families.size, 'path family')} × ${plural(ops.size, 'op')}), ` +
      `${r.coverage.reduce((n, c) => n + c.cases, 0)} cases, ${r.coverage.reduce((n, c) => n + c.rejected, 0)} rejected.`,
  ];
  const items: string[] = [];
  if (diverging.length > 0) items.push(`- **Cells with divergences:** ${diverging.map((c) => `${cell(c)} (${c.divergences})`).join(', ')}`);
  if (unreached.length > 0) {
    const more = unreached.length > uncoveredListLimit ? `, and ${unreached.length - uncoveredListLimit} more` : '';
    items.push(`- **Not reached:** ${unreached.slice(0, uncoveredListLimit).map(cell).join(', ')}${more}`);
  }
  return [...lines, ...(items.length > 0 ? ['', ...items] : [])].join('\n');
}

function apiCallsSection(r: RunReport): string {
  const entries = Object.entries(r.apiCalls.perCheckedCase).sort(([a], [b]) => a.localeCompare(b));
  const lines = ['### API calls', '', `${r.apiCalls.total} in total.`];
  if (entries.length > 0) {
    lines.push('', '| Per checked case | Calls |', '|---|--:|', ...entries.map(([k, v]) => `| ${markdownCode(k, { inTable: true })} | ${Number.isInteger(v) ? v : v.toFixed(2)} |`));
  }
  return lines.join('\n');
}

function notImplementedSection(r: RunReport): string {
  if (r.notImplemented.length === 0) return '';
  return ['### Not implemented by the target', '', ...r.notImplemented.map((n) => `- ${markdownCode(n.operation)}: ${markdownText(n.detail)}`)].join('\n');
}

function baselineSection(r: RunReport): string {
  const b = r.baseline;
  if (!b) return '';
  const byFingerprint = new Map(r.divergences.map((d) => [d.fingerprint, d]));
  const describe = (fp: string): string => {
    const d = byFingerprint.get(fp);
    return d ? `${markdownCode(fp)} ${markdownCode(d.property)} ${markdownCode(d.rules[0]?.id ?? '(no rule)')} (${markdownText(d.id)})` : markdownCode(fp);
  };
  const lines = [
    `### Baseline ${markdownCode(b.file)}`,
    '',
    `${b.known.length} known, ${b.new.length} new, ${b.fixed.length} fixed${b.unchecked && b.unchecked.length > 0 ? `, ${b.unchecked.length} not checked by this run` : ''}.`,
  ];
  if (b.new.length > 0) lines.push('', '**New** (not in the baseline):', ...b.new.map((fp) => `- ${describe(fp)}`));
  if (b.fixed.length > 0) lines.push('', '**Fixed** (in the baseline, not seen in this run; shrink the baseline):', ...b.fixed.map((fp) => `- ${describe(fp)}`));
  return lines.join('\n');
}
