/**
 * The verdict's words, one source for the terminal, report.md, report.html and junit.xml: a property
 * whose findings the gate accepts reads `fails (known)` (or accepted, not gating), never a bare ❌
 * fails next to a run that passes; findings an expectations file accepts are "accepted by
 * expectations", not "expected" (which the reports use for the expected answer); and an incomplete
 * run counts the properties it selected, not only those that ran.
 */
import { conformanceProperties } from '../../spec/properties/index.js';
import { describe, expect, it } from 'vitest';
import { renderJunitXml } from '../../src/report/junitXml.js';
import { renderReportHtml } from '../../src/report/reportHtml.js';
import { renderReportMarkdown } from '../../src/report/reportMarkdown.js';
import { gateLabel, propertyVerdictLabel, runVerdictText } from '../../src/report/runVerdictText.js';
import { baselineOf } from '../../src/run/baselineComparison.js';
import { settleRun } from '../../src/run/runGate.js';
import { buildRunReport } from './runReportFixture.js';

const update = (r: ReturnType<typeof buildRunReport>) => r.properties.find((p) => p.id === 'update-matches-reference')!;

describe('property verdicts as the gate has them', () => {
  it('known to the baseline: fails (known), ⚠️ in report.md, not red in report.html', () => {
    const raw = buildRunReport();
    const { report } = settleRun(raw, { baseline: { file: 'known.json', content: baselineOf(raw) } });
    expect(runVerdictText(report).text).toBe('passes: 1 finding, none failing (1 known to the baseline)');
    expect(propertyVerdictLabel(update(report), report)).toEqual({ label: 'fails (known)', failing: false });
    const md = renderReportMarkdown(report);
    expect(md).toContain('| ⚠️ fails (known) |');
    expect(md).not.toContain('❌');
    expect(renderReportHtml(report)).toContain('<td class="v-accepted">fails (known)</td>');
  });

  it('a failing finding keeps the property failing: ❌ fails', () => {
    const report = buildRunReport();
    expect(propertyVerdictLabel(update(report), report)).toEqual({ label: 'fails', failing: true });
    expect(renderReportMarkdown(report)).toContain('| ❌ fails |');
    expect(renderReportHtml(report)).toContain('<td class="v-fails">fails</td>');
  });

  it('below --fail-on: fails (not gating)', () => {
    const { report } = settleRun(buildRunReport(), { failOn: 'aws-recorded' });
    // The fixture's deciding rule is aws-recorded: it gates at every level. Weaken it to see the label.
    const weak = settleRun({ ...report, divergences: report.divergences.map((d) => ({ ...d, rules: [{ ...d.rules[0]!, evidence: 'inferred' as const }] })) }, { failOn: 'aws-recorded' }).report;
    expect(propertyVerdictLabel(update(weak), weak).label).toBe('fails (not gating)');
  });
});

describe('expectations wording', () => {
  it('says "accepted by expectations", never "(1 expected)"', () => {
    const raw = buildRunReport();
    const { report } = settleRun(raw, { expectations: { file: 'x.json', content: { expectationsVersion: 1, expectations: [{ rule: 'uri.http-endpoint', reason: 'lenient on purpose', link: 'https://example.com/7' }] } } });
    expect(runVerdictText(report).text).toBe('passes: 1 finding, none failing (1 accepted by expectations)');
    expect(gateLabel(report.divergences[0]!, report)).toBe('accepted by expectations');
    expect(propertyVerdictLabel(update(report), report).label).toBe('fails (accepted)');
    expect(renderJunitXml(report)).toMatch(/<skipped message="accepted by expectations: lenient on purpose \(https:\/\/example\.com\/7\); /);
    expect(renderReportHtml(report)).toContain('<p>Accepted by expectations: lenient on purpose');
  });
});

describe('an incomplete run', () => {
  it('counts the selected properties (every property when none was named) that could not be checked', () => {
    const raw = buildRunReport();
    const held = raw.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] }));
    const notImplemented = { ...held[1]!, verdict: 'not-implemented' as const, detail: 'UpdateIntegration answered 501' };
    // Every property selected (none named), two ran, one of them could not be checked.
    const all = conformanceProperties.length;
    const { report } = settleRun({ ...raw, settings: { ...raw.settings, properties: [] }, divergences: [], properties: [held[0]!, notImplemented] });
    expect(report.gate.passed).toBe(true);
    expect(runVerdictText(report).text).toBe(`incomplete: no finding, but ${all - 1} of ${all} properties could not be checked`);
    const named = settleRun({ ...raw, divergences: [], properties: [held[0]!, notImplemented] }).report;
    expect(runVerdictText(named).text).toBe('incomplete: no finding, but 1 of 2 properties could not be checked');
  });
});
