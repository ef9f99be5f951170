import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineOf, compareWithBaselineEntries, readBaseline, recheckRequests, updatedBaseline, writeBaselineFile } from '../../src/report/baseline.js';
import { fingerprintOf } from '../../src/run/findingKey.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';
import { buildRunReport, fakeSecrets } from './runReportFixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apigw-baseline-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A second finding of another kind: a timeout accepted out of range. */
function withTimeoutFinding(report: RunReport): RunReport {
  const base = report.divergences[0]!;
  const d: Divergence = {
    ...base,
    id: 'd2',
    rules: [{ id: 'timeout.range', summary: 'timeoutInMillis between 50 and 29000', evidence: 'user-quote', source: 'terraform-provider-aws #37859', messageChecked: false }],
    fieldDiffs: [{ path: '/', expected: { ok: false }, actual: { ok: true } }],
    expectedKind: 'BadRequestException',
    actualKind: 'accepted',
    fingerprint: fingerprintOf({ operation: 'UpdateIntegration', rule: 'timeout.range', expected: 'BadRequestException', actual: 'accepted' }),
  };
  return { ...report, divergences: [...report.divergences, d], properties: report.properties.map((p) => (p.id === d.property ? { ...p, divergences: [...p.divergences, 'd2'] } : p)) };
}

const none = new Map();

