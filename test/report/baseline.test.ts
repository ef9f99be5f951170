import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineExitCode, baselineOf, compareWithBaseline, compareWithBaselineEntries, divergenceFingerprint, generalisePath, readBaseline, updatedBaseline, writeBaseline } from '../../src/report/baseline.js';
import type { Outcome } from '../../src/contract.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';
import { buildRunReport, fakeSecrets } from './runReportFixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apigw-baseline-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A second divergence of another kind: timeout accepted out of range. */
function withTimeoutDivergence(report: RunReport): RunReport {
  const base = report.divergences[0]!;
  const d: Divergence = {
    ...base,
    id: 'd2',
    rules: [{ id: 'timeout.range', summary: 'timeoutInMillis between 50 and 29000', evidence: 'user-quote', source: 'terraform-provider-aws #37859', messageChecked: false }],
    fieldDiffs: [{ path: '/value/timeoutInMillis', expected: 29000, actual: 30000 + report.settings.seed }],
    expected: { ok: true, status: 200, value: { timeoutInMillis: 29000 } },
    actual: { ok: true, status: 200, value: { timeoutInMillis: 30000 + report.settings.seed } },
  };
  d.fingerprint = divergenceFingerprint(d);
  return { ...report, divergences: [...report.divergences, d], properties: report.properties.map((p) => (p.id === d.property ? { ...p, divergences: [...p.divergences, 'd2'] } : p)) };
}

