import { describe, expect, it } from 'vitest';
import { evidenceAtLeast, gateReport } from '../../src/run/runGate.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';
import { buildRunReport } from '../report/runReportFixture.js';

/** The fixture with findings whose deciding rules have the given evidence (and one crash when asked). */
function withFindings(evidence: Divergence['rules'][number]['evidence'][], crash = false): RunReport {
  const report = buildRunReport();
  const base = report.divergences[0]!;
  const divergences = evidence.map((ev, n): Divergence => ({ ...base, id: `d${n + 1}`, fingerprint: `fp${n + 1}`, rules: [{ ...base.rules[0]!, id: `rule.${ev}`, evidence: ev }] }));
  if (crash) divergences.push({ ...base, id: 'dc', fingerprint: 'fpc', kind: 'crash', rules: [{ ...base.rules[0]!, id: 'target.crash', evidence: 'inferred' }] });
  return { ...report, divergences };
}

describe('gateReport', () => {
  it('fails the run on every finding by default', () => {
    const g = gateReport(withFindings(['aws-recorded', 'inferred']), {});
    expect(g.gate).toMatchObject({ failOn: 'inferred', passed: false, failing: 2, belowFailOn: 0 });
    expect(g.divergences.map((d) => d.gate)).toEqual([{ failing: true, status: 'fails' }, { failing: true, status: 'fails' }]);
  });

  it('--fail-on LEVEL: findings whose deciding rule has weaker evidence are listed, marked and counted, but pass', () => {
    const g = gateReport(withFindings(['aws-recorded', 'aws-doc', 'aws-e2e', 'user-quote', 'inferred']), { failOn: 'aws-doc' });
    expect(g.divergences.map((d) => d.gate!.status)).toEqual(['fails', 'fails', 'below-fail-on', 'below-fail-on', 'below-fail-on']);
    expect(g.gate).toMatchObject({ passed: false, failing: 2, belowFailOn: 3 });
    const inferredOnly = gateReport(withFindings(['inferred', 'user-quote']), { failOn: 'aws-doc' });
    expect(inferredOnly.gate).toMatchObject({ passed: true, failing: 0, belowFailOn: 2 });
    expect(inferredOnly.divergences).toHaveLength(2);
  });

  it('a crash fails at every level', () => {
    const g = gateReport(withFindings([], true), { failOn: 'aws-recorded' });
    expect(g.gate).toMatchObject({ passed: false, failing: 1 });
  });

  it('known (baseline) and expected (expectations) findings pass; a fixed baseline entry fails; an interrupted run never passes', () => {
    const r = withFindings(['aws-recorded', 'aws-recorded']);
    const g = gateReport(r, { known: new Set(['fp1']), expected: new Map([['fp2', { reason: 'we upsert', link: 'https://example.com/1' }]]) });
    expect(g.divergences.map((d) => d.gate)).toEqual([{ failing: false, status: 'known' }, { failing: false, status: 'expected', reason: 'we upsert', link: 'https://example.com/1' }]);
    expect(g.gate).toMatchObject({ passed: true, known: 1, expected: 1 });
    expect(gateReport(r, { known: new Set(['fp1', 'fp2']), fixed: 1 }).gate.passed).toBe(false);
    expect(gateReport({ ...withFindings([]), interrupted: true }, {}).gate.passed).toBe(false);
  });

  it('orders evidence strongest first', () => {
    expect(evidenceAtLeast('aws-recorded', 'aws-doc')).toBe(true);
    expect(evidenceAtLeast('aws-doc', 'aws-doc')).toBe(true);
    expect(evidenceAtLeast('aws-e2e', 'aws-doc')).toBe(false);
    expect(evidenceAtLeast('inferred', 'inferred')).toBe(true);
  });
});
