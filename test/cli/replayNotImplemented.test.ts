/**
 * `replay` against a target that lacks the operation a counterexample needs proves nothing: it says
 * "not implemented" and exits 3 (nothing could be checked, as for an unreachable target), never
 * "now conforms" with exit 0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-replay-ni-'));

describe('replay against a target without the operation', () => {
  it('says not implemented and exits 3', () => {
    const dir = join(tmp, 'found');
    const run = runCli(['run', '--implementation', 'src/selfCheck/faultyImplementations/missingKeyUpsert.ts', '--property', 'update-matches-reference', '--runs', '10', '--seed', '5', '--report-dir', dir, '--quiet']);
    expect(run.code).toBe(1);
    const r = runCli(['replay', '--report', dir, '--divergence', 'd1', '--implementation', 'test/cli/fixtures/noUpdateIntegration.ts']);
    expect(r.stdout).toMatch(/^d1 \(UpdateIntegration, [\w.-]+\) cannot be checked on msw \(test\/cli\/fixtures\/noUpdateIntegration\.ts\): not implemented \(UpdateIntegration is not implemented by the target/m);
    expect(r.stdout).not.toMatch(/now conforms/);
    expect(r.code).toBe(3);
  });
});
