/**
 * report.md: a summary for a CI job page or a PR comment. It leads with the verdict, keeps every
 * divergence to what a reviewer acts on (rule, evidence, the differing fields, the replay command)
 * and leaves full detail to report.html. Divergences are capped so a comment stays within the
 * size limits of code hosts.
 */
import type { Divergence, PropertyResult, PropertyVerdict, RunReport, ScoreRow } from '../run/runReport.js';
import { gateLabel, propertyVerdictLabel, ruleLabel, runVerdictText } from './runVerdictText.js';
import { markdownCode, markdownFence, markdownText } from './markdownEscape.js';
import { fieldDiffLine } from './outcomeText.js';
import { describeOutcomes } from './differenceText.js';

export const markdownDivergenceLimit = 20;
const uncoveredListLimit = 15;

const verdictMark: Record<PropertyVerdict, string> = { holds: '✅', fails: '❌', 'not-implemented': '⚠️', skipped: '⏭️' };

/** ❌ only when the property's findings fail the run; ⚠️ `fails (known)` when the gate accepts them all. */
function verdictCell(p: PropertyResult, r: RunReport): string {
  const v = propertyVerdictLabel(p, r);
  return `${p.verdict === 'fails' && !v.failing ? '⚠️' : verdictMark[p.verdict]} ${v.label}`;
}

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function renderReportMarkdown(report: RunReport): string {
  return [
    verdictSection(report),
    propertiesTable(report),
    divergencesSection(report),
    scorecardSection(report),
    coverageSection(report),
    apiCallsSection(report),
    notImplementedSection(report),
    baselineSection(report),
    expectationsSection(report),
  ]
    .filter((s) => s !== '')
    .join('\n\n')
    .concat('\n');
}

function verdictSection(r: RunReport): string {
  const v = runVerdictText(r);
  const headline = `## ${v.passed ? (r.divergences.length > 0 || r.verdict === 'incomplete' ? '⚠️' : '✅') : '❌'} ${markdownCode(v.target)} ${markdownText(v.text)}`;
  const facts = [
    `${markdownText(r.tool.name)} ${markdownText(r.tool.version)}`,
    `run ${markdownCode(r.runId)}`,
    `seed ${markdownCode(String(r.settings.seed))}`,
    `${r.settings.runs} runs`,
    `--fail-on ${markdownCode(r.gate.failOn)}`,
    ...(r.settings.shard ? [`shard ${markdownCode(r.settings.shard)}`] : []),
    ...(r.settings.implementation ? [`implementation ${markdownCode(r.settings.implementation)}`] : []),
    ...(r.settings.endpoint ? [`endpoint ${markdownCode(r.settings.endpoint)}`] : []),
    seconds(r.durationMs),
    `started ${markdownText(r.startedAt)}`,
  ];
  const interrupted = r.interrupted ? '\n\n> **Interrupted** (SIGINT/SIGTERM): only the properties that finished are reported.' : '';
  const o = r.settings.observations;
  const observed = o
    ? `\n\n> **Observations** (${o.files.map((f) => markdownCode(f)).join(', ')}) decided ${o.confirmed.length + o.contradicted.length} rules (evidence \`aws-observed\`)${o.contradicted.length ? `; these contradicted the shipped reference and answer as observed: ${o.contradicted.map((id) => markdownCode(id)).join(', ')}` : ''}.`
    : '';
  return `${headline}\n\n${facts.join(' · ')}${interrupted}${observed}`;
}

