/**
 * A target that goes away mid-run (exit 3): the report says so, the gate does not pass, JUnit is red,
 * and the headline counts the selected properties that could not be checked, not only those that ran.
 */
import { describe, expect, it } from 'vitest';
import { renderJunitXml } from '../../src/report/junitXml.js';
import { renderReportMarkdown } from '../../src/report/reportMarkdown.js';
import { runVerdictText } from '../../src/report/runVerdictText.js';
import { runSuite } from '../../src/run/runSuite.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import { conformanceProperties } from '../../spec/properties/index.js';

describe('a target gone mid-run', () => {
  it('is settled as unreachable: never passes, JUnit fails, and the headline counts every selected property', async () => {
    // GetIntegration and the probe (GetRestApis) answer 503 every time: the third property, the first
    // to read an integration back, finds the target gone; the two before it held.
    const target = new MswTarget({ faults: { seed: 1, rate: 1, kinds: { unavailable: 1 }, operations: ['GetIntegration', 'GetRestApis'] }, retry: { maxAttempts: 2 } });
    const settings = { target: 'msw', runs: 5, seed: 1, workers: 1, properties: [] };
    try {
      const { report, unavailable } = await runSuite({ target, settings, replayCommand: () => '', cli: {} });
      expect(unavailable).toBeDefined();
      expect(report.properties.map((p) => [p.id, p.verdict])).toEqual([
        ['put-matches-reference', 'holds'],
        ['update-matches-reference', 'holds'],
        ['get-after-update', 'skipped'],
      ]);
      expect(report.unreachable).toMatch(/^GetIntegration failed after 2 attempts: 503/);
      expect(report.gate.passed).toBe(false);
      expect(report.verdict).toBe('incomplete');
      const all = conformanceProperties.length;
      expect(runVerdictText(report).headline).toMatch(new RegExp(`^msw unreachable \\(${all - 2} of ${all} properties could not be checked\\): GetIntegration failed after 2 attempts`));
      const junit = renderJunitXml(report);
      expect(junit).toMatch(/<testsuites [^>]*failures="1"/);
      expect(junit).toMatch(/<failure type="Unreachable" message="GetIntegration failed after 2 attempts/);
      // The two properties never reached are listed, as skipped.
      expect(junit).toContain('name="rejected-update-is-atomic: not run"');
      expect(junit).toContain('name="model-based: not run"');
      expect(renderReportMarkdown(report).split('\n')[0]).toContain(`## ❌ \`msw\` unreachable (${all - 2} of ${all} properties could not be checked)`);
      // The other resources' properties, after Integration's, are never reached either.
      expect(junit).toContain('name="method-lifecycle: not run"');
    } finally {
      await target.close();
    }
  }, 60_000);
});
