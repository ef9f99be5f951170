/**
 * The CLI end to end, as a user drives it: a run that finds a divergence, its replay command, replay
 * from the report, baselines, --fail-on and expectations, and the README's example. Each step checks
 * real output. (Shards, merging and the corpus: cliShardsAndCorpus.test.ts.)
 */
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
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
    const r = runCli(['run', '--implementation', faulty, '--seed', '11', '--runs', '20', '--report-dir', found]);
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
    expect(still.stdout).toMatch(/d1 \(UpdateIntegration, \w+\.missing-key\) still diverges on msw[^\n]*:\n  expected NotFoundException \(404\), got 200 OK\n/);
    const fixed = runCli(['replay', '--report', found, '--divergence', 'd1', '--target', 'msw']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/d1 \(UpdateIntegration, \w+\.missing-key\) now conforms/);
  });

  it('baseline: known findings pass at other seeds and budgets; a fixed one is proved by its counterexample and fails; writing to the same file settles', () => {
    const baseline = join(tmp, 'baseline.json');
    // One property keeps it quick; the edge sweep runs, as in a user's run (it is what keeps baselines steady).
    const one = ['--property', 'update-matches-reference'];
    expect(runCli(['run', '--implementation', faulty, ...one, '--seed', '11', '--runs', '30', '--report-dir', join(tmp, 'b1'), '--write-baseline', baseline, '--quiet']).code).toBe(1);
    for (const seed of ['12', '13']) {
      const known = runCli(['run', '--implementation', faulty, ...one, '--seed', seed, '--runs', '20', '--report-dir', join(tmp, `b2-${seed}`), '--baseline', baseline, '--quiet']);
      expect(known.stdout).toMatch(/baseline [^:]+: 0 new, \d+ known, \d+ not hit but confirmed, 0 fixed, 0 not checked/);
      expect(known.code).toBe(0);
      // The reports agree with the exit code: known findings are accepted, not failures.
      expect(readFileSync(join(tmp, `b2-${seed}`, 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="0"/);
      expect(readFileSync(join(tmp, `b2-${seed}`, 'report.md'), 'utf8')).toMatch(/^## ⚠️ `[^`]+` passes: \d+ findings?, none failing \(\d+ known to the baseline\)/);
    }
    // The reference has none of these findings: each entry's counterexample is run again, conforms, and is reported fixed.
    const gone = runCli(['run', ...one, '--seed', '12', '--runs', '20', '--edge-sweep', 'off', '--report-dir', join(tmp, 'b3'), '--baseline', baseline, '--quiet']);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toMatch(/0 new, 0 known, 0 not hit but confirmed, [1-9]\d* fixed/);
    expect(readFileSync(join(tmp, 'b3', 'junit.xml'), 'utf8')).toMatch(/<failure type="BaselineEntryFixed"/);
    expect(readFileSync(join(tmp, 'b3', 'report.md'), 'utf8')).toMatch(/^## ❌ `msw \(reference\)` has no new finding; \d+ baseline entr(y|ies) fixed/);
    // --baseline B --write-baseline B drops the fixed entries, passes, and the next run is green.
    const update = runCli(['run', ...one, '--seed', '12', '--runs', '20', '--edge-sweep', 'off', '--report-dir', join(tmp, 'b4'), '--baseline', baseline, '--write-baseline', baseline, '--quiet']);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/baseline [^ ]+ \(updated\)/);
    expect((JSON.parse(readFileSync(baseline, 'utf8')) as { divergences: unknown[] }).divergences).toEqual([]);
    expect(runCli(['run', ...one, '--seed', '14', '--runs', '20', '--edge-sweep', 'off', '--report-dir', join(tmp, 'b5'), '--baseline', baseline, '--quiet']).code).toBe(0);
    // Six runs in a row (about 30 s on two idle cores): room for a loaded machine.
  }, 150_000);

  it('--fail-on and --expectations: a finding on a rule with weaker evidence, or one the team expects, is listed but passes', () => {
    // timeout.range is a user-quote rule: below aws-doc, at or above user-quote.
    const fault = 'src/selfCheck/faultyImplementations/timeoutWholeSeconds.ts';
    // The edge sweep reaches 29001 on every run: the finding does not depend on the seed.
    const base = ['run', '--implementation', fault, '--property', 'update-matches-reference', '--seed', '3', '--runs', '10'];
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
    expect(expected.stdout).toMatch(/breaks timeout\.range \[accepted by expectations\]/);
    expect(expected.stdout).toMatch(/expectations [^:]+: 1 matched, 1 stale \(map\.emptied-disappears\)/);
    writeFileSync(file, JSON.stringify({ expectationsVersion: 1, expectations: [{ rule: 'timeout.rang', reason: 'typo', link: 'x' }] }));
    const bad = runCli([...base, '--expectations', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--expectations: Expectations .*expectations\.json entry 0: rule "timeout\.rang" is not a rule of this suite/);
    const level = runCli([...base, '--fail-on', 'maybe']);
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/--fail-on maybe: choose one of aws-recorded, aws-observed, aws-doc, aws-e2e, user-quote, inferred/);
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
