import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownNames } from '../../src/cli/knownNames.js';
import { matchExpectations, readExpectations } from '../../src/report/expectations.js';
import { buildRunReport } from './runReportFixture.js';

const write = async (content: unknown): Promise<string> => {
  const file = join(await mkdtemp(join(tmpdir(), 'apigw-expect-')), 'expectations.json');
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const entry = { rule: 'uri.http-endpoint', operation: 'UpdateIntegration', path: '/uri', reason: 'our URI check is lenient', link: 'https://example.com/issues/7' };

describe('expectations files', () => {
  it('accept the findings they name by rule, operation and path; entries matching nothing are stale', async () => {
    const file = await readExpectations(await write({ expectationsVersion: 1, expectations: [entry, { ...entry, path: '/timeoutInMillis' }, { rule: 'timeout.range', reason: 'r', link: 'l' }] }), knownNames());
    const report = buildRunReport();
    const m = matchExpectations(file, report);
    expect([...m.accepted.keys()]).toEqual([report.divergences[0]!.fingerprint]);
    expect(m.matched).toBe(1);
    expect(m.stale.map((s) => s.path ?? s.rule)).toEqual(['/timeoutInMillis', 'timeout.range']);
    // Without operation or path, the rule alone matches.
    expect(matchExpectations({ expectationsVersion: 1, expectations: [{ rule: 'uri.http-endpoint', reason: 'r', link: 'l' }] }, report).matched).toBe(1);
    expect(matchExpectations({ expectationsVersion: 1, expectations: [{ ...entry, operation: 'PutIntegration' }] }, report).matched).toBe(0);
  });

  it('refuse what the suite does not know, or an entry without its reason or link, in one line naming the file and the entry', async () => {
    const cases: [unknown, RegExp][] = [
      ['{ nope', /is not JSON/],
      [{ expectationsVersion: 2, expectations: [] }, /expectationsVersion 2, this tool reads 1/],
      [{ expectationsVersion: 1 }, /no "expectations" list/],
      [{ expectationsVersion: 1, expectations: [{ ...entry, rule: 'no.such-rule' }] }, /entry 0: rule "no.such-rule" is not a rule of this suite/],
      [{ expectationsVersion: 1, expectations: [entry, { ...entry, operation: 'UpdateStageX' }] }, /entry 1: operation "UpdateStageX" is not one of PutIntegration/],
      [{ expectationsVersion: 1, expectations: [{ ...entry, path: '/nope' }] }, /entry 0: path "\/nope" is not a rule-table path/],
      [{ expectationsVersion: 1, expectations: [{ ...entry, reason: ' ' }] }, /entry 0: needs a "reason"/],
      [{ expectationsVersion: 1, expectations: [{ rule: entry.rule, reason: 'r' }] }, /entry 0: needs a "link"/],
      [{ expectationsVersion: 1, expectations: [{ ...entry, why: 'x' }] }, /entry 0: unknown member "why"/],
    ];
    for (const [content, pattern] of cases) {
      const file = await write(content);
      const err = await readExpectations(file, knownNames()).then(() => undefined, (e: unknown) => e as Error);
      expect(err?.message, JSON.stringify(content)).toMatch(pattern);
      expect(err!.message).toContain(file);
      expect(err!.message).not.toContain('\n');
    }
  });
});
