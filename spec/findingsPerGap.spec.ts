/**
 * A run spends its whole budget and reports every distinct gap of an implementation as its own
 * finding, each blamed on the rule it breaks: a generic JSON-patch emulator with several gaps at once
 * gets one finding per gap from one run (a run that stopped at its first counterexample named one).
 */
import { describe, expect, it } from 'vitest';
import { runSuite } from '../src/run/runSuite.js';
import { InProcessTarget } from '../src/targets/inProcessTarget.js';
import { jsonPatchEmulator } from '../test/fixtures/jsonPatchEmulator.js';

describe('a generic JSON-patch emulator, one run of 100 cases per property', () => {
  it('gets a finding for each of its gaps, blamed on the rule that gap breaks', async () => {
    const target = new InProcessTarget({ implementation: jsonPatchEmulator });
    const { report } = await runSuite({ target, settings: { target: 'json-patch', runs: 100, seed: 5, workers: 1, properties: [] }, replayCommand: () => '', cli: {} }).finally(() => target.close());
    const found = new Set(report.divergences.map((d) => (d.scope ? `${d.rules[0]!.id} at ${d.scope}` : d.rules[0]!.id)));
    const gaps: Record<string, string> = {
      'replace of a missing key upserts, remove of one succeeds': 'requestTemplates.missing-key',
      'the same for request parameters': 'requestParameters.missing-key',
      'cache-key paths are swallowed': 'path:/cacheKeyParameters/{key}',
      '/type is accepted': 'path:/type',
      '/passthroughBehavior changes nothing': 'path:/passthroughBehavior',
      'no timeout bounds': 'timeout.range',
      'unknown paths pass': 'patch.unknown-path',
      'replace without a value stores ""': 'value.invalid at /cacheNamespace',
      'an emptied map stays {}': 'map.emptied-disappears',
    };
    for (const [gap, rule] of Object.entries(gaps)) expect([...found], gap).toContain(rule);
    // Nothing of what the emulator gets right is blamed: PutIntegration is the reference's; it applies
    // operations in order and decodes escapes as RFC 6901 says. Every finding is one of its gaps.
    expect(report.divergences.filter((d) => d.operation === 'PutIntegration')).toEqual([]);
    const ofItsGaps = new Set([
      ...Object.values(gaps).map((g) => g.split(' at ')[0]!),
      // No value validation: any value, key, type or constraint goes; a non-string value crashes it.
      'value.invalid', 'value.integer', 'value.mapping-expression', 'requestTemplates.content-type', 'connection.vpc-link-needs-id', 'connection.vpc-link-http-only',
      'tls.http-only', 'transfer.stream-proxy-only', 'uri.valid-for-type', 'credentials.role-kept', 'integrationTarget.vpc-link-only', 'mock.no-uri', 'mock.no-httpMethod', 'wire.member-not-a-string', 'wire.type-mismatch', 'target.crash',
      // "" stored for a missing value, and cache-key ops swallowed whatever their value.
      'value.text', 'value.template', 'value.contentHandling', 'value.ignored', 'cacheKeyParameters.missing-key',
      // move, copy and test pass silently.
      'patch.unsupported-op',
    ]);
    expect(report.divergences.map((d) => d.rules[0]!.id).filter((r) => !ofItsGaps.has(r))).toEqual([]);
  });
});
