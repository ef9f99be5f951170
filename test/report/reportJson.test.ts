import { describe, expect, it } from 'vitest';
import { renderReportJson } from '../../src/report/reportJson.js';
import { reportJsonSchema, validateReport } from '../../src/report/reportSchema.js';
import type { RunReport } from '../../src/run/runReport.js';
import { buildRunReport } from './runReportFixture.js';

/** The same value with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('report.json', () => {
  it('has a stable key order whatever order the report was built in', () => {
    const report = buildRunReport();
    // Reverse every object's keys, then put back the data whose order is meaningful.
    const scrambled = reversedKeys(report) as RunReport;
    scrambled.divergences.forEach((d, i) => {
      const original = report.divergences[i]!;
      d.counterexample = original.counterexample;
      if (d.expected.ok && original.expected.ok) d.expected.value = original.expected.value;
      if (d.actual.ok && original.actual.ok) d.actual.value = original.actual.value;
      d.fieldDiffs.forEach((f, j) => Object.assign(f, { expected: original.fieldDiffs[j]!.expected, actual: original.fieldDiffs[j]!.actual }));
    });
    expect(Object.keys(scrambled)[0]).not.toBe('schemaVersion');
    expect(renderReportJson(scrambled)).toBe(renderReportJson(report));
  });

  it('follows the schema’s order, sorts model maps, and keeps counterexample order', () => {
    const text = renderReportJson(buildRunReport());
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(Object.keys(reportJsonSchema.properties).filter((k) => k !== 'baseline' && k !== 'expectations' && k !== 'interrupted' && k !== 'unreachable' && k !== 'rechecked'));
    expect(Object.keys(json.apiCalls.perCheckedCase)).toEqual(['put-matches-reference', 'update-matches-reference']);
    expect(Object.keys(json.divergences[0].counterexample.put)).toEqual(['type', 'httpMethod', 'uri', 'requestParameters', 'requestTemplates', 'timeoutInMillis']);
    expect(text.startsWith('{\n  "schemaVersion": 2,\n  "tool": {\n    "name"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('validateReport', () => {
  it('accepts the fixture and a report with added optional fields', () => {
    expect(validateReport(JSON.parse(renderReportJson(buildRunReport())))).toEqual([]);
    const extended = { ...JSON.parse(renderReportJson(buildRunReport())), someFutureField: { x: 1 } };
    expect(validateReport(extended)).toEqual([]);
  });

  it('names each problem by JSON pointer', () => {
    const json = JSON.parse(renderReportJson(buildRunReport()));
    json.schemaVersion = 1;
    delete json.runId;
    json.properties[0].verdict = 'maybe';
    json.properties[1].cases = -1;
    json.divergences[0].rules[1].evidence = 'rumour';
    json.divergences[0].actual = { ok: true, status: 'two hundred', value: {} };
    json.apiCalls.perCheckedCase.x = 'many';
    json.coverage = 'none';
    expect(validateReport(json).sort()).toEqual(
      [
        '(root): missing required field runId',
        '/schemaVersion: must be 2, got 1',
        '/properties/0/verdict: must be one of holds, fails, not-implemented, skipped, got "maybe"',
        '/properties/1/cases: must be at least 0, got -1',
        '/coverage: must be array, got string',
        '/divergences/0/rules/1/evidence: must be one of aws-recorded, aws-observed, aws-doc, aws-e2e, user-quote, inferred, got "rumour"',
        '/divergences/0/actual/status: must be integer, got string',
        '/apiCalls/perCheckedCase/x: must be number, got string',
      ].sort(),
    );
    expect(validateReport('not a report')).toEqual(['(root): must be object, got string']);
  });
});
