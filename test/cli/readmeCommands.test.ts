/**
 * Every `npx apigw-patch-conformance ...` command the README shows (shell blocks and CI recipes) names
 * a real command and only flags that command accepts: the manual cannot drift from the CLI.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusExportFlags, corpusReplayFlags } from '../../src/cli/corpusCommand.js';
import { mergeFlags } from '../../src/cli/mergeCommand.js';
import { rulesFlags } from '../../src/cli/rulesCommand.js';
import { probeFlags } from '../../src/cli/probeCommand.js';
import { replayFlags } from '../../src/cli/replayCommand.js';
import { runFlags } from '../../src/cli/runCommand.js';
import { selfCheckFlags } from '../../src/cli/selfCheckCommand.js';
import { serveFlags } from '../../src/cli/serveCommand.js';
import { sweepFlags } from '../../src/cli/sweepCommand.js';

type Flags = NonNullable<ParseArgsConfig['options']>;
const flagsOf: Record<string, Flags> = {
  run: runFlags,
  serve: serveFlags,
  sweep: sweepFlags,
  replay: replayFlags,
  'corpus export': corpusExportFlags,
  'corpus replay': corpusReplayFlags,
  'self-check': selfCheckFlags,
  merge: mergeFlags,
  rules: rulesFlags,
  probe: probeFlags,
};

/** Commands in the README, usage synopses (with [optional] parts) left out. */
function readmeCommands(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/npx apigw-patch-conformance ([^\n`]*)/g)]
    .map((m) => m[1]!.replace(/\s+#.*$/, '').replace(/\s+&$/, '').replace(/\$\{\{[^}]*\}\}/g, 'X').trim())
    .filter((c) => !c.includes('[') && !c.includes('...') && c.length > 0);
}

/** Shell words, with single and double quotes (enough for the README's examples). */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('README commands', () => {
  const commands = readmeCommands();
  it('are there to check', () => {
    expect(commands.length).toBeGreaterThan(15);
  });
  for (const command of commands) {
    it(command, () => {
      const [first, second, ...rest] = words(command);
      const name = first === 'corpus' ? `corpus ${second}` : first!;
      const flags = flagsOf[name];
      expect(flags, `unknown command '${name}'`).toBeDefined();
      const args = first === 'corpus' ? rest : [second, ...rest].filter((w): w is string => w !== undefined);
      expect(() => parseArgs({ args, options: flags!, strict: true, allowPositionals: name === 'corpus replay' || name === 'merge' })).not.toThrow();
    });
  }
});

describe('run --help', () => {
  it('describes every flag run accepts', async () => {
    const { runHelp } = await import('../../src/cli/runCommand.js');
    for (const flag of Object.keys(runFlags)) expect(runHelp, `--${flag}`).toContain(`--${flag}`);
  });
});
