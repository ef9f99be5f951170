/**
 * Parts of one run (workers, shards) carry what they re-checked of the baseline in report.json
 * (`rechecked`); their merge settles the baseline from those results, not from the parts' lists.
 */
import { describe, expect, it } from 'vitest';
import { baselineOf, combineRechecks } from '../../src/run/baselineComparison.js';
import { mergeReports } from '../../src/run/mergeReports.js';
import { settleRun } from '../../src/run/runGate.js';
import type { RunReport } from '../../src/run/runReport.js';
import { buildRunReport } from '../report/runReportFixture.js';

const part = (runId: string, shard: string, rechecked?: RunReport['rechecked']): RunReport => ({ ...buildRunReport(), runId, settings: { ...buildRunReport().settings, shard }, ...(rechecked ? { rechecked } : {}) });

describe('re-checks across parts', () => {
  it('combine: confirmed by any part wins, then fixed, then unchecked', () => {
    expect(combineRechecks([{ a: 'unchecked', b: 'fixed', c: 'fixed' }, { a: 'confirmed', b: 'unchecked' }, undefined])).toEqual({ a: 'confirmed', b: 'fixed', c: 'fixed' });
  });

  it('settle the merged baseline: an entry one part confirmed is confirmed, one a part proved fixed fails the run, one nobody ran is unchecked', () => {
    const raw = buildRunReport();
    const d = raw.divergences[0]!;
    const entries = ['confirmed-one', 'fixed-one', 'never-run'];
    const content = baselineOf({ ...raw, divergences: [d, ...entries.map((fingerprint) => ({ ...d, fingerprint }))] });
    const merged = mergeReports([part('r1', '1/2', { 'confirmed-one': 'unchecked', 'fixed-one': 'fixed', 'never-run': 'unchecked' }), part('r2', '2/2', { 'confirmed-one': 'confirmed' })]);
    expect(merged.rechecked).toEqual({ 'confirmed-one': 'confirmed', 'fixed-one': 'fixed', 'never-run': 'unchecked' });
    const { report } = settleRun(merged, { baseline: { file: 'b.json', content } });
    expect(report.baseline).toEqual({ file: 'b.json', known: [d.fingerprint], new: [], confirmed: ['confirmed-one'], fixed: ['fixed-one'], unchecked: ['never-run'] });
    expect(report.gate).toMatchObject({ passed: false, known: 1, fixed: 1 });
  });

  it('an entry one part hit is a finding of the whole run: another part\'s re-check of it is dropped', () => {
    const d = buildRunReport().divergences[0]!;
    const merged = mergeReports([part('r1', '1/2'), { ...part('r2', '2/2', { [d.fingerprint]: 'fixed' }), divergences: [] }]);
    expect(merged.rechecked).toEqual({});
    const { report } = settleRun(merged, { baseline: { file: 'b.json', content: baselineOf(buildRunReport()) } });
    expect(report.gate).toMatchObject({ passed: true, known: 1, fixed: 0 });
  });
});