function propertiesTable(r: RunReport): string {
  const properties = r.properties;
  if (properties.length === 0) return '_No properties ran._';
  const rows = properties.map((p) =>
    [`${markdownCode(p.id, { inTable: true })} ${markdownText(p.title)}`, verdictCell(p, r), p.cases, p.rejectedCases, p.divergingCases, p.divergences.join(' ') || '–', p.apiCalls, seconds(p.durationMs)].join(' | '),
  );
  return ['| Property | Verdict | Cases | Rejected | Diverging cases | Findings | API calls | Time |', '|---|---|--:|--:|--:|---|--:|--:|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

function divergencesSection(r: RunReport): string {
  if (r.divergences.length === 0) return '';
  const shown = r.divergences.slice(0, markdownDivergenceLimit).map((d) => divergenceBlock(d, r));
  const rest = r.divergences.length - shown.length;
  return [`### Findings`, ...shown, ...(rest > 0 ? [`_${plural(rest, 'more finding')} in report.html and report.json._`] : [])].join('\n\n');
}

function divergenceBlock(d: Divergence, r: RunReport): string {
  const [deciding, ...others] = d.rules;
  const ruleLine = deciding
    ? `- **Rule broken:** ${markdownCode(deciding.id)} (${markdownText(deciding.evidence)}) ${markdownText(deciding.summary)}`
    : '- **Rule broken:** none recorded';
  const accepted = d.gate?.status === 'expected' ? ` · ${markdownText(d.gate.reason ?? '')} (${markdownText(d.gate.link ?? '')})` : '';
  const outcomes = describeOutcomes(d);
  const lines = [
    `#### ${markdownText(d.id)}: ${markdownText(d.operation)}${d.kind === 'crash' ? ' crashes' : ''} · ${markdownCode(ruleLabel(d))} · ${markdownText(gateLabel(d, r))}${accepted}`,
    '',
    ruleLine,
    ...(others.length > 0 ? [`- **Context:** ${others.map((o) => `${markdownCode(o.id)} (${markdownText(o.evidence)})`).join(', ')}`] : []),
    `- **Diff:** ${markdownCode(fieldDiffLine(d.fieldDiffs))}`,
    `- **Expected:** ${markdownCode(outcomes.expected)}`,
    `- **Actual:** ${markdownCode(outcomes.actual)}`,
    `- **Hit by** ${plural(d.hits, 'case')} in ${d.properties.map((p) => markdownCode(p)).join(', ')}${d.paths.length > 0 ? ` · paths ${d.paths.map((p) => markdownCode(p)).join(', ')}` : ''}`,
    `- **Fingerprint:** ${markdownCode(d.fingerprint)} · shrunk in ${markdownCode(d.property)}${d.step > 0 ? ` (step ${d.step})` : ''} to ${plural(d.size, 'patch operation')}, ${d.casesToDetection === null ? 'first hit by the edge sweep' : `first hit after ${plural(d.casesToDetection, 'case')}`}`,
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

const percent = (n: number | null): string => (n === null ? '–' : `${n}%`);

function scorecardSection(r: RunReport): string {
  const sc = r.scorecard;
  if (sc.operations.length === 0) return '';
  const opRows = sc.operations.map((o) => `| ${markdownCode(o.id, { inTable: true })} | ${percent(o.conformance)} | ${o.checked} | ${o.conforming} | ${o.diverging} | ${o.notImplemented} |`);
  const failingRules = sc.rules.filter((x) => x.diverging > 0 || x.notImplemented > 0);
  const row = (x: ScoreRow) => `| ${markdownCode(x.id, { inTable: true })}${x.evidence ? ` (${markdownText(x.evidence)})` : ''} | ${x.checked} | ${x.conforming} | ${x.diverging} | ${x.notImplemented} |`;
  const unexercised = sc.rules.filter((x) => x.checked === 0 && x.notImplemented === 0).length;
  return [
    '### Scorecard',
    '',
    '| Operation | Conformance | Checks | Conforming | Diverging | Not implemented |',
    '|---|--:|--:|--:|--:|--:|',
    ...opRows,
    '',
    failingRules.length > 0
      ? ['| Rule with divergences | Checks | Conforming | Diverging | Not implemented |', '|---|--:|--:|--:|--:|', ...failingRules.map(row)].join('\n')
      : `_Every rule exercised conformed (${sc.rules.length - unexercised} of ${sc.rules.length} exercised)._`,
    '',
    '_Per rule and per path family in full: report.html and report.json._',
  ].join('\n');
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
    return d ? `${markdownCode(fp)} ${markdownText(d.operation)} ${markdownCode(ruleLabel(d))} (${markdownText(d.id)})` : markdownCode(fp);
  };
  const lines = [
    `### Baseline ${markdownCode(b.file)}${b.updated ? ' (updated by this run)' : ''}`,
    '',
    `${b.known.length} known, ${b.new.length} new, ${b.confirmed.length} not hit but confirmed by their counterexample, ${b.fixed.length} fixed${b.unchecked.length > 0 ? `, ${b.unchecked.length} not checked by this run` : ''}.`,
  ];
  if (b.new.length > 0) lines.push('', `**New** (not in the baseline${b.updated ? '; now added' : ''}):`, ...b.new.map((fp) => `- ${describe(fp)}`));
  if (b.fixed.length > 0) lines.push('', `**Fixed** (their recorded counterexample now conforms${b.updated ? '; now dropped' : '; drop them from the baseline'}):`, ...b.fixed.map((fp) => `- ${describe(fp)}`));
  return lines.join('\n');
}

function expectationsSection(r: RunReport): string {
  const x = r.expectations;
  if (!x) return '';
  const lines = [`### Expectations ${markdownCode(x.file)}`, '', `${x.matched} matched a finding, ${x.stale.length} stale.`];
  if (x.stale.length > 0) {
    lines.push('', '**Stale** (no finding matched: fixed, or not reached by this run):', ...x.stale.map((s) => `- ${markdownCode(s.rule)}${s.operation ? ` ${markdownText(s.operation)}` : ''}${s.path ? ` ${markdownCode(s.path)}` : ''}: ${markdownText(s.reason)} (${markdownText(s.link)})`));
  }
  return lines.join('\n');
}
