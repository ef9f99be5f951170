import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin (as `npx apigw-patch-conformance` would) in the repository. */
/** `cwd` other than the checkout: for runs that write into the working directory (reports/). */
export function runCli(args: string[], env: Record<string, string> = {}, cwd: string = repoRoot): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/apigw-patch-conformance.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user error: exit code, exactly one line on stderr, no stack trace. */
export function oneLineError(r: CliResult): string {
  const lines = r.stderr.trim().split('\n');
  if (lines.length !== 1 || /\n\s+at /.test(r.stderr)) throw new Error(`expected one stderr line, got:\n${r.stderr}`);
  return lines[0]!;
}

/**
 * A self-check fault as the compiled module under dist/ (built by `npm test` before vitest): loading
 * it skips the TypeScript loader a `.ts` module needs, for tests that are not about loading modules.
 */
export const compiledFault = (name: string): string => `dist/src/selfCheck/faultyImplementations/${name}.js`;

/** runCli without blocking this process: for runs against a server this test process serves (serve on loopback). */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/apigw-patch-conformance.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
