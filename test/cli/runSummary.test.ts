/**
 * The terminal says one verdict, the gate's: progress lines say what the cases did (findings are
 * settled only after every property has run), and the summary lists each property as the gate has
 * it, with the findings the settled report gives it. Under a baseline, a property whose findings are
 * all known reads `fails (known)`, in the terminal, report.md and report.html alike.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/runReport.js';
import { compiledFault, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-summary-'));
const faulty = compiledFault('missingKeyUpsert');
const base = ['run', '--implementation', faulty, '--runs', '20', '--edge-sweep', 'off', '--seed', '5', '--property', 'update-matches-reference'];

describe('the run summary', () => {
  it('progress lines carry no findings count; the summary gives each property its settled findings', () => {
    const dir = join(tmp, 'two');
    const r = runCli([...base, '--property', 'rejected-update-is-atomic', '--report-dir', dir]);
    expect(r.code).toBe(1);
    // The line each property prints when its cases are done (not its ▶ start line).
    const progress = r.stderr.split('\n').filter((l) => !l.startsWith('▶') && /^\S+ +(update-matches-reference|rejected-update-is-atomic): /.test(l));
    expect(progress).toHaveLength(2);
    for (const line of progress) expect(line).not.toMatch(/finding/);
    expect(r.stderr).not.toMatch(/DIVERGES|CONFORMS/);
    // The summary's lists are the settled report's: the terminal and report.json agree on who found what.
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;
    expect(report.properties[0]!.divergences.length).toBeGreaterThan(0);
    const listed = report.properties.map((p) => `${p.id} ${p.verdict}${p.divergences.length > 0 ? ` [${p.divergences.join(' ')}]` : ''}`);
    const n = report.divergences.length;
    expect(r.stdout).toContain(` diverges: ${n} findings fail the run; ${listed.join(', ')}\n`);
  });

  it('under a baseline that knows every finding: passes, and the property reads fails (known) everywhere, never ❌', () => {
    const baseline = join(tmp, 'baseline.json');
    expect(runCli([...base, '--report-dir', join(tmp, 'record'), '--write-baseline', baseline, '--quiet']).code).toBe(1);
    const dir = join(tmp, 'known');
    const r = runCli([...base, '--baseline', baseline, '--report-dir', dir]);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport).divergences.map((d) => d.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(` passes: ${ids.length} finding${ids.length === 1 ? '' : 's'}, none failing (${ids.length} known to the baseline); update-matches-reference fails (known) [${ids.join(' ')}]\n`);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toMatch(/^\| `update-matches-reference` [^|]+ \| ⚠️ fails \(known\) \|/m);
    expect(md).not.toContain('❌');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<td class="v-accepted">fails (known)</td>');
  });
});
