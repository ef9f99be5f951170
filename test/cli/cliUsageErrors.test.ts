/** Bad input gets one line that says what is wrong and how to mend it, a non-zero exit, no report. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError, runCli } from './runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'apigw-cli-'));

describe('CLI usage errors', () => {
  it('--help lists every command and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['run', 'serve', 'sweep', 'replay', 'corpus', 'self-check', 'merge']) expect(r.stdout).toContain(`apigw-patch-conformance ${c}`);
  });

  const cases: Array<[string, string[], number, RegExp]> = [
    ['an unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/],
    ['an unknown flag', ['run', '--bogus'], 2, /run: Unknown option '--bogus'/],
    ['a non-numeric --runs', ['run', '--runs', 'many'], 2, /--runs many: give a whole number >= 1/],
    ['a missing implementation module', ['run', '--implementation', './nope.ts'], 2, /--implementation: no such file \.\/nope\.ts; give a \.ts/],
    ['an endpoint target without a URL', ['run', '--target', 'endpoint'], 2, /--target endpoint needs --endpoint-url/],
    ['an aws target without an allowed account', ['run', '--target', 'aws'], 2, /--target aws needs --allow-account/],
    ['a malformed account id', ['run', '--target', 'aws', '--allow-account', '12'], 2, /an AWS account id is 12 digits/],
    ['an unreachable endpoint', ['run', '--endpoint-url', 'http://127.0.0.1:9', '--runs', '1'], 3, /is unreachable.*start it, or check the endpoint URL \(--endpoint-url or AWS_ENDPOINT_URL\)/],
    ['--path without one property', ['run', '--path', '1:2'], 2, /give exactly one --property/],
    ['an implementation with a remote target', ['run', '--endpoint-url', 'http://127.0.0.1:9', '--implementation', 'x.ts'], 2, /--implementation only works with --target msw/],
    ['replay without --report', ['replay'], 2, /replay needs --report FILE/],
    ['a bad sweep duration', ['sweep', '--endpoint-url', 'http://127.0.0.1:9', '--older-than', 'soon'], 2, /write a duration like 30m/],
  ];
  for (const [what, args, code, message] of cases) {
    it(`${what}: exit ${code}, one line`, () => {
      const dir = join(tmp, what.replace(/\W+/g, '-'));
      const r = runCli([...args, ...(args[0] === 'run' ? ['--report-dir', dir] : [])]);
      expect(r.code).toBe(code);
      expect(oneLineError(r)).toMatch(message);
      if (code === 3) {
        // The target never answered: a report says so, for CI to publish (exit 3, never a hang or a silent exit).
        const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
        expect(report.unreachable).toMatch(/unreachable/);
        expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/type="Unreachable"/);
      } else {
        expect(existsSync(dir), 'no report is written for a run that could not start').toBe(false);
      }
    });
  }

  it('a module without the contract as default export: exit 2, one line', () => {
    const file = join(tmp, 'notAnImplementation.mjs');
    writeFileSync(file, 'export const x = 1;\n');
    const r = runCli(['run', '--implementation', file, '--runs', '1']);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/exports neither createImplementation nor putIntegration and updateIntegration \(it exports x\)/);
  });

  it('no credentials for a remote endpoint: exit 2, one line that says how to provide them', () => {
    const r = runCli(['run', '--endpoint-url', 'https://apigw.example.invalid', '--runs', '1', '--report-dir', join(tmp, 'nocreds')], {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-credentials'),
      AWS_CONFIG_FILE: join(tmp, 'no-config'),
      AWS_PROFILE: '',
    });
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/no AWS credentials resolved for https:\/\/apigw\.example\.invalid.*set AWS_PROFILE \(or --profile\), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    expect(existsSync(join(tmp, 'nocreds'))).toBe(false);
  });

  it('a corrupt corpus file: exit 2, one line naming the line', () => {
    const file = join(tmp, 'bad.jsonl');
    writeFileSync(file, '{"format":"apigw-patch-conformance/corpus@1","id":"c1","ctx":{"resourceId":"r"},"steps":[]}\n');
    const r = runCli(['corpus', 'replay', file]);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/line 1: "steps" must be a non-empty list/);
  });

  it('a report.json that is not one: exit 2, one line', () => {
    const file = join(tmp, 'report.json');
    writeFileSync(file, '{"schemaVersion": 9}');
    const r = runCli(['replay', '--report', file]);
    expect(r.code).toBe(2);
    expect(oneLineError(r)).toMatch(/not a report\.json of schema version 2/);
  });
});
