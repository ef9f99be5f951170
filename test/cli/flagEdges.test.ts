/** Flags at their edges: negative numbers, unwritable report folders, impossible replay paths, and help for every command. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError, runCli } from './runCli.js';
import { corpusExportFlags } from '../../src/cli/corpusCommand.js';
import { replayFlags } from '../../src/cli/replayCommand.js';
import { serveFlags, serveUsage } from '../../src/cli/serveCommand.js';
import { commandHelp } from '../../src/cli/commandHelp.js';

const quick = ['--runs', '1', '--property', 'put-matches-reference', '--edge-sweep', 'off', '--quiet'];

describe('flag edges', () => {
  it('a negative number is a value (--seed -3), not a flag', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'neg-')), 'r');
    const r = runCli(['run', '--seed', '-3', ...quick, '--report-dir', dir]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
  });

  it('an unwritable --report-dir is refused before the run, in one line', () => {
    const r = runCli(['run', '--report-dir', '/proc/apigw-reports', '--runs', '100']);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/^apigw-patch-conformance: --report-dir \/proc\/apigw-reports: cannot write there/);
  });

  it('a replay path whose case holds is a usage error, and no report is written', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'path-')), 'r');
    const r = runCli(['run', '--property', 'put-matches-reference', '--path', '99999:0', '--seed', '1', '--quiet', '--report-dir', dir]);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/--path 99999:0: case 99999 of put-matches-reference holds at seed 1/);
    expect(existsSync(dir)).toBe(false);
  });

  it("every command's --help describes each of its flags (one spawned, the rest from the same table)", () => {
    const tables: Record<string, readonly string[]> = {
      serve: Object.keys(serveFlags),
      replay: Object.keys(replayFlags).filter((f) => !['fault-rate', 'fault-seed', 'msw-transport'].includes(f)),
      corpus: Object.keys(corpusExportFlags),
      sweep: ['endpoint-url', 'target', 'allow-account', 'region', 'profile', 'older-than', 'dry-run'],
      'self-check': ['runs', 'seed', 'fault', 'resource', 'json', 'property', 'path'],
      merge: ['out', 'baseline', 'expectations', 'fail-on'],
    };
    expect(runCli(['serve', '--help']).stdout).toBe(`Usage: ${serveUsage}\n${commandHelp.serve}\n`);
    for (const [command, flags] of Object.entries(tables)) for (const flag of flags) expect(commandHelp[command], `${command} --help`).toContain(`--${flag}`);
  });
});
