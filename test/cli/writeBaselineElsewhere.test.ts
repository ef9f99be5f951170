/**
 * `--baseline B --write-baseline C` (another file) writes B brought up to date, not only this run's
 * findings: entries this run did not draw but confirmed by re-running their counterexample stay.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineFile } from '../../src/run/baselineComparison.js';
import { compiledFault, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-write-elsewhere-'));
const faulty = compiledFault('missingKeyUpsert');
const base = ['run', '--implementation', faulty, '--property', 'update-matches-reference', '--seed', '6', '--quiet'];
const entries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as BaselineFile).divergences.map((e) => e.fingerprint).sort();

describe('--baseline B --write-baseline C', () => {
  it('keeps the entries confirmed by re-check in C, and the run is still gated by B', () => {
    const b = join(tmp, 'b.json');
    const c = join(tmp, 'c.json');
    expect(runCli([...base, '--runs', '20', '--edge-sweep', 'off', '--report-dir', join(tmp, 'record'), '--write-baseline', b]).code).toBe(1);
    const n = entries(b).length;
    expect(n).toBeGreaterThan(1);
    // One random case and no edge sweep: the run draws few of them (one of the two at this seed); re-running the others confirms each.
    const r = runCli([...base, '--runs', '1', '--edge-sweep', 'off', '--report-dir', join(tmp, 'again'), '--baseline', b, '--write-baseline', c]);
    const [, known, confirmed] = /baseline [^:]+: 0 new, (\d+) known, (\d+) not hit but confirmed, 0 fixed, 0 not checked/.exec(r.stdout) ?? [];
    expect(Number(known) + Number(confirmed)).toBe(n);
    expect(Number(confirmed)).toBeGreaterThan(0);
    expect(r.code).toBe(0);
    expect(entries(c)).toEqual(entries(b));
    // Nothing drawn, but the entries still diverge: the headline does not say "conforms".
    if (Number(known) === 0) expect(r.stdout).toContain(` passes: no new finding; ${n} baseline entries not hit by this run's cases but confirmed by their counterexample;`);
    // Another file: the run did not update the baseline it compared with.
    expect(JSON.parse(readFileSync(join(tmp, 'again', 'report.json'), 'utf8')).baseline.updated).toBeUndefined();
  });
});