describe('divergenceFingerprint', () => {
  it('is the same across seeds: generated keys, ids and values do not enter it', () => {
    const a = buildRunReport({ variant: 1 }).divergences[0]!;
    const b = buildRunReport({ variant: 977 }).divergences[0]!;
    expect(a.counterexample).not.toEqual(b.counterexample);
    expect(a.fieldDiffs[2]!.path).not.toBe(b.fieldDiffs[2]!.path);
    expect(divergenceFingerprint(a)).toBe(divergenceFingerprint(b));
    expect(divergenceFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with the operation, deciding rule, differing fields or outcome kinds, not with the property that found it', () => {
    const d = buildRunReport().divergences[0]!;
    const fp = divergenceFingerprint(d);
    expect(divergenceFingerprint({ ...d, property: 'other-property' })).toBe(fp);
    const variants = [
      { ...d, operation: 'GetIntegration' },
      { ...d, rules: [...d.rules].reverse() },
      { ...d, fieldDiffs: d.fieldDiffs.slice(0, 1) },
      { ...d, expected: { ok: false as const, error: { name: 'NotFoundException', status: 404, message: 'x' } } },
      { ...d, actual: { ok: false as const, error: { name: 'BadRequestException', status: 400, message: 'other text' } } },
    ];
    for (const v of variants) expect(divergenceFingerprint(v)).not.toBe(fp);
    // Order of diffs and repeated paths do not matter; the message text does not either.
    expect(divergenceFingerprint({ ...d, fieldDiffs: [...d.fieldDiffs].reverse().concat(d.fieldDiffs) })).toBe(fp);
    const reworded: Outcome = { ok: false, error: { name: 'BadRequestException', status: 400, message: 'reworded' } };
    expect(divergenceFingerprint({ ...d, expected: reworded })).toBe(fp);
  });

  it('generalises generated map keys and list indexes in paths', () => {
    expect(generalisePath('/value/requestParameters/integration.request.header.X-ab')).toBe('/value/requestParameters/*');
    expect(generalisePath('/value/requestTemplates/application~1json')).toBe('/value/requestTemplates/*');
    expect(generalisePath('/value/cacheKeyParameters/3')).toBe('/value/cacheKeyParameters/*');
    expect(generalisePath('/value/integrationResponses/200/responseTemplates/text~1xml')).toBe('/value/integrationResponses/*/responseTemplates/*');
    expect(generalisePath('/value/timeoutInMillis')).toBe('/value/timeoutInMillis');
    expect(generalisePath('/error/name')).toBe('/error/name');
  });
});

describe('baseline', () => {
  it('round-trips: same fingerprints under other random values are all known, exit 0', async () => {
    const file = join(dir, 'baseline.json');
    const first = withTimeoutDivergence(buildRunReport({ variant: 1 }));
    await writeBaseline(first, file);
    const second = withTimeoutDivergence(buildRunReport({ variant: 42 }));
    const cmp = await compareWithBaseline(second, file);
    expect(cmp).toEqual({ known: [...new Set(second.divergences.map((d) => d.fingerprint))].sort(), new: [], fixed: [], unchecked: [] });
    expect(baselineExitCode(cmp)).toBe(0);
  });

  it('a new divergence fails the comparison', async () => {
    const file = join(dir, 'baseline.json');
    await writeBaseline(buildRunReport({ variant: 1 }), file);
    const run = withTimeoutDivergence(buildRunReport({ variant: 2 }));
    const cmp = await compareWithBaseline(run, file);
    expect(cmp.new).toEqual([run.divergences[1]!.fingerprint]);
    expect(cmp.known).toEqual([run.divergences[0]!.fingerprint]);
    expect(baselineExitCode(cmp)).toBe(1);
  });

  it('a divergence no longer seen by a property that held is fixed, and fails so the baseline shrinks', async () => {
    const file = join(dir, 'baseline.json');
    const before = withTimeoutDivergence(buildRunReport({ variant: 1 }));
    await writeBaseline(before, file);
    const after = buildRunReport({ variant: 3 });
    after.divergences = [];
    after.properties = after.properties.map((p) => ({ ...p, verdict: 'holds' as const, divergences: [] }));
    const cmp = await compareWithBaseline(after, file);
    expect(cmp.fixed).toEqual(before.divergences.map((d) => d.fingerprint).sort());
    expect(cmp.new).toEqual([]);
    expect(baselineExitCode(cmp)).toBe(1);
  });

  it('a property that failed stopped at its first counterexample: its other recorded divergences are unchecked, not fixed', async () => {
    const file = join(dir, 'baseline.json');
    const before = withTimeoutDivergence(buildRunReport({ variant: 1 }));
    await writeBaseline(before, file);
    const cmp = await compareWithBaseline(buildRunReport({ variant: 3 }), file);
    expect(cmp.fixed).toEqual([]);
    expect(cmp.unchecked).toEqual([before.divergences[1]!.fingerprint]);
    expect(cmp.known).toEqual([before.divergences[0]!.fingerprint]);
    expect(baselineExitCode(cmp)).toBe(0);
  });

  it('does not call a divergence fixed when its property did not run', async () => {
    const file = join(dir, 'baseline.json');
    await writeBaseline(buildRunReport(), file);
    const run = buildRunReport({ variant: 5 });
    run.divergences = [];
    run.properties = run.properties.filter((p) => p.id !== 'update-matches-reference');
    const cmp = await compareWithBaseline(run, file);
    expect(cmp.fixed).toEqual([]);
    expect(cmp.unchecked).toHaveLength(1);
    expect(baselineExitCode(cmp)).toBe(0);
  });

  it('records property, rules and a sample counterexample, with secrets masked', async () => {
    const file = join(dir, 'baseline.json');
    await writeBaseline(buildRunReport({ plantSecrets: true }), file);
    const text = await readFile(file, 'utf8');
    for (const secret of Object.values(fakeSecrets)) expect(text).not.toContain(secret);
    const b = await readBaseline(file);
    expect(b.divergences[0]).toMatchObject({ property: 'update-matches-reference', rules: ['uri.http-endpoint', 'uri.valid-for-type'], expected: 'BadRequestException' });
    expect(b.divergences[0]!.fieldPaths).toEqual(['/error', '/ok', '/value/requestParameters/*']);
    expect(b.divergences[0]!.sampleCounterexample.ctx.httpMethod).toBe('POST');
  });

  it('refuses a bad baseline with one line that says what is wrong and how to mend it', async () => {
    const report = buildRunReport();
    const cases: [string, string | undefined, RegExp][] = [
      ['missing.json', undefined, /does not exist/],
      ['broken.json', '{ "baselineVersion": 1, ', /is not JSON/],
      ['array.json', '[]', /is not a baseline object/],
      ['old.json', JSON.stringify({ baselineVersion: 0, divergences: [] }), /baselineVersion 0, this tool reads 1/],
      ['unversioned.json', JSON.stringify({ divergences: [] }), /baselineVersion missing/],
      ['nolist.json', JSON.stringify({ baselineVersion: 1 }), /no divergences list/],
      ['badentry.json', JSON.stringify({ baselineVersion: 1, divergences: [{ property: 'p' }] }), /entry 0 lacks a fingerprint/],
    ];
    for (const [name, content, pattern] of cases) {
      const file = join(dir, name);
      if (content !== undefined) await writeFile(file, content);
      const err = await compareWithBaseline(report, file).then(() => undefined, (e: unknown) => e as Error);
      expect(err, name).toBeInstanceOf(Error);
      expect(err!.message).toMatch(pattern);
      expect(err!.message).toContain(file);
      expect(err!.message).toMatch(/record a fresh one/);
      expect(err!.message).not.toContain('\n');
    }
  });

  it('exit code: 0 only when nothing is new and nothing is fixed', () => {
    expect(baselineExitCode({ new: [], fixed: [] })).toBe(0);
    expect(baselineExitCode({ new: ['a'], fixed: [] })).toBe(1);
    expect(baselineExitCode({ new: [], fixed: ['b'] })).toBe(1);
  });
});

describe('a divergence found by several properties', () => {
  it('is one baseline entry listing them; it is fixed only when every one of them held', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-baseline-props-'));
    const file = join(dir, 'baseline.json');
    const report = buildRunReport();
    const d = report.divergences[0]!;
    const both = { ...report, divergences: [d, { ...d, id: 'd2', property: 'get-after-update' }] };
    await writeBaseline(both, file);
    const entries = (await readBaseline(file)).divergences;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.properties).toEqual([d.property, 'get-after-update']);
    const none = { ...report, divergences: [] };
    const held = (ids: string[]) => none.properties.map((p) => ({ ...p, verdict: ids.includes(p.id) ? ('holds' as const) : ('skipped' as const), divergences: [] }));
    expect(compareWithBaselineEntries({ ...none, properties: held([d.property]) }, entries).unchecked).toEqual([d.fingerprint]);
    expect(compareWithBaselineEntries({ ...none, properties: [...held([d.property]), { ...none.properties[0]!, id: 'get-after-update', verdict: 'holds', divergences: [] }] }, entries).fixed).toEqual([d.fingerprint]);
  });
});

