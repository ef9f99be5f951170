import { describe, expect, it } from 'vitest';
import { markdownDivergenceLimit, renderReportMarkdown } from '../../src/report/reportMarkdown.js';
import { renderReportHtml } from '../../src/report/reportHtml.js';
import { settleRun } from '../../src/run/runGate.js';
import { baselineOf } from '../../src/run/baselineComparison.js';
import { buildRunReport } from './runReportFixture.js';

describe('report.md', () => {
  it('says conforms when nothing diverged, and has no divergence section', () => {
    const report = buildRunReport();
    const md = renderReportMarkdown(settleRun({ ...report, divergences: [], properties: report.properties.map((p) => ({ ...p, verdict: 'holds', divergences: [] })) }).report);
    expect(md.split('\n')[0]).toBe('## ✅ `localstack` conforms: 2 properties hold');
    expect(md).not.toContain('### Findings');
  });

  it('caps the divergences it lists, pointing to the full reports', () => {
    const report = buildRunReport();
    const d = report.divergences[0]!;
    report.divergences = Array.from({ length: markdownDivergenceLimit + 3 }, (_, i) => ({ ...d, id: `d${i + 1}` }));
    const md = renderReportMarkdown(report);
    expect(md.match(/^#### d\d+:/gm)).toHaveLength(markdownDivergenceLimit);
    expect(md).toContain('_3 more findings in report.html and report.json._');
  });

  it('shows the baseline, naming new findings by operation and rule, and fixed entries as failing the run', () => {
    const raw = buildRunReport();
    const fp = raw.divergences[0]!.fingerprint;
    const d = raw.divergences[0]!;
    const content = baselineOf({ ...raw, divergences: ['00000000deadbeef', '2222222222222222', '1111111111111111'].map((fingerprint) => ({ ...d, fingerprint })) });
    const report = settleRun({ ...raw, rechecked: { '00000000deadbeef': 'fixed', '2222222222222222': 'confirmed', '1111111111111111': 'unchecked' } }, { baseline: { file: 'ci/baseline.json', content } }).report;
    const md = renderReportMarkdown(report);
    expect(md).toContain('### Baseline `ci/baseline.json`');
    expect(md).toContain('0 known, 1 new, 1 not hit but confirmed by their counterexample, 1 fixed, 1 not checked by this run.');
    expect(md).toContain(`- \`${fp}\` UpdateIntegration \`uri.http-endpoint\` (d1)`);
    expect(md).toContain('- `00000000deadbeef`');
    expect(md.split('\n')[0]).toBe('## ❌ `localstack` diverges: 1 finding fails the run; 1 baseline entry fixed (its counterexample now conforms): drop it from the baseline');
  });

  it('escapes markup and table breakers in text; code cannot be closed from inside', () => {
    const report = buildRunReport();
    report.properties[0]!.title = 'a | b <img src=x onerror=alert(1)> *bold*';
    report.divergences[0]!.replayCommand = 'echo ```; rm -rf /';
    const md = renderReportMarkdown(report);
    expect(md).toContain('a \\| b &lt;img src=x onerror=alert(1)&gt; \\*bold\\*');
    expect(md).toContain('````sh\necho ```; rm -rf /\n````');
  });
});

describe('report.html', () => {
  it('escapes report text everywhere, attributes included', () => {
    const report = buildRunReport();
    report.settings.target = '<b>"x"</b>';
    report.coverage[0]!.family = '"><script>alert(1)</script>';
    const html = renderReportHtml(report);
    expect(html).not.toContain('<b>"x"</b>');
    expect(html).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(html).not.toContain('"><script>');
    expect(html).toContain('title="replace &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;:');
  });

  it('draws the coverage matrix with family rows and op columns', () => {
    const html = renderReportHtml(buildRunReport());
    const header = /<table class="matrix"><thead><tr>(.*?)<\/tr><\/thead>/.exec(html)?.[1] ?? '';
    expect([...header.matchAll(/<th>(.*?)<\/th>/g)].map((m) => m[1])).toEqual(['path family', '<code>replace</code>', '<code>add</code>', '<code>remove</code>']);
    expect(html.match(/<tr><th><code>/g)).toHaveLength(4);
    expect(html).toContain('<td class="none" title="add /timeoutInMillis: 0 cases, 0 rejected, 0 divergences">0 / 0 / 0</td>');
  });
});
