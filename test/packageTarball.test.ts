/**
 * The packed package works outside the checkout: `npm pack`'s tarball, unpacked into a scratch
 * folder's node_modules (its dependencies linked from the checkout's, as CI has no registry), runs
 * the bin's main job and the library's runSuite with plain node, and holds the compiled files only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli/runCli.js';

const scratch = mkdtempSync(join(tmpdir(), 'packed-'));
const installed = join(scratch, 'node_modules', 'apigw-patch-conformance');
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

beforeAll(() => {
  // dist/ is built by `npm test` before vitest; packing again without scripts packs that build.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', installed, '--strip-components=1']);
  for (const dep of readdirSync(join(repoRoot, 'node_modules'))) {
    if (dep === 'apigw-patch-conformance' || dep.startsWith('.')) continue;
    symlinkSync(join(repoRoot, 'node_modules', dep), join(scratch, 'node_modules', dep));
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module' }));
}, 60_000);

describe('the packed package', () => {
  it('holds the compiled JavaScript, its typings and the bin, not the TypeScript sources', () => {
    expect(existsSync(join(installed, 'dist/src/index.js'))).toBe(true);
    expect(existsSync(join(installed, 'dist/src/index.d.ts'))).toBe(true);
    expect(existsSync(join(installed, 'bin/apigw-patch-conformance.mjs'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
  });

  it("the bin's main job runs with plain node", () => {
    const r = spawnSync(process.execPath, [join(installed, 'bin/apigw-patch-conformance.mjs'), 'run', '--runs', '2', '--property', 'put-matches-reference', '--quiet', '--report-dir', join(scratch, 'reports')], { cwd: scratch, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('plain node imports the root entry and runSuite judges the reference and a faulty implementation', () => {
    const script = join(scratch, 'check.mjs');
    writeFileSync(
      script,
      `import { runSuite } from 'apigw-patch-conformance';
const ok = await runSuite({ runs: 3, seed: 1, properties: ['update-matches-reference'], sweep: false });
const bad = await runSuite({ runs: 3, seed: 1, properties: ['put-matches-reference'], implementation: { putIntegration: async () => ({ ok: true, status: 201, value: { type: 'MOCK' } }), updateIntegration: async (c) => ({ ok: true, status: 200, value: c }) } });
console.log(JSON.stringify([ok.verdict, bad.verdict]));`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: scratch, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toEqual(['conforms', 'diverges']);
  });
});
