/**
 * junit.xml for CI test tabs: one testsuite, one testcase per property. A failing property's
 * <failure> carries everything needed to act on each divergence without opening another file:
 * the rule, expected vs actual, the counterexample and the replay command.
 */
import { failsOnlyWithKnownDivergences } from './baselineStatus.js';
import type { Divergence, PropertyResult, RunReport } from '../run/runReport.js';
import { describeOutcome, formatDiffValue } from './outcomeText.js';
import { xmlAttribute, xmlText } from './xmlEscape.js';

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

export function renderJunitXml(report: RunReport): string {
  const byId = new Map(report.divergences.map((d) => [d.id, d]));
  const known = (p: PropertyResult) => failsOnlyWithKnownDivergences(report, p);
  // Baseline entries no longer seen fail the run (the baseline must shrink): one failing testcase says so.
  const fixed = report.baseline?.fixed ?? [];
  const failures = report.properties.filter((p) => p.verdict === 'fails' && !known(p)).length + (fixed.length > 0 ? 1 : 0);
  const skipped = report.properties.filter((p) => p.verdict === 'not-implemented' || p.verdict === 'skipped' || known(p)).length;
  const suiteName = `${report.tool.name} (${report.settings.target})`;
  const counts = `tests="${report.properties.length + (fixed.length > 0 ? 1 : 0)}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}"`;

  const properties = [
    ['runId', report.runId],
    ['toolVersion', report.tool.version],
    ['target', report.settings.target],
    ...(report.settings.endpoint ? [['endpoint', report.settings.endpoint]] : []),
    ['seed', String(report.settings.seed)],
    ['runs', String(report.settings.runs)],
    ...(report.settings.shard ? [['shard', report.settings.shard]] : []),
    ['verdict', report.verdict],
  ].map(([name, value]) => `      <property name="${xmlAttribute(name ?? '')}" value="${xmlAttribute(value ?? '')}"/>`);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(report.tool.name)}" ${counts}>`,
    `  <testsuite name="${xmlAttribute(suiteName)}" ${counts} timestamp="${xmlAttribute(report.startedAt)}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...report.properties.map((p) => testcase(p, report, byId)),
    ...(fixed.length > 0
      ? [
          `    <testcase classname="${xmlAttribute(`${report.tool.name}.${report.settings.target}`)}" name="baseline: divergences no longer seen" time="0.000">`,
          `      <failure type="BaselineNoLongerSeen" message="${xmlAttribute(`${fixed.length} baseline divergence(s) no longer occur: remove them from ${report.baseline!.file}`)}">${xmlText(fixed.join('\n'))}</failure>`,
          '    </testcase>',
        ]
      : []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ];
  return lines.join('\n');
}

function testcase(p: PropertyResult, report: RunReport, byId: Map<string, Divergence>): string {
  const open = `    <testcase classname="${xmlAttribute(`${report.tool.name}.${report.settings.target}`)}" name="${xmlAttribute(`${p.id}: ${p.title}`)}" time="${seconds(p.durationMs)}">`;
  const stats = `      <system-out>${xmlText(`cases=${p.cases} rejected=${p.rejectedCases} apiCalls=${p.apiCalls} propertySeed=${p.seed}`)}</system-out>`;
  const body: string[] = [];
  if (failsOnlyWithKnownDivergences(report, p)) {
    body.push(`      <skipped message="${xmlAttribute(`known divergence(s), accepted by the baseline ${report.baseline!.file}: ${p.divergences.join(', ')}`)}"/>`);
  } else if (p.verdict === 'fails') {
    const divergences = p.divergences.map((id) => byId.get(id)).filter((d): d is Divergence => d !== undefined);
    const first = divergences[0];
    const message = first
      ? `${divergences.length} divergence${divergences.length === 1 ? '' : 's'}; first: ${first.operation} ${first.rules[0]?.id ?? '(no rule)'}: expected ${describeOutcome(first.expected)}, actual ${describeOutcome(first.actual)}`
      : 'property fails (no divergence recorded)';
    body.push(`      <failure type="Divergence" message="${xmlAttribute(message)}">${xmlText(divergences.map(failureText).join('\n\n'))}</failure>`);
  } else if (p.verdict === 'not-implemented' || p.verdict === 'skipped') {
    const message = p.verdict === 'not-implemented' ? `not implemented by the target${p.detail ? `: ${p.detail}` : ''}` : `skipped${p.detail ? `: ${p.detail}` : ''}`;
    body.push(`      <skipped message="${xmlAttribute(message)}"/>`);
  }
  return [open, ...body, stats, '    </testcase>'].join('\n');
}

function failureText(d: Divergence): string {
  const rules = d.rules.map((r) => `  ${r.id} [${r.evidence}] ${r.summary} (source: ${r.source})`);
  const diffs = d.fieldDiffs.map((f) => `  ${f.path}: expected ${formatDiffValue(f.expected)}, actual ${formatDiffValue(f.actual)}`);
  return [
    `Divergence ${d.id} (fingerprint ${d.fingerprint}) in ${d.operation}, step ${d.step}`,
    `Expected: ${describeOutcome(d.expected)}`,
    `Actual:   ${describeOutcome(d.actual)}`,
    'Field differences:',
    ...(diffs.length > 0 ? diffs : ['  (none recorded)']),
    'Rules:',
    ...(rules.length > 0 ? rules : ['  (none recorded)']),
    'Counterexample:',
    JSON.stringify(d.counterexample, null, 2),
    `Replay: ${d.replayCommand}`,
    `AWS CLI: ${d.awsCliCommand}`,
  ].join('\n');
}
