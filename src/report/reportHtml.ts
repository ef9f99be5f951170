/**
 * report.html: one self-contained page (inline CSS, no script, no external resource; a CSP meta
 * tag forbids any load) so it opens from a CI artifact or a file:// URL alike. Every piece of
 * report text goes through htmlEscape: counterexamples are generated strings and may hold markup.
 */
import { gateLabel, propertyVerdictLabel, ruleLabel, runVerdictText } from './runVerdictText.js';
import type { CoverageCell, Divergence, RuleCitation, RunReport, ScoreRow } from '../run/runReport.js';
import { htmlEscape as e } from './htmlEscape.js';
import { formatDiffValue } from './outcomeText.js';
import { describeOutcomes } from './differenceText.js';
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const style = `
:root { color-scheme: light dark; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #6e7781; --line: #d0d7de; --ok-bg: #dafbe1; --bad-bg: #ffebe9; --none-bg: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --line: #444c56; --ok-bg: #12361f; --bad-bg: #4a1c1c; --none-bg: #22272e; } }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1.5rem; max-width: 1200px; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td code { overflow-wrap: anywhere; } /* long JSON values wrap inside their cell instead of widening the page */
pre { background: var(--none-bg); border: 1px solid var(--line); padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.banner { padding: .75rem 1rem; border-radius: 6px; margin-bottom: 1rem; }
.banner.conforms { background: var(--ok-bg); } .banner.diverges { background: var(--bad-bg); }
.facts { color: var(--muted); }
.v-holds { color: var(--ok); } .v-fails { color: var(--bad); font-weight: 600; } .v-not-implemented, .v-skipped, .v-accepted { color: var(--warn); }
.matrix td { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap; }
.matrix td.ok { background: var(--ok-bg); } .matrix td.bad { background: var(--bad-bg); font-weight: 600; } .matrix td.none { background: var(--none-bg); color: var(--muted); }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 1rem; font-size: 12px; color: #fff; white-space: nowrap; }
.ev-aws-recorded { background: #1a7f37; } .ev-aws-doc { background: #2da44e; } .ev-aws-e2e { background: #0969da; } .ev-user-quote { background: #9a6700; } .ev-inferred { background: #6e7781; }
.divergence { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; margin: 1rem 0; }
.muted { color: var(--muted); }
`;