describe('finding fingerprints', () => {
  it('are the same across seeds: generated keys, ids and values do not enter them', () => {
    const a = buildRunReport({ variant: 1 }).divergences[0]!;
    const b = buildRunReport({ variant: 977 }).divergences[0]!;
    expect(a.counterexample).not.toEqual(b.counterexample);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('change with the operation, the deciding rule and the classes of answer, and with nothing else', () => {
    const id = { operation: 'UpdateIntegration', rule: 'uri.http-endpoint', expected: 'BadRequestException', actual: 'accepted' };
    const fp = fingerprintOf(id);
    for (const v of [{ ...id, operation: 'PutIntegration' }, { ...id, rule: 'uri.arn' }, { ...id, expected: 'ok' }, { ...id, actual: 'NotFoundException' }]) expect(fingerprintOf(v)).not.toBe(fp);
    expect(fingerprintOf({ ...id })).toBe(fp);
  });
});

describe('baseline', () => {
  it('round-trips: the same findings under other random values are all known', async () => {
    const file = join(dir, 'baseline.json');
    const first = withTimeoutFinding(buildRunReport({ variant: 1 }));
    await writeBaselineFile(baselineOf(first), file);
    const second = withTimeoutFinding(buildRunReport({ variant: 42 }));
    const cmp = compareWithBaselineEntries(second, (await readBaseline(file)).divergences, none);
    expect(cmp).toEqual({ known: second.divergences.map((d) => d.fingerprint).sort(), new: [], fixed: [], confirmed: [], unchecked: [] });
  });

  it('a finding the baseline does not list is new', async () => {
    const file = join(dir, 'baseline.json');
    await writeBaselineFile(baselineOf(buildRunReport({ variant: 1 })), file);
    const run = withTimeoutFinding(buildRunReport({ variant: 2 }));
    const cmp = compareWithBaselineEntries(run, (await readBaseline(file)).divergences, none);
    expect(cmp.new).toEqual([run.divergences[1]!.fingerprint]);
    expect(cmp.known).toEqual([run.divergences[0]!.fingerprint]);
  });

  it('an entry the run did not hit is fixed only when re-running its counterexample conformed; confirmed when it still diverges; unchecked otherwise', () => {
    const before = baselineOf(withTimeoutFinding(buildRunReport({ variant: 1 })));
    const [a, b] = before.divergences.map((e) => e.fingerprint) as [string, string];
    const after = { ...buildRunReport({ variant: 3 }), divergences: [] };
    expect(compareWithBaselineEntries(after, before.divergences, new Map([[a, 'fixed'], [b, 'confirmed']] as const))).toMatchObject({ fixed: [a], confirmed: [b], unchecked: [] });
    expect(compareWithBaselineEntries(after, before.divergences, none)).toMatchObject({ fixed: [], confirmed: [], unchecked: [a, b].sort() });
  });

  it('asks the run to re-check every entry by its property and counterexample', () => {
    const b = baselineOf(buildRunReport());
    expect(recheckRequests(b)).toEqual([{ fingerprint: b.divergences[0]!.fingerprint, property: 'update-matches-reference', counterexample: b.divergences[0]!.sampleCounterexample }]);
  });

  it('records the finding, its rules and a sample counterexample, with secrets masked', async () => {
    const file = join(dir, 'baseline.json');
    await writeBaselineFile(baselineOf(buildRunReport({ plantSecrets: true })), file);
    const text = await readFile(file, 'utf8');
    for (const secret of Object.values(fakeSecrets)) expect(text).not.toContain(secret);
    const b = await readBaseline(file);
    expect(b.baselineVersion).toBe(3);
    expect(b.divergences[0]).toMatchObject({ property: 'update-matches-reference', operation: 'UpdateIntegration', rules: ['uri.http-endpoint', 'uri.valid-for-type'], expected: 'BadRequestException' });
    expect(b.divergences[0]!.sampleCounterexample.ctx.httpMethod).toBe('POST');
  });

  it('refuses a bad baseline with one line that says what is wrong and how to mend it', async () => {
    const cases: [string, string | undefined, RegExp][] = [
      ['missing.json', undefined, /does not exist/],
      ['broken.json', '{ "baselineVersion": 3, ', /is not JSON/],
      ['array.json', '[]', /is not a baseline object/],
      ['old.json', JSON.stringify({ baselineVersion: 0, divergences: [] }), /baselineVersion 0, this tool reads 1 to 3/],
      ['unversioned.json', JSON.stringify({ divergences: [] }), /baselineVersion missing/],
      ['nolist.json', JSON.stringify({ baselineVersion: 3 }), /no divergences list/],
      ['badentry.json', JSON.stringify({ baselineVersion: 3, divergences: [{ property: 'p' }] }), /entry 0 lacks a fingerprint/],
    ];
    for (const [name, content, pattern] of cases) {
      const file = join(dir, name);
      if (content !== undefined) await writeFile(file, content);
      const err = await readBaseline(file).then(() => undefined, (e: unknown) => e as Error);
      expect(err, name).toBeInstanceOf(Error);
      expect(err!.message).toMatch(pattern);
      expect(err!.message).toContain(file);
      expect(err!.message).toMatch(/record a fresh one/);
      expect(err!.message).not.toContain('\n');
    }
  });
});

describe('updatedBaseline (--baseline FILE --write-baseline FILE)', () => {
  it('adds new findings, drops the ones proved fixed, keeps the rest', () => {
    const report = buildRunReport();
    const d = report.divergences[0]!;
    const previous = baselineOf({ ...report, divergences: [{ ...d, fingerprint: 'old-unchecked' }, { ...d, fingerprint: 'old-fixed' }] });
    const next = updatedBaseline(previous, report, { fixed: ['old-fixed'] });
    expect(next.divergences.map((e) => e.fingerprint).sort()).toEqual([d.fingerprint, 'old-unchecked'].sort());
  });
});

describe('baselines of versions 1 and 2', () => {
  it('are re-keyed on reading: field paths and the property left the fingerprint, so entries of one finding merge', async () => {
    const file = join(dir, 'v2.json');
    const entry = { operation: 'UpdateIntegration', rules: ['patch.op-enum'], expected: 'ValidationException', actual: 'BadRequestException', sampleCounterexample: { put: {}, patches: [], ctx: { restApiId: 'a', resourceId: 'r', httpMethod: 'GET' } } };
    const v2 = {
      baselineVersion: 2,
      tool: { name: 'apigw-patch-conformance', version: '0.1.0' },
      runId: 'r1',
      recordedAt: '2026-11-26T00:00:00Z',
      target: 't',
      divergences: [
        { ...entry, fingerprint: 'old-1', fieldPaths: ['/error/name'], property: 'update-matches-reference', properties: ['update-matches-reference'] },
        { ...entry, fingerprint: 'old-2', fieldPaths: ['/error/name', '/error/status'], property: 'stateful-update-chain' },
      ],
    };
    await writeFile(file, JSON.stringify(v2));
    const read = await readBaseline(file);
    expect(read.baselineVersion).toBe(3);
    expect(read.divergences).toHaveLength(1);
    expect(read.divergences[0]!.properties).toEqual(['stateful-update-chain', 'update-matches-reference']);
    expect(read.divergences[0]!.fingerprint).toBe(fingerprintOf({ operation: 'UpdateIntegration', rule: 'patch.op-enum', expected: 'ValidationException', actual: 'BadRequestException' }));
  });
});
