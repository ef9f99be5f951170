/**
 * junit.xml for CI test tabs. One testcase per finding (failing, or skipped when the gate accepts it:
 * known to the baseline, expected, below --fail-on), one per property that held or could not run,
 * one per baseline entry proved fixed, and one for an interrupted run. Its failures are exactly the
 * run's: JUnit is green if and only if the exit code is 0.
 */
import type { Divergence, PropertyResult, RunReport } from '../run/runReport.js';
import { formatDiffValue } from './outcomeText.js';
import { describeOutcomes, differenceText } from './differenceText.js';
import { gateLabel, ruleLabel, runVerdictText } from './runVerdictText.js';
import { selectedPropertyIds } from '../run/selectedProperties.js';
import { xmlAttribute, xmlText } from './xmlEscape.js';

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

interface Testcase {
  name: string;
  time: string;
  outcome?: { kind: 'failure' | 'skipped'; type?: string; message: string; body?: string };
  out?: string;
}

export function renderJunitXml(report: RunReport): string {
  const cases = [
    ...(report.interrupted ? [interruptedCase(report)] : []),
    ...(report.unreachable ? [{ name: 'target reachable', time: '0.000', outcome: { kind: 'failure' as const, type: 'Unreachable', message: report.unreachable } }] : []),
    ...report.divergences.map((d) => findingCase(d, report)),
    ...report.properties.filter((p) => p.verdict !== 'fails').map(propertyCase),
    ...notRunCases(report),
    ...(report.baseline?.fixed ?? []).map((fp) => fixedCase(fp, report)),
  ];
  // JUnit is green exactly when the gate passes (exit 0): a failing gate with no failing testcase of its own still shows as one.
  if (!report.gate.passed && !cases.some((c) => c.outcome?.kind === 'failure')) {
    cases.unshift({ name: 'run verdict', time: '0.000', outcome: { kind: 'failure', type: 'RunFailed', message: runVerdictText(report).headline } });
  }
  const failures = cases.filter((c) => c.outcome?.kind === 'failure').length;
  const skipped = cases.filter((c) => c.outcome?.kind === 'skipped').length;
  const suiteName = `${report.tool.name} (${report.settings.target})`;
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}"`;
  const classname = xmlAttribute(`${report.tool.name}.${report.settings.target}`);

  const properties = [
    ['runId', report.runId],
    ['toolVersion', report.tool.version],
    ['target', report.settings.target],
    ...(report.settings.endpoint ? [['endpoint', report.settings.endpoint]] : []),
    ['seed', String(report.settings.seed)],
    ['runs', String(report.settings.runs)],
    ...(report.settings.shard ? [['shard', report.settings.shard]] : []),
    ['failOn', report.gate.failOn],
    ['verdict', runVerdictText(report).headline],
  ].map(([name, value]) => `      <property name="${xmlAttribute(name ?? '')}" value="${xmlAttribute(value ?? '')}"/>`);

  const render = (c: Testcase): string => {
    const body: string[] = [];
    if (c.outcome?.kind === 'failure') body.push(`      <failure type="${xmlAttribute(c.outcome.type ?? 'Divergence')}" message="${xmlAttribute(c.outcome.message)}">${xmlText(c.outcome.body ?? '')}</failure>`);
    if (c.outcome?.kind === 'skipped') body.push(`      <skipped message="${xmlAttribute(c.outcome.message)}"/>`);
    if (c.out) body.push(`      <system-out>${xmlText(c.out)}</system-out>`);
    return [`    <testcase classname="${classname}" name="${xmlAttribute(c.name)}" time="${c.time}">`, ...body, '    </testcase>'].join('\n');
  };

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(report.tool.name)}" ${counts}>`,
    `  <testsuite name="${xmlAttribute(suiteName)}" ${counts} timestamp="${xmlAttribute(report.startedAt)}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map(render),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function findingCase(d: Divergence, r: RunReport): Testcase {
  const rule = ruleLabel(d);
  const name = `${d.id}: ${d.operation} ${rule}${d.kind === 'crash' ? ' (crash)' : ''}`;
  // What differs, not "expected 200 OK, actual 200 OK": the first field difference.
  const message = `${d.operation} breaks ${rule}: ${differenceText(d)} (${d.hits} case${d.hits === 1 ? '' : 's'})`;
  if (d.gate && !d.gate.failing) {
    const why = d.gate.status === 'expected' ? `${gateLabel(d, r)}: ${d.gate.reason ?? ''} (${d.gate.link ?? ''})` : gateLabel(d, r);
    return { name, time: '0.000', outcome: { kind: 'skipped', message: `${why}; ${message}` }, out: failureText(d) };
  }
  return { name, time: '0.000', outcome: { kind: 'failure', type: d.kind === 'crash' ? 'Crash' : 'Divergence', message, body: failureText(d) } };
}

function propertyCase(p: PropertyResult): Testcase {
  const out = `cases=${p.cases} rejected=${p.rejectedCases} apiCalls=${p.apiCalls} propertySeed=${p.seed}`;
  const name = `${p.id}: ${p.title}`;
  if (p.verdict === 'holds') return { name, time: seconds(p.durationMs), out };
  const message = p.verdict === 'not-implemented' ? `not implemented by the target${p.detail ? `: ${p.detail}` : ''}` : `skipped${p.detail ? `: ${p.detail}` : ''}`;
  return { name, time: seconds(p.durationMs), outcome: { kind: 'skipped', message }, out };
}

/** Selected properties the run never reached (interrupted, or the target went away first). */
function notRunCases(r: RunReport): Testcase[] {
  const ran = new Set(r.properties.map((p) => p.id));
  return selectedPropertyIds(r.settings).filter((id) => !ran.has(id)).map((id) => ({ name: `${id}: not run`, time: '0.000', outcome: { kind: 'skipped' as const, message: 'not run: the run ended before this property' } }));
}

function fixedCase(fp: string, r: RunReport): Testcase {
  return {
    name: `baseline entry ${fp}: fixed`,
    time: '0.000',
    outcome: { kind: 'failure', type: 'BaselineEntryFixed', message: `its recorded counterexample now conforms: remove ${fp} from ${r.baseline?.file ?? 'the baseline'} (or rerun with --write-baseline to the same file)` },
  };
}

function interruptedCase(r: RunReport): Testcase {
  return { name: 'run interrupted', time: seconds(r.durationMs), outcome: { kind: 'failure', type: 'Interrupted', message: 'stopped by SIGINT/SIGTERM: only the properties that finished are reported' } };
}

function failureText(d: Divergence): string {
  const rules = d.rules.map((r, n) => `  ${n === 0 ? '* ' : ''}${r.id} [${r.evidence}] ${r.summary} (source: ${r.source})`);
  const diffs = d.fieldDiffs.map((f) => `  ${f.path}: expected ${formatDiffValue(f.expected)}, actual ${formatDiffValue(f.actual)}`);
  const outcomes = describeOutcomes(d);
  return [
    `Finding ${d.id} (fingerprint ${d.fingerprint}) in ${d.operation}${d.step > 0 ? `, step ${d.step}` : ''}: ${d.hits} case(s) in ${d.properties.join(', ')}`,
    `Expected: ${outcomes.expected}`,
    `Actual:   ${outcomes.actual}`,
    'Field differences:',
    ...(diffs.length > 0 ? diffs : ['  (none recorded)']),
    'Rules (* the one broken):',
    ...(rules.length > 0 ? rules : ['  (none recorded)']),
    'Counterexample:',
    JSON.stringify(d.counterexample, null, 2),
    `Replay: ${d.replayCommand}`,
    `AWS CLI: ${d.awsCliCommand}`,
  ].join('\n');
}
