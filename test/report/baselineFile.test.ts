/** A report.json given where a baseline goes is named for what it is, with how to mend it, in one line. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/report/baseline.js';
import { renderReportJson } from '../../src/report/reportJson.js';
import { buildRunReport } from './runReportFixture.js';

describe('readBaseline given a report', () => {
  it('says it is a report, not a baseline, and how to make one', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'apigw-baseline-report-')), 'report.json');
    await writeFile(file, renderReportJson(buildRunReport()));
    const err = await readBaseline(file).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toBe(`Baseline ${file} is a report (report.json), not a baseline: write one from a run with \`run --write-baseline FILE\` (its findings become the entries), then pass that file to --baseline.`);
    expect(err!.message).not.toMatch(/baselineVersion/);
  });
});
