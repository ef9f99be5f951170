import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin (as `npx apigw-patch-conformance` would) in the repository. */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ['bin/apigw-patch-conformance.mjs', ...args], {
    cwd: repoRoot,
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
