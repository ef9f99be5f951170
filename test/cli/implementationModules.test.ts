/**
 * `--implementation` loads a module from any folder (no package.json, a CommonJS package, an ESM one),
 * in each of its forms, and a module that cannot load says why in one line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError, runCli } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'impl-modules-'));
/** A folder with the given package.json type (none: no package.json at all). */
function folder(name: string, type?: 'module' | 'commonjs'): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  if (type) writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, type }));
  return dir;
}

// A deliberately wrong implementation (every put answers 201 MOCK), so a run that loaded it diverges (exit 1).
const typedNamed = `
interface Ctx { restApiId: string }
export async function putIntegration(_body: unknown, _ctx: Ctx): Promise<unknown> { return { ok: true, status: 201, value: { type: 'MOCK' } }; }
export async function updateIntegration(current: Record<string, unknown>): Promise<unknown> { return { ok: true, status: 200, value: current }; }
`;
const cjs = `module.exports = { putIntegration: async () => ({ ok: true, status: 201, value: { type: 'MOCK' } }), updateIntegration: async (c) => ({ ok: true, status: 200, value: c }) };\n`;
const esmDefault = `export default { putIntegration: async () => ({ ok: true, status: 201, value: { type: 'MOCK' } }), updateIntegration: async (c) => ({ ok: true, status: 200, value: c }) };\n`;

const loads: Array<[string, string, 'module' | 'commonjs' | undefined, string]> = [
  ['a .ts file with types and named exports, in a folder without package.json', 'bare', undefined, 'mine.ts'],
  ['a .ts file in a CommonJS package', 'cjs-pkg', 'commonjs', 'mine.ts'],
  ['a .mts file in an ESM package', 'esm-pkg', 'module', 'mine.mts'],
  ['a .cts file', 'cts', undefined, 'mine.cts'],
];

function run(file: string) {
  return runCli(['run', '--implementation', file, '--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off', '--quiet', '--report-dir', join(root, `r-${Math.random().toString(36).slice(2)}`)]);
}

describe('--implementation from anywhere', () => {
  for (const [what, name, type, file] of loads) {
    it(`${what}: loads and is judged`, () => {
      const path = join(folder(name, type), file);
      writeFileSync(path, typedNamed);
      const r = run(path);
      expect(r.stderr).not.toMatch(/failed to load/);
      expect(r.code).toBe(1);
    });
  }
  it('a .cjs module (module.exports) and an .mjs default export load', () => {
    const dir = folder('plain');
    writeFileSync(join(dir, 'impl.cjs'), cjs);
    writeFileSync(join(dir, 'impl.mjs'), esmDefault);
    expect(run(join(dir, 'impl.cjs')).code).toBe(1);
    expect(run(join(dir, 'impl.mjs')).code).toBe(1);
  });
  it('a syntax error: one line with file:line:column', () => {
    const path = join(folder('broken'), 'broken.ts');
    writeFileSync(path, 'export default {\n  putIntegration( : number) {}\n};\n');
    const r = run(path);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toContain(`failed to load: syntax error at ${path}:2:18`);
  });
  it('a missing dependency: one line naming it', () => {
    const path = join(folder('missing'), 'missing.ts');
    writeFileSync(path, "import x from 'no-such-package-anywhere';\nexport default { putIntegration: x, updateIntegration: x };\n");
    const r = run(path);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/it imports no-such-package-anywhere, which is not installed/);
  });
});
