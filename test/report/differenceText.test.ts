/**
 * Two successes that differ in a member both read "200 OK": junit.xml, report.md and report.html say
 * what differs instead (the first field difference), never "expected 200 OK, actual 200 OK".
 */
import { describe, expect, it } from 'vitest';
import { renderJunitXml } from '../../src/report/junitXml.js';
import { renderReportHtml } from '../../src/report/reportHtml.js';
import { renderReportMarkdown } from '../../src/report/reportMarkdown.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';
import { buildRunReport } from './runReportFixture.js';

/** The fixture's finding turned into a success whose timeout differs (and one more member). */
function successesDiffering(): RunReport {
  const report = buildRunReport();
  const d = report.divergences[0]!;
  const value = { type: 'HTTP' as const, httpMethod: 'GET', uri: 'https://example.com/items/1' };
  const changed: Divergence = {
    ...d,
    expectedKind: 'ok',
    actualKind: 'ok',
    expected: { ok: true, status: 200, value: { ...value, timeoutInMillis: 29000, cacheNamespace: 'ns' } },
    actual: { ok: true, status: 200, value: { ...value, timeoutInMillis: 30000 } },
    fieldDiffs: [
      { path: '/value/timeoutInMillis', expected: 29000, actual: 30000 },
      { path: '/value/cacheNamespace', expected: 'ns', actual: undefined },
    ],
  };
  return { ...report, divergences: [changed] };
}

describe('what differs, in words', () => {
  it('junit.xml names the first differing field in the failure message and text', () => {
    const junit = renderJunitXml(successesDiffering());
    expect(junit).toContain('message="UpdateIntegration breaks uri.http-endpoint: /value/timeoutInMillis: expected 29000, actual 30000 (and 1 more difference) (3 cases)"');
    expect(junit).not.toContain('expected 200 OK, actual 200 OK');
    expect(junit).toContain('Expected: 200 OK, /value/timeoutInMillis = 29000');
    expect(junit).toContain('Actual:   200 OK, /value/timeoutInMillis = 30000');
  });

  it('report.md and report.html show each outcome with its value at that field', () => {
    const report = successesDiffering();
    const md = renderReportMarkdown(report);
    expect(md).toContain('- **Expected:** `200 OK, /value/timeoutInMillis = 29000`');
    expect(md).toContain('- **Actual:** `200 OK, /value/timeoutInMillis = 30000`');
    const html = renderReportHtml(report);
    expect(html).toContain('<tr><th>expected</th><td><code>200 OK, /value/timeoutInMillis = 29000</code></td></tr><tr><th>actual</th><td><code>200 OK, /value/timeoutInMillis = 30000</code></td></tr>');
  });

  it('a success where an error was due still reads as the two outcomes', () => {
    const junit = renderJunitXml(buildRunReport());
    expect(junit).toContain('message="UpdateIntegration breaks uri.http-endpoint: expected BadRequestException (400): Invalid HTTP endpoint specified for URI, actual 200 OK (3 cases)"');
    expect(renderReportMarkdown(buildRunReport())).toContain('- **Actual:** `200 OK`');
  });
});
