/**
 * The CLI end to end, for several machines and other implementations: shards merged into one run
 * (findings renumbered, hits and cases summed, a shard given twice or missing refused, an
 * interrupted shard never conforming), the default report directory, and the corpus exported and
 * replayed against the reference and a faulty implementation. Each step checks real output.
 */
import { lstatSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/runReport.js';
import { compiledFault, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-shards-'));
const faulty = compiledFault('missingKeyUpsert');
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;

describe('shards, the report directory and the corpus', () => {
  it('merge: shard reports combine into one, with divergences renumbered and cases summed; a shard given twice is refused', () => {
    const a = join(tmp, 'shard-a');
    const b = join(tmp, 'shard-b');
    runCli(['run', '--implementation', faulty, '--seed', '2', '--runs', '20', '--shard', '1/2', '--edge-sweep', 'off', '--report-dir', a, '--quiet']);
    runCli(['run', '--implementation', faulty, '--seed', '2', '--runs', '20', '--shard', '2/2', '--edge-sweep', 'off', '--report-dir', b, '--quiet']);
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
    const r = runCli(['run', '--runs', '5', '--edge-sweep', 'off', '--quiet'], {}, cwd);
    expect(r.code).toBe(0);
    const dir = join(cwd, /reports: (\S+)/.exec(r.stdout)![1]!);
    expect(dir).toMatch(/reports\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(lstatSync(join(dir, '..', 'latest')).isSymbolicLink()).toBe(true);
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

});

describe('merge of an interrupted shard', () => {
  it('is interrupted and incomplete, never conforms', async () => {
    const { mergeReports } = await import('../../src/run/mergeReports.js');
    const { settleRun } = await import('../../src/run/runGate.js');
    const a = readReport(join(tmp, 'shard-a'));
    const { report: merged } = settleRun(mergeReports([{ ...a, verdict: 'conforms', divergences: [], properties: a.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] })) }, { ...a, runId: 'other', interrupted: true, properties: [], divergences: [], verdict: 'incomplete' }]));
    expect(merged).toMatchObject({ interrupted: true, verdict: 'incomplete', gate: { passed: false } });
  });
});