export function renderReportHtml(report: RunReport): string {
  const title = `${report.tool.name}: ${runVerdictText(report).headline}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    banner(report),
    propertiesSection(report),
    divergencesSection(report),
    scorecardSection(report),
    coverageSection(report.coverage),
    apiCallsSection(report),
    notImplementedSection(report),
    baselineSection(report),
    expectationsSection(report),
    '</body>',
    '</html>',
    '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

function banner(r: RunReport): string {
  const v = runVerdictText(r);
  const headline = v.headline;
  const facts: [string, string][] = [
    ['tool', `${r.tool.name} ${r.tool.version}`],
    ['run', r.runId],
    ['target', r.settings.target],
    ...(r.settings.endpoint ? [['endpoint', r.settings.endpoint] as [string, string]] : []),
    ...(r.settings.implementation ? [['implementation', r.settings.implementation] as [string, string]] : []),
    ['seed', String(r.settings.seed)],
    ['runs', String(r.settings.runs)],
    ['fail on', r.gate.failOn],
    ['workers', String(r.settings.workers)],
    ...(r.settings.shard ? [['shard', r.settings.shard] as [string, string]] : []),
    ['started', r.startedAt],
    ['finished', r.finishedAt],
    ['duration', seconds(r.durationMs)],
    ...(r.interrupted ? [['interrupted', 'only the properties that finished are reported'] as [string, string]] : []),
  ];
  return [
    `<div class="banner ${v.passed ? 'conforms' : 'diverges'}"><h1>${e(headline)}</h1>`,
    `<div class="facts">${facts.map(([k, v]) => `${e(k)} <code>${e(v)}</code>`).join(' · ')}</div></div>`,
  ].join('\n');
}

function propertiesSection(r: RunReport): string {
  const rows = r.properties.map((p) => {
    const links = p.divergences.map((id) => `<a href="#${e(encodeURIComponent(id))}">${e(id)}</a>`).join(' ');
    // Red only when the property's findings fail the run: `fails (known)` when the gate accepts them all.
    const v = propertyVerdictLabel(p, r);
    const cls: string = p.verdict === 'fails' && !v.failing ? 'accepted' : p.verdict;
    return (
      `<tr><td><code>${e(p.id)}</code><br>${e(p.title)}${p.detail ? `<br><span class="muted">${e(p.detail)}</span>` : ''}</td>` +
      `<td class="v-${e(cls)}">${e(v.label)}</td>` +
      `<td class="num">${p.cases}</td><td class="num">${p.rejectedCases}</td><td class="num">${p.divergingCases}</td><td class="num">${p.apiCalls}</td>` +
      `<td class="num">${e(seconds(p.durationMs))}</td><td class="num">${p.seed}</td><td>${links}</td></tr>`
    );
  });
  return [
    '<h2>Properties</h2>',
    '<table><thead><tr><th>Property</th><th>Verdict</th><th class="num">Cases</th><th class="num">Rejected</th><th class="num">Diverging</th><th class="num">API calls</th><th class="num">Time</th><th class="num">Seed</th><th>Findings</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function coverageSection(cells: readonly CoverageCell[]): string {
  if (cells.length === 0) return '<h2>Coverage</h2>\n<p class="muted">No coverage recorded.</p>';
  // Rows and columns in first-seen order: the runner lists families in rule-table order.
  const families = [...new Set(cells.map((c) => c.family))];
  const ops = [...new Set(cells.map((c) => c.op))];
  const at = new Map(cells.map((c) => [`${c.family}\u0000${c.op}`, c]));
  const rows = families.map((family) => {
    const tds = ops.map((op) => {
      const c = at.get(`${family}\u0000${op}`);
      if (!c) return '<td class="none" title="not applicable">·</td>';
      const cls = c.divergences > 0 ? 'bad' : c.cases === 0 ? 'none' : 'ok';
      const tip = `${op} ${family}: ${c.cases} cases, ${c.rejected} rejected, ${c.divergences} divergences`;
      return `<td class="${cls}" title="${e(tip)}">${c.cases} / ${c.rejected} / ${c.divergences}</td>`;
    });
    return `<tr><th><code>${e(family)}</code></th>${tds.join('')}</tr>`;
  });
  return [
    '<h2>Coverage</h2>',
    '<p class="muted">Each cell: cases / rejected / divergences. Red: divergences; green: reached; grey: not reached.</p>',
    `<table class="matrix"><thead><tr><th>path family</th>${ops.map((op) => `<th><code>${e(op)}</code></th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function divergencesSection(r: RunReport): string {
  if (r.divergences.length === 0) return '<h2>Findings</h2>\n<p>None.</p>';
  return ['<h2>Findings</h2>', '<p class="muted">One per distinct way the target departs from AWS: the operation and the rule it breaks. Each is shown by its first case, shrunk.</p>', ...r.divergences.map((d) => divergenceBlock(d, r))].join('\n');
}

const percent = (n: number | null): string => (n === null ? '–' : `${n}%`);

function scoreTable(label: string, rows: readonly ScoreRow[], extra?: (x: ScoreRow) => string): string {
  const body = rows.map(
    (x) =>
      `<tr class="${x.diverging > 0 ? 'bad' : ''}"><td><code>${e(x.id)}</code>${x.evidence ? ` ${evidenceBadge(x.evidence)}` : ''}</td>${extra ? `<td class="num">${e(extra(x))}</td>` : ''}` +
      `<td class="num">${x.checked}</td><td class="num">${x.conforming}</td><td class="num">${x.diverging}</td><td class="num">${x.notImplemented}</td></tr>`,
  );
  return `<table><thead><tr><th>${e(label)}</th>${extra ? '<th class="num">conformance</th>' : ''}<th class="num">checks</th><th class="num">conforming</th><th class="num">diverging</th><th class="num">not implemented</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function scorecardSection(r: RunReport): string {
  const sc = r.scorecard;
  return [
    '<h2>Scorecard</h2>',
    '<p class="muted">Every check exercises the rules its expected answer rests on; a rule diverges in a check when a finding there blames it.</p>',
    scoreTable('operation', sc.operations, (x) => percent((x as (typeof sc.operations)[number]).conformance)),
    '<h3>Per path family</h3>',
    scoreTable('path family', sc.families),
    '<details><summary>Per rule</summary>',
    scoreTable('rule', sc.rules),
    '</details>',
  ].join('\n');
}

const evidenceBadge = (evidence: string): string => `<span class="badge ev-${e(evidence)}">${e(evidence)}</span>`;

function ruleRow(rule: RuleCitation, deciding: boolean): string {
  return (
    `<tr><td><code>${e(rule.id)}</code>${deciding ? ' <span class="muted">(deciding)</span>' : ''}</td><td>${evidenceBadge(rule.evidence)}</td>` +
    `<td>${e(rule.summary)}</td><td>${e(rule.source)}</td><td>${rule.messageChecked ? 'message text checked' : 'exception name and status only'}</td></tr>`
  );
}

function divergenceBlock(d: Divergence, r: RunReport): string {
  const diffRows = d.fieldDiffs.map((f) => `<tr><td><code>${e(f.path)}</code></td><td><code>${e(formatDiffValue(f.expected))}</code></td><td><code>${e(formatDiffValue(f.actual))}</code></td></tr>`);
  return [
    `<section class="divergence" id="${e(encodeURIComponent(d.id))}">`,
    `<h3>${e(d.id)}: ${e(d.operation)}${d.kind === 'crash' ? ' crashes' : ''} · <code>${e(ruleLabel(d))}</code> · ${e(gateLabel(d, r))}</h3>`,
    d.gate?.status === 'expected' ? `<p>Accepted by expectations: ${e(d.gate.reason ?? '')} (<code>${e(d.gate.link ?? '')}</code>)</p>` : '',
    `<p class="muted">fingerprint <code>${e(d.fingerprint)}</code> · hit by ${d.hits} case(s) in ${d.properties.map((p) => `<code>${e(p)}</code>`).join(', ')} · shrunk in <code>${e(d.property)}</code>${d.step > 0 ? ` (step ${d.step})` : ''}: property seed <code>${d.seed}</code>, path <code>${e(d.path)}</code> (the replay command below passes the run's seed, from which the property's is derived) · ${d.casesToDetection === null ? 'first hit by the edge sweep' : `first hit after ${d.casesToDetection} cases`} · ${d.size} patch operations${d.paths.length > 0 ? ` · paths ${d.paths.map((p) => `<code>${e(p)}</code>`).join(', ')}` : ''}</p>`,
    `<table><tr><th>expected</th><td><code>${e(describeOutcomes(d).expected)}</code></td></tr><tr><th>actual</th><td><code>${e(describeOutcomes(d).actual)}</code></td></tr></table>`,
    '<h4>Field differences</h4>',
    diffRows.length > 0
      ? `<table><thead><tr><th>path</th><th>expected</th><th>actual</th></tr></thead><tbody>${diffRows.join('')}</tbody></table>`
      : '<p class="muted">None recorded.</p>',
    '<h4>Rules</h4>',
    d.rules.length > 0
      ? `<table><thead><tr><th>rule</th><th>evidence</th><th>summary</th><th>source</th><th>compared</th></tr></thead><tbody>${d.rules.map((rule, i) => ruleRow(rule, i === 0)).join('')}</tbody></table>`
      : '<p class="muted">None recorded.</p>',
    '<h4>Replay</h4>',
    `<pre>${e(d.replayCommand)}</pre>`,
    '<h4>AWS CLI</h4>',
    `<pre>${e(d.awsCliCommand)}</pre>`,
    '<details><summary>Counterexample</summary>',
    `<pre>${e(JSON.stringify(d.counterexample, null, 2))}</pre>`,
    '</details>',
    '<details><summary>Expected and actual outcomes</summary>',
    `<pre>${e(JSON.stringify({ expected: d.expected, actual: d.actual }, null, 2))}</pre>`,
    '</details>',
    '</section>',
  ].join('\n');
}

function apiCallsSection(r: RunReport): string {
  const entries = Object.entries(r.apiCalls.perCheckedCase).sort(([a], [b]) => a.localeCompare(b));
  const rows = entries.map(([k, v]) => `<tr><td><code>${e(k)}</code></td><td class="num">${e(Number.isInteger(v) ? String(v) : v.toFixed(2))}</td></tr>`);
  return [
    '<h2>API calls</h2>',
    `<p>${r.apiCalls.total} in total.</p>`,
    rows.length > 0 ? `<table><thead><tr><th>per checked case</th><th class="num">calls</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

function notImplementedSection(r: RunReport): string {
  if (r.notImplemented.length === 0) return '';
  return ['<h2>Not implemented by the target</h2>', `<ul>${r.notImplemented.map((n) => `<li><code>${e(n.operation)}</code>: ${e(n.detail)}</li>`).join('')}</ul>`].join('\n');
}

function baselineSection(r: RunReport): string {
  const b = r.baseline;
  if (!b) return '';
  const list = (label: string, fps: readonly string[]): string =>
    fps.length === 0 ? '' : `<h3>${e(label)}</h3><ul>${fps.map((fp) => `<li><code>${e(fp)}</code></li>`).join('')}</ul>`;
  return [
    `<h2>Baseline <code>${e(b.file)}</code>${b.updated ? ' (updated by this run)' : ''}</h2>`,
    `<p>${b.known.length} known, ${b.new.length} new, ${b.confirmed.length} not hit but confirmed by their counterexample, ${b.fixed.length} fixed${b.unchecked.length > 0 ? `, ${b.unchecked.length} not checked by this run` : ''}.</p>`,
    list(b.updated ? 'New (now added)' : 'New (not in the baseline)', b.new),
    list(b.updated ? 'Fixed (now dropped)' : 'Fixed (the recorded counterexample now conforms: drop them)', b.fixed),
  ]
    .filter((s) => s !== '')
    .join('\n');
}

function expectationsSection(r: RunReport): string {
  const x = r.expectations;
  if (!x) return '';
  const stale = x.stale.map((s) => `<li><code>${e(s.rule)}</code>${s.operation ? ` ${e(s.operation)}` : ''}${s.path ? ` <code>${e(s.path)}</code>` : ''}: ${e(s.reason)} (<code>${e(s.link)}</code>)</li>`);
  return [
    `<h2>Expectations <code>${e(x.file)}</code></h2>`,
    `<p>${x.matched} matched a finding, ${x.stale.length} stale.</p>`,
    stale.length > 0 ? `<h3>Stale (no finding matched: fixed, or not reached by this run)</h3><ul>${stale.join('')}</ul>` : '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
