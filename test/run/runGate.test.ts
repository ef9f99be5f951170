import { describe, expect, it } from 'vitest';
import { baselineOf, type BaselineFile } from '../../src/run/baselineComparison.js';
import { evidenceAtLeast, settleRun } from '../../src/run/runGate.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';
import { buildRunReport } from '../report/runReportFixture.js';

/** The fixture with findings whose deciding rules have the given evidence (and one crash when asked). */
function withFindings(evidence: Divergence['rules'][number]['evidence'][], crash = false): RunReport {
  const report = buildRunReport();
  const base = report.divergences[0]!;
  const divergences = evidence.map((ev, n): Divergence => ({ ...base, id: `d${n + 1}`, fingerprint: `fp${n + 1}`, rules: [{ ...base.rules[0]!, id: `rule.${ev}`, evidence: ev }] }));
  if (crash) divergences.push({ ...base, id: 'dc', fingerprint: 'fpc', kind: 'crash', rules: [{ ...base.rules[0]!, id: 'target.crash', evidence: 'inferred' }] });
  return { ...report, divergences, properties: report.properties.map((p) => (p.verdict === 'fails' ? { ...p, divergences: divergences.map((d) => d.id) } : p)) };
}

/** A baseline listing these fingerprints (entries otherwise as the fixture's finding). */
function baselineWith(report: RunReport, fingerprints: string[]): BaselineFile {
  const d = report.divergences[0] ?? buildRunReport().divergences[0]!;
  return baselineOf({ ...report, divergences: fingerprints.map((fingerprint) => ({ ...d, fingerprint })) });
}

describe('settleRun: the one gate', () => {
  it('fails the run on every finding by default', () => {
    const { report } = settleRun(withFindings(['aws-recorded', 'inferred']));
    expect(report.gate).toMatchObject({ failOn: 'inferred', passed: false, failing: 2, belowFailOn: 0 });
    expect(report.divergences.map((d) => d.gate)).toEqual([{ failing: true, status: 'fails' }, { failing: true, status: 'fails' }]);
  });

  it('--fail-on LEVEL: findings whose deciding rule has weaker evidence are listed, marked and counted, but pass; settings record the level', () => {
    const { report } = settleRun(withFindings(['aws-recorded', 'aws-doc', 'aws-e2e', 'user-quote', 'inferred']), { failOn: 'aws-doc' });
    expect(report.divergences.map((d) => d.gate!.status)).toEqual(['fails', 'fails', 'below-fail-on', 'below-fail-on', 'below-fail-on']);
    expect(report.gate).toMatchObject({ passed: false, failing: 2, belowFailOn: 3 });
    const inferredOnly = settleRun(withFindings(['inferred', 'user-quote']), { failOn: 'aws-doc' }).report;
    expect(inferredOnly.gate).toMatchObject({ passed: true, failing: 0, belowFailOn: 2 });
    expect(inferredOnly.settings.failOn).toBe('aws-doc');
    expect(inferredOnly.divergences).toHaveLength(2);
  });

  it('a crash fails at every level', () => {
    expect(settleRun(withFindings([], true), { failOn: 'aws-recorded' }).report.gate).toMatchObject({ passed: false, failing: 1 });
  });

  it('known (baseline) and accepted (expectations) findings pass; a baseline entry proved fixed fails', () => {
    const r = withFindings(['aws-recorded', 'aws-recorded']);
    const x = { file: 'x.json', content: { expectationsVersion: 1 as const, expectations: [{ rule: 'rule.aws-recorded', reason: 'we upsert', link: 'https://example.com/1' }] } };
    const onlyFp1 = { ...r, divergences: r.divergences.map((d) => (d.fingerprint === 'fp2' ? { ...d, rules: [{ ...d.rules[0]!, id: 'rule.other' }] } : d)) };
    const { report } = settleRun(onlyFp1, { baseline: { file: 'b.json', content: baselineWith(r, ['fp2']) }, expectations: x });
    expect(report.divergences.map((d) => d.gate)).toEqual([{ failing: false, status: 'expected', reason: 'we upsert', link: 'https://example.com/1' }, { failing: false, status: 'known' }]);
    expect(report.gate).toMatchObject({ passed: true, known: 1, expected: 1 });
    expect(report.expectations).toEqual({ file: 'x.json', matched: 1, stale: [] });
    // An entry the run did not hit whose counterexample now conforms: fixed, and the run fails.
    const fixed = settleRun({ ...r, rechecked: { gone: 'fixed' } }, { baseline: { file: 'b.json', content: baselineWith(r, ['fp1', 'fp2', 'gone']) } }).report;
    expect(fixed.gate).toMatchObject({ passed: false, failing: 0, known: 2, fixed: 1 });
    expect(fixed.baseline).toMatchObject({ known: ['fp1', 'fp2'], fixed: ['gone'], confirmed: [], unchecked: [] });
  });

  it('a run that did not get to its end never passes: interrupted, or the target gone (exit 3)', () => {
    const raw = withFindings([]);
    const clean = { ...raw, properties: raw.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] })) };
    expect(settleRun(clean).report.gate.passed).toBe(true);
    expect(settleRun({ ...clean, interrupted: true }).report.gate.passed).toBe(false);
    const gone = settleRun({ ...clean, unreachable: 'the target stopped answering' }).report;
    expect(gone.gate.passed).toBe(false);
    expect(gone.verdict).toBe('incomplete');
  });

  it('a run whose selected properties did not all run is incomplete, never conforms', () => {
    const clean = withFindings([]);
    const held = clean.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] }));
    expect(settleRun({ ...clean, properties: held }).report.verdict).toBe('conforms');
    expect(settleRun({ ...clean, properties: held.slice(0, 1) }).report.verdict).toBe('incomplete');
  });

  it('the baseline it would write is the given one brought up to date: entries confirmed or not checked stay, fixed ones go, new findings come in', () => {
    const r = withFindings(['aws-recorded']);
    const given = baselineWith(r, ['fp1', 'confirmed-entry', 'unchecked-entry', 'fixed-entry']);
    const { nextBaseline } = settleRun({ ...r, rechecked: { 'confirmed-entry': 'confirmed', 'unchecked-entry': 'unchecked', 'fixed-entry': 'fixed' } }, { baseline: { file: 'b.json', content: given } });
    expect(nextBaseline.divergences.map((e) => e.fingerprint).sort()).toEqual(['confirmed-entry', 'fp1', 'unchecked-entry']);
    const fresh = settleRun(withFindings(['aws-recorded', 'inferred'])).nextBaseline;
    expect(fresh.divergences.map((e) => e.fingerprint)).toEqual(['fp1', 'fp2']);
  });

  it('updating the baseline it compares with (--baseline F --write-baseline F) accepts this run: new findings known, fixed ones dropped', () => {
    const r = withFindings(['aws-recorded', 'aws-recorded']);
    const { report } = settleRun({ ...r, rechecked: { gone: 'fixed' } }, { baseline: { file: 'b.json', content: baselineWith(r, ['fp1', 'gone']), updates: true } });
    expect(report.gate).toMatchObject({ passed: true, known: 2, fixed: 0 });
    expect(report.baseline).toMatchObject({ new: ['fp2'], fixed: ['gone'], updated: true });
  });

  it('orders evidence strongest first', () => {
    expect(evidenceAtLeast('aws-recorded', 'aws-doc')).toBe(true);
    expect(evidenceAtLeast('aws-doc', 'aws-doc')).toBe(true);
    expect(evidenceAtLeast('aws-e2e', 'aws-doc')).toBe(false);
    expect(evidenceAtLeast('inferred', 'inferred')).toBe(true);
  });
});