describe('updatedBaseline (--baseline FILE --write-baseline FILE)', () => {
  it('adds new divergences, drops the ones proved fixed, keeps the ones not checked', () => {
    const report = buildRunReport();
    const d = report.divergences[0]!;
    const previous = baselineOf({ ...report, divergences: [{ ...d, fingerprint: 'old-unchecked' }, { ...d, fingerprint: 'old-fixed', property: 'put-matches-reference' }] });
    const next = updatedBaseline(previous, report);
    expect(next.divergences.map((e) => e.fingerprint).sort()).toEqual([d.fingerprint, 'old-unchecked'].sort());
  });
});

describe('baselines of version 1', () => {
  it('are re-keyed on reading: the property left the fingerprint, so entries of one shape merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-baseline-v1-'));
    const file = join(dir, 'v1.json');
    const entry = { operation: 'UpdateIntegration', rules: ['patch.op-enum'], fieldPaths: ['/error/name'], expected: 'ValidationException', actual: 'BadRequestException', sampleCounterexample: { put: {}, patches: [], ctx: { restApiId: 'a', resourceId: 'r', httpMethod: 'GET' } } };
    const v1 = { baselineVersion: 1, tool: { name: 'apigw-patch-conformance', version: '0.1.0' }, runId: 'r1', recordedAt: '2026-11-26T00:00:00Z', target: 't', divergences: [
      { ...entry, fingerprint: 'old-1', property: 'update-matches-reference' },
      { ...entry, fingerprint: 'old-2', property: 'stateful-update-chain' },
    ] };
    await writeFile(file, JSON.stringify(v1));
    const read = await readBaseline(file);
    expect(read.baselineVersion).toBe(2);
    expect(read.divergences).toHaveLength(1);
    expect(read.divergences[0]!.properties).toEqual(['update-matches-reference', 'stateful-update-chain']);
    expect(read.divergences[0]!.fingerprint).toBe(divergenceFingerprint({ property: 'any', operation: 'UpdateIntegration', rules: [{ id: 'patch.op-enum' }], fieldDiffs: [{ path: '/error/name' }], expected: { ok: false, error: { name: 'ValidationException' } }, actual: { ok: false, error: { name: 'BadRequestException' } } }));
  });
});
