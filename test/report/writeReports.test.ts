import { lstat, mkdtemp, readFile, readdir, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/reportSchema.js';
import { defaultReportDir, isDefaultReportDir, reportTimestampOf, writeReports } from '../../src/report/writeReports.js';
import { buildRunReport, fakeSecrets } from './runReportFixture.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'apigw-report-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const read = (dir: string, name: string): Promise<string> => readFile(join(dir, name), 'utf8');

/** Tag balance and entity sanity: enough to catch broken escaping without an XML parser. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    if (/[<>]/.test(text)) problems.push(`raw < or > in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push('unescaped &');
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
    } else stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) problems.push('control character not allowed in XML 1.0');
  return problems;
}

describe('writeReports', () => {
  it('writes the four files and each says what it should', async () => {
    const dir = join(root, 'out');
    const { files } = await writeReports(buildRunReport(), dir);
    expect(files.map((f) => basename(f)).sort()).toEqual(['junit.xml', 'report.html', 'report.json', 'report.md']);
    // And a repro script per finding.
    expect((await readdir(dir)).sort()).toEqual(['junit.xml', 'report.html', 'report.json', 'report.md', 'repro']);

    const json: unknown = JSON.parse(await read(dir, 'report.json'));
    expect(validateReport(json)).toEqual([]);

    const xml = await read(dir, 'junit.xml');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.match(/<testsuite\s/g)).toHaveLength(1);
    expect(xml.match(/<testcase\s/g)).toHaveLength(2);
    const failure = /<failure\b[^>]*>([\s\S]*?)<\/failure>/.exec(xml)?.[1] ?? '';
    expect(failure).toContain('npx apigw-patch-conformance replay --report reports/latest/report.json --divergence d1');
    expect(failure).toContain('uri.http-endpoint');
    expect(failure).toContain('"op": "replace"'); // the counterexample, as JSON
    expect(failure).toContain('aws apigateway update-integration');

    const md = await read(dir, 'report.md');
    expect(md.split('\n')[0]).toBe('## ❌ `localstack` diverges: 1 finding fails the run');
    expect(md).toContain('`uri.http-endpoint` (aws-recorded)');
    expect(md).toContain('`uri.valid-for-type` (inferred)');
    expect(md).toContain('```sh\nnpx apigw-patch-conformance replay --report reports/latest/report.json --divergence d1\n```');
    expect(md).toMatch(/\| `update-matches-reference` .* \| ❌ fails \| 100 \| 2 \| 3 \| d1 \| 200 \| 8\.2 s \|/);
    expect(md).toContain('| `UpdateIntegration` | 97% | 100 | 97 | 3 | 0 |');
    expect(md).toContain('GetIntegration');
    expect(md).toContain('6 of 7 cells reached');

    const html = await read(dir, 'report.html');
    expect(html).toContain('<span class="badge ev-aws-recorded">aws-recorded</span>');
    expect(html).toContain('<span class="badge ev-inferred">inferred</span>');
    expect(html).toContain('aws apigateway update-integration');
    expect(html).toMatch(/<td class="bad" title="[^"]*">31 \/ 12 \/ 1<\/td>/);
  });

  it('loads nothing from the network and escapes every value', async () => {
    const dir = join(root, 'out');
    await writeReports(buildRunReport(), dir);
    const html = await read(dir, 'report.html');
    expect(html).not.toMatch(/\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain("Content-Security-Policy");

    const xml = await read(dir, 'junit.xml');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(');
  });

  it('keeps XML well-formed when values hold control characters and markup', async () => {
    const report = buildRunReport();
    report.properties[0]!.title = 'bell \u0007 nul \u0000 "quote" <tag> & amp';
    report.divergences[0]!.replayCommand = 'replay --x "\u001b[31m"';
    const dir = join(root, 'out');
    await writeReports(report, dir);
    const xml = await read(dir, 'junit.xml');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('bell \\u0007 nul \\u0000 &quot;quote&quot; &lt;tag&gt; &amp; amp');
    expect(xml).toContain('replay --x "\\u001b[31m"');
  });

  it('marks a not-implemented property as skipped with its reason', async () => {
    const report = buildRunReport();
    report.properties.push({ id: 'get-after-update', title: 'GetIntegration returns what was stored', verdict: 'not-implemented', cases: 0, rejectedCases: 0, divergingCases: 0, apiCalls: 0, durationMs: 0, seed: 1, divergences: [], detail: 'GetIntegration answered 501' });
    const dir = join(root, 'out');
    await writeReports(report, dir);
    const xml = await read(dir, 'junit.xml');
    expect(xml).toMatch(/<testcase [^>]*name="get-after-update: [^"]*"[^>]*>\s*<skipped message="not implemented by the target: GetIntegration answered 501"\/>/);
    expect(xml).toMatch(/<testsuite [^>]*tests="3" failures="1" errors="0" skipped="1"/);
  });

  it('leaves nothing behind when a writer fails midway', async () => {
    const dir = join(root, 'reports', 'out');
    const failing = writeReports(buildRunReport(), dir, {
      renderers: {
        'report.md': () => {
          throw new Error('renderer exploded');
        },
      },
    });
    await expect(failing).rejects.toThrow('renderer exploded');
    await expect(lstat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dirname(dir))).toEqual([]);
  });

  it('keeps the previous report whole when rewriting it fails, and replaces it when it succeeds', async () => {
    const dir = join(root, 'out');
    await writeReports(buildRunReport({ variant: 1 }), dir);
    const before = await read(dir, 'report.json');
    await expect(writeReports(buildRunReport({ variant: 2 }), dir, { renderers: { 'report.html': () => { throw new Error('late failure'); } } })).rejects.toThrow('late failure');
    expect(await read(dir, 'report.json')).toBe(before);
    expect((await readdir(root)).sort()).toEqual(['out']);

    await writeReports(buildRunReport({ variant: 2 }), dir);
    expect(JSON.parse(await read(dir, 'report.json')).runId).toBe('run-2');
    expect((await readdir(root)).sort()).toEqual(['out']);
  });

  it('points reports/latest at the newest default report dir, atomically and relatively', async () => {
    const older = defaultReportDir(root, '2026-11-26T21:30:05.999Z');
    const newer = defaultReportDir(root, new Date('2026-11-26T22:00:00Z'));
    expect(basename(older)).toBe('2026-11-26T21-30-05Z');
    expect(dirname(older)).toBe(join(root, 'reports'));
    const latest = join(root, 'reports', 'latest');

    await writeReports(buildRunReport({ variant: 1 }), older);
    expect(await readlink(latest)).toBe('2026-11-26T21-30-05Z');
    await writeReports(buildRunReport({ variant: 2 }), newer);
    expect(await readlink(latest)).toBe('2026-11-26T22-00-00Z');
    expect(JSON.parse(await readFile(join(latest, 'report.json'), 'utf8')).runId).toBe('run-2');

    // A run that started earlier but finished later does not take the link back.
    await writeReports(buildRunReport({ variant: 3 }), older);
    expect(await readlink(latest)).toBe('2026-11-26T22-00-00Z');
    expect((await readdir(join(root, 'reports'))).sort()).toEqual(['2026-11-26T21-30-05Z', '2026-11-26T22-00-00Z', 'latest']);
  });

  it('does not touch latest for a directory of the caller’s choosing', async () => {
    await writeReports(buildRunReport(), join(root, 'reports', 'my-run'));
    expect((await readdir(join(root, 'reports'))).sort()).toEqual(['my-run']);
    expect(isDefaultReportDir(join(root, 'reports', '2026-01-01T00-00-00Z'))).toBe(true);
    expect(isDefaultReportDir(join(root, 'elsewhere', '2026-01-01T00-00-00Z'))).toBe(false);
  });

  it('names report dirs with filesystem-safe timestamps and refuses non-dates', () => {
    expect(reportTimestampOf('2026-11-26T21:30:05Z')).toBe('2026-11-26T21-30-05Z');
    expect(reportTimestampOf('2026-11-26T23:30:05+02:00')).toBe('2026-11-26T21-30-05Z');
    expect(() => reportTimestampOf('yesterday')).toThrow(/not a date/);
  });

  it('lets no planted secret reach any of the four files', async () => {
    const dir = join(root, 'out');
    await writeReports(buildRunReport({ plantSecrets: true }), dir);
    for (const name of ['report.json', 'junit.xml', 'report.md', 'report.html']) {
      const text = await read(dir, name);
      for (const [what, secret] of Object.entries(fakeSecrets)) {
        expect(text.includes(secret), `${what} leaked into ${name}`).toBe(false);
      }
      expect(text).toContain('[REDACTED]');
    }
    const json = JSON.parse(await read(dir, 'report.json'));
    expect(validateReport(json)).toEqual([]);
    expect(json.settings.endpoint).toBe('https://[REDACTED]@localhost.localstack.cloud:4566');
    expect(json.divergences[0].counterexample.put.secretAccessKey).toBe('[REDACTED]');
    // What is not secret survives: the mapping key and the rest of the command.
    expect(json.divergences[0].counterexample.patches[0].patchOperations[1].path).toMatch(/^\/requestParameters\/integration\.request\.header\.X-Gen-/);
    expect(json.divergences[0].replayCommand).toBe('AWS_SECRET_ACCESS_KEY=[REDACTED] npx apigw-patch-conformance replay --report reports/latest/report.json --divergence d1');
  });
});
