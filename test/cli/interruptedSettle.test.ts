/**
 * A run stopped by SIGINT reports what it finished, settled with the run's own --fail-on, --baseline
 * and --expectations (in one process and with workers): a finding the baseline knows is not marked
 * as failing, and the partial report names the --fail-on the run was given.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/runReport.js';
import { compiledFault, repoRoot, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-interrupted-'));
const faulty = compiledFault('missingKeyUpsert');
const baseline = join(tmp, 'baseline.json');

/** Starts a run, waits until `ready` shows on its stderr (and a little more), interrupts it, and gives its exit code. */
async function interrupt(args: string[], ready: RegExp, settleMs: number): Promise<number | null> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/apigw-patch-conformance.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`never saw ${ready} on stderr:\n${stderr}`)), 60_000);
      child.stderr!.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (ready.test(stderr)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await new Promise((r) => setTimeout(r, settleMs));
    child.kill('SIGINT');
    return await new Promise<number | null>((r) => child.on('exit', r));
  } finally {
    child.kill('SIGKILL');
  }
}

describe('an interrupted run', () => {
  it('records a baseline of the faulty implementation first', () => {
    const r = runCli(['run', '--implementation', faulty, '--property', 'update-matches-reference', '--runs', '10', '--seed', '5', '--report-dir', join(tmp, 'record'), '--write-baseline', baseline, '--quiet']);
    expect(r.code).toBe(1);
  });

  for (const workers of ['1', '2']) {
    it(`is settled with its own --fail-on and --baseline (--workers ${workers})`, async () => {
      const dir = join(tmp, `partial-${workers}`);
      const args = ['run', '--implementation', faulty, '--property', 'update-matches-reference', '--runs', '100000', '--seed', '5', '--workers', workers, '--fail-on', 'aws-recorded', '--baseline', baseline, '--report-dir', dir];
      // The edge sweep meets the findings in its first second or two.
      const code = await interrupt(args, /▶ update-matches-reference/, 2500);
      expect(code).toBe(130);
      const partial = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;
      expect(partial.interrupted).toBe(true);
      expect(partial.settings.failOn).toBe('aws-recorded');
      expect(partial.baseline?.file).toBe(baseline);
      expect(partial.divergences.length).toBeGreaterThan(0);
      expect(partial.divergences.map((d) => d.gate?.status)).not.toContain('fails');
      expect(partial.gate).toMatchObject({ failOn: 'aws-recorded', passed: false, failing: 0 });
      // JUnit fails on the interruption alone; the known findings are skipped, not failures.
      const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
      expect(junit).toMatch(/<failure type="Interrupted"/);
      expect(junit).not.toMatch(/<failure type="Divergence"/);
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/--fail-on `aws-recorded`/);
    }, 90_000);
  }
});
