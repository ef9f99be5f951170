/**
 * `merge` settles the whole run as one run would: with the shards' --fail-on, --baseline and
 * --expectations (or its own), reusing what the shards re-checked of the baseline, and it exits on
 * the gate its reports render (JUnit green exactly when the exit code is 0).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineFile } from '../../src/run/baselineComparison.js';
import type { RunReport } from '../../src/run/runReport.js';
import { compiledFault, oneLineError, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-merge-gate-'));
// Its findings are all on rules weaker than aws-recorded (inferred, user-quote), met by the edge sweep (shard 1 runs it).
const faulty = compiledFault('missingKeyUpsert');
const base = ['run', '--implementation', faulty, '--property', 'update-matches-reference', '--runs', '20', '--edge-sweep', 'off', '--seed', '5', '--quiet'];
const shard = (i: number, dir: string, extra: string[] = []) => runCli([...base, '--shard', `${i}/2`, '--report-dir', dir, ...extra]);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const report = (dir: string) => readJson<RunReport>(join(dir, 'report.json'));
const junitFailures = (dir: string) => Number(/<testsuites [^>]*failures="(\d+)"/.exec(readFileSync(join(dir, 'junit.xml'), 'utf8'))![1]);
const mdHeadline = (dir: string) => readFileSync(join(dir, 'report.md'), 'utf8').split('\n')[0]!;

describe('merge settles as the whole run', () => {
  const [a, b] = [join(tmp, 'fail-on-1'), join(tmp, 'fail-on-2')];

  it('--fail-on: shards that pass merge into a run that passes, and merge exits 0 as its reports say', () => {
    expect(shard(1, a, ['--fail-on', 'aws-recorded']).code).toBe(0);
    expect(shard(2, b, ['--fail-on', 'aws-recorded']).code).toBe(0);
    const out = join(tmp, 'merged-fail-on');
    const m = runCli(['merge', '--out', out, a, b]);
    expect(m.code).toBe(0);
    const n = report(out).divergences.length;
    expect(n).toBeGreaterThan(1);
    expect(mdHeadline(out)).toBe(`## ⚠️ \`msw (${faulty})\` passes: ${n} findings, none failing (${n} below --fail-on aws-recorded)`);
    expect(junitFailures(out)).toBe(0);
    expect(report(out).gate).toMatchObject({ failOn: 'aws-recorded', passed: true, failing: 0, belowFailOn: n });
    expect(m.stdout).toContain(`passes: ${n} findings, none failing`);
    // merge's own --fail-on settles the same data otherwise, and exits with it.
    const strict = join(tmp, 'merged-strict');
    const s = runCli(['merge', '--out', strict, '--fail-on', 'inferred', a, b]);
    expect(s.code).toBe(1);
    expect(junitFailures(strict)).toBe(n);
    expect(mdHeadline(strict)).toMatch(new RegExp(`^## ❌ \`[^\`]+\` diverges: ${n} findings fail the run$`));
  });

  const baseline = join(tmp, 'baseline.json');
  const [c, d] = [join(tmp, 'baseline-1'), join(tmp, 'baseline-2')];

  it('--baseline: shards whose findings the baseline knows merge into a run that passes, with merge\'s --baseline or without', () => {
    // Recorded with the edge sweep, which meets every finding of the fault: the shards, random cases only, meet no other.
    expect(runCli([...base, '--edge-sweep', 'on', '--report-dir', join(tmp, 'record'), '--write-baseline', baseline]).code).toBe(1);
    const n = readJson<BaselineFile>(baseline).divergences.length;
    expect(n).toBeGreaterThan(1);
    expect(shard(1, c, ['--baseline', baseline]).code).toBe(0);
    expect(shard(2, d, ['--baseline', baseline]).code).toBe(0);
    for (const [name, flags] of [['merged-baseline', []], ['merged-baseline-flag', ['--baseline', baseline]]] as const) {
      const out = join(tmp, name);
      const m = runCli(['merge', '--out', out, ...flags, c, d]);
      expect(m.code, name).toBe(0);
      // Random cases meet some of the baseline's findings; the rest are re-checked and confirmed.
      const hit = report(out).divergences.length;
      expect(hit).toBeGreaterThan(0);
      expect(mdHeadline(out)).toMatch(new RegExp(` passes: ${hit} findings?, none failing \\(${hit} known to the baseline\\)$`));
      expect(junitFailures(out)).toBe(0);
      expect(report(out).baseline).toMatchObject({ file: baseline, new: [], fixed: [], unchecked: [] });
      expect(report(out).gate).toMatchObject({ passed: true, known: hit });
    }
  });

  it('a baseline entry the shards proved fixed (their re-check, kept in report.json) fails the merged run too', () => {
    // An entry no run can show: its fingerprint is made up, so re-running its counterexample "conforms".
    const recorded = readJson<BaselineFile>(baseline);
    const gone = 'feedfacefeedface';
    const withGone = join(tmp, 'baseline-with-gone.json');
    writeFileSync(withGone, JSON.stringify({ ...recorded, divergences: [...recorded.divergences, { ...recorded.divergences[0]!, fingerprint: gone }] }));
    const [e, f] = [join(tmp, 'gone-1'), join(tmp, 'gone-2')];
    expect(shard(1, e, ['--baseline', withGone]).code).toBe(1);
    expect(shard(2, f, ['--baseline', withGone]).code).toBe(1);
    expect(report(e).rechecked?.[gone]).toBe('fixed');
    expect(report(f).rechecked?.[gone]).toBe('fixed');
    const out = join(tmp, 'merged-gone');
    const m = runCli(['merge', '--out', out, e, f]);
    expect(m.code).toBe(1);
    expect(report(out).baseline).toMatchObject({ fixed: [gone], unchecked: [] });
    expect(report(out).gate).toMatchObject({ passed: false, failing: 0, fixed: 1 });
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<failure type="BaselineEntryFixed"/);
    // Against the baseline without that entry, the same shards pass.
    expect(runCli(['merge', '--out', join(tmp, 'merged-gone-flag'), '--baseline', baseline, e, f]).code).toBe(0);
  });

  it('shards settled differently cannot be merged without saying how: exit 2, one line naming the flag', () => {
    // Shard 1 of the --fail-on run, shard 2 of the --baseline run.
    const m = runCli(['merge', '--out', join(tmp, 'merged-mixed'), a, d]);
    expect(m.code).toBe(2);
    expect(oneLineError(m)).toMatch(/the shards were settled with different --fail-on levels \(aws-recorded, inferred\); pass --fail-on LEVEL/);
    const missing = runCli(['merge', '--out', join(tmp, 'merged-missing'), '--baseline', join(tmp, 'nope.json'), c, d]);
    expect(missing.code).toBe(2);
    expect(oneLineError(missing)).toMatch(/--baseline: Baseline .*nope\.json does not exist/);
  });
});
