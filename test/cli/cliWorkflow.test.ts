/**
 * The CLI end to end, as a user drives it: a run that finds a divergence, its replay command, replay
 * from the report, baselines, the corpus and merging shard reports. Each step checks real output.
 */
import { mkdtempSync, readFileSync, existsSync, lstatSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/runReport.js';
import { runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-flow-'));
const faulty = 'src/selfCheck/faultyImplementations/missingKeyUpsert.ts';
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;

describe('CLI workflow', () => {
  const found = join(tmp, 'found');
  it('run: exit 1 on a faulty implementation, printing the counterexample, the rule and a replay command', () => {
    const r = runCli(['run', '--implementation', faulty, '--seed', '11', '--runs', '50', '--report-dir', found]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FINDING d1: UpdateIntegration breaks \w+\.missing-key \[fails\], \d+ case\(s\) in /);
    expect(r.stdout).toMatch(/rule: +\w+\.missing-key \((user-quote|inferred)\)/);
    // One finding per missing-key rule the fault breaks, however many cases hit each.
    expect(r.stdout.match(/^FINDING /gm)!.length).toBeLessThanOrEqual(4);
    for (const f of ['report.json', 'junit.xml', 'report.md', 'report.html']) expect(existsSync(join(found, f))).toBe(true);
    const report = readReport(found);
    expect(report.verdict).toBe('diverges');
    expect(report.divergences[0]!.size).toBeLessThanOrEqual(2);
  });

  it('the printed replay command replays exactly that counterexample', () => {
    const d = readReport(found).divergences[0]!;
    const args = d.replayCommand.replace(/^npx apigw-patch-conformance /, '').split(' ').map((w) => w.replace(/^'|'$/g, ''));
    const r = runCli([...args, '--report-dir', join(tmp, 'replayed')]);
    expect(r.code).toBe(1);
    const again = readReport(join(tmp, 'replayed'));
    expect(again.divergences[0]!.counterexample).toEqual(d.counterexample);
  });

  it('replay --report: by default against the recorded target (still diverges, exit 1); against the reference it now conforms (exit 0)', () => {
    const still = runCli(['replay', '--report', join(found, 'report.json')]);
    expect(still.code).toBe(1);
    expect(still.stdout).toMatch(/replaying against msw \(src\/selfCheck\/faultyImplementations\/missingKeyUpsert\.ts\), the report's own target/);
    // It names what differs, not just "expected 200 OK, got 200 OK".
    expect(still.stdout).toMatch(/d1 \(UpdateIntegration, \w+\.missing-key\) still diverges on msw[^\n]*:\n  expected NotFoundException \(404\): [^\n]+, got 200 OK\n/);
    const fixed = runCli(['replay', '--report', found, '--divergence', 'd1', '--target', 'msw']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/d1 \(UpdateIntegration, \w+\.missing-key\) now conforms/);
  });

  it('baseline: known findings pass at other seeds and budgets; a fixed one is proved by its counterexample and fails; writing to the same file settles', () => {
    const baseline = join(tmp, 'baseline.json');
    expect(runCli(['run', '--implementation', faulty, '--seed', '11', '--runs', '100', '--report-dir', join(tmp, 'b1'), '--write-baseline', baseline, '--quiet']).code).toBe(1);
    for (const seed of ['12', '13']) {
      const known = runCli(['run', '--implementation', faulty, '--seed', seed, '--runs', '30', '--report-dir', join(tmp, `b2-${seed}`), '--baseline', baseline, '--quiet']);
      expect(known.stdout).toMatch(/baseline [^:]+: 0 new, \d+ known, \d+ not hit but confirmed, 0 fixed, 0 not checked/);
      expect(known.code).toBe(0);
      // The reports agree with the exit code: known findings are accepted, not failures.
      expect(readFileSync(join(tmp, `b2-${seed}`, 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="0"/);
      expect(readFileSync(join(tmp, `b2-${seed}`, 'report.md'), 'utf8')).toMatch(/^## ⚠️ `[^`]+` passes: \d+ findings?, none failing \(\d+ known to the baseline\)/);
    }
    // The reference has none of these findings: each entry's counterexample is run again, conforms, and is reported fixed.
    const gone = runCli(['run', '--seed', '12', '--runs', '20', '--report-dir', join(tmp, 'b3'), '--baseline', baseline, '--quiet']);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toMatch(/0 new, 0 known, 0 not hit but confirmed, [1-9]\d* fixed/);
    expect(readFileSync(join(tmp, 'b3', 'junit.xml'), 'utf8')).toMatch(/<failure type="BaselineEntryFixed"/);
    expect(readFileSync(join(tmp, 'b3', 'report.md'), 'utf8')).toMatch(/^## ❌ `msw \(reference\)` has no new finding; \d+ baseline entr(y|ies) fixed/);
    // --baseline B --write-baseline B drops the fixed entries, passes, and the next run is green.
    const update = runCli(['run', '--seed', '12', '--runs', '20', '--report-dir', join(tmp, 'b4'), '--baseline', baseline, '--write-baseline', baseline, '--quiet']);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/baseline [^ ]+ \(updated\)/);
    expect((JSON.parse(readFileSync(baseline, 'utf8')) as { divergences: unknown[] }).divergences).toEqual([]);
    expect(runCli(['run', '--seed', '14', '--runs', '20', '--report-dir', join(tmp, 'b5'), '--baseline', baseline, '--quiet']).code).toBe(0);
  });

  it('--fail-on and --expectations: a finding on a rule with weaker evidence, or one the team expects, is listed but passes', () => {
    // timeout.range is a user-quote rule: below aws-doc, at or above user-quote.
    const fault = 'src/selfCheck/faultyImplementations/timeoutWholeSeconds.ts';
    const base = ['run', '--implementation', fault, '--seed', '3', '--runs', '40'];
    const weak = runCli([...base, '--fail-on', 'aws-doc', '--report-dir', join(tmp, 'f1')]);
    expect(weak.code).toBe(0);
    expect(weak.stdout).toMatch(/FINDING d1: \w+Integration breaks timeout\.range \[not gating \(--fail-on aws-doc\)\]/);
    expect(weak.stdout).toMatch(/passes: \d+ findings?, none failing \(\d+ below --fail-on aws-doc\)/);
    expect(readFileSync(join(tmp, 'f1', 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="0"/);
    expect(runCli([...base, '--fail-on', 'user-quote', '--report-dir', join(tmp, 'f2'), '--quiet']).code).toBe(1);
    const file = join(tmp, 'expectations.json');
    writeFileSync(file, JSON.stringify({ expectationsVersion: 1, expectations: [{ rule: 'timeout.range', reason: 'we round to whole seconds', link: 'https://example.com/issues/3' }, { rule: 'map.emptied-disappears', reason: 'kept on purpose', link: 'https://example.com/issues/4' }] }));
    const expected = runCli([...base, '--expectations', file, '--report-dir', join(tmp, 'f3')]);
    expect(expected.code).toBe(0);
    expect(expected.stdout).toMatch(/breaks timeout\.range \[expected\]/);
    expect(expected.stdout).toMatch(/expectations [^:]+: 1 matched, 1 stale \(map\.emptied-disappears\)/);
    writeFileSync(file, JSON.stringify({ expectationsVersion: 1, expectations: [{ rule: 'timeout.rang', reason: 'typo', link: 'x' }] }));
    const bad = runCli([...base, '--expectations', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--expectations: Expectations .*expectations\.json entry 0: rule "timeout\.rang" is not a rule of this suite/);
    const level = runCli([...base, '--fail-on', 'maybe']);
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/--fail-on maybe: choose one of aws-recorded, aws-doc, aws-e2e, user-quote, inferred/);
  });

  it('corpus: export, replay against the reference (exit 0) and against a faulty implementation (exit 1)', () => {
    const file = join(tmp, 'corpus.jsonl');
    expect(runCli(['corpus', 'export', '--count', '60', '--seed', '5', '--out', file]).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { format: string; steps: unknown[] });
    expect(lines).toHaveLength(60);
    expect(lines.every((l) => l.format === 'apigw-patch-conformance/corpus@1' && l.steps.length >= 1)).toBe(true);
    const ok = runCli(['corpus', 'replay', file]);
    expect(ok.stdout).toMatch(/60 of 60 cases agree/);
    expect(ok.code).toBe(0);
    const bad = runCli(['corpus', 'replay', file, '--implementation', faulty]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/disagrees/);
  });

  it('merge: shard reports combine into one, with divergences renumbered and cases summed; a shard given twice is refused', () => {
    const a = join(tmp, 'shard-a');
    const b = join(tmp, 'shard-b');
    runCli(['run', '--implementation', faulty, '--seed', '2', '--runs', '20', '--shard', '1/2', '--report-dir', a, '--quiet']);
    runCli(['run', '--implementation', faulty, '--seed', '2', '--runs', '20', '--shard', '2/2', '--report-dir', b, '--quiet']);
    const out = join(tmp, 'merged');
    const r = runCli(['merge', '--out', out, join(a, 'report.json'), b]);
    expect(r.code).toBe(1);
    const merged = readReport(out);
    const [shardA, shardB] = [readReport(a), readReport(b)];
    // One finding per fingerprint across shards, hits added up.
    const fingerprints = [...new Set([...shardA.divergences, ...shardB.divergences].map((d) => d.fingerprint))];
    expect(merged.divergences.map((d) => d.fingerprint)).toEqual(fingerprints);
    expect(merged.divergences.map((d) => d.id)).toEqual(fingerprints.map((_, n) => `d${n + 1}`));
    const hits = (r: RunReport, fp: string) => r.divergences.find((d) => d.fingerprint === fp)?.hits ?? 0;
    for (const fp of fingerprints) expect(merged.divergences.find((d) => d.fingerprint === fp)!.hits).toBe(hits(shardA, fp) + hits(shardB, fp));
    expect(merged.properties.find((p) => p.id === 'put-matches-reference')!.cases).toBe(shardA.properties[0]!.cases + shardB.properties[0]!.cases);
    const twice = runCli(['merge', '--out', join(tmp, 'merged-twice'), a, a]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is the same run as/);
    const missing = runCli(['merge', '--out', join(tmp, 'merged-missing'), a]);
    expect(missing.stderr).toMatch(/shard\(s\) 2\/2 missing/);
  });

  it('the default report directory is reports/<timestamp> with reports/latest pointing at it', () => {
    // In a scratch working directory: the default reports/ is relative to it, not the checkout's.
    const cwd = mkdtempSync(join(tmpdir(), 'apigw-cwd-'));
    const r = runCli(['run', '--runs', '5', '--quiet'], {}, cwd);
    expect(r.code).toBe(0);
    const dir = join(cwd, /reports: (\S+)/.exec(r.stdout)![1]!);
    expect(dir).toMatch(/reports\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(lstatSync(join(dir, '..', 'latest')).isSymbolicLink()).toBe(true);
  });
});

describe("the README's counterexample example", () => {
  it('still reproduces: its replay command prints the same patch', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const patch = /\n  patch 0: (.*)\n/.exec(readme)![1]!;
    const replay = /\n  replay: +npx apigw-patch-conformance (.*)\n/.exec(readme)![1]!;
    const r = runCli([...replay.split(' '), '--report-dir', join(tmp, 'readme-example')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  patch 0: ${patch}`);
  });
});

describe('merge of an interrupted shard', () => {
  it('is interrupted and incomplete, never conforms', async () => {
    const { mergeReports } = await import('../../src/run/mergeReports.js');
    const a = readReport(join(tmp, 'shard-a'));
    const merged = mergeReports([{ ...a, verdict: 'conforms', divergences: [], properties: a.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] })) }, { ...a, runId: 'other', interrupted: true, properties: [], divergences: [], verdict: 'incomplete' }]);
    expect(merged).toMatchObject({ interrupted: true, verdict: 'incomplete' });
  });
});
