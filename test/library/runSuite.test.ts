/** The library entry: runSuite checks the reference, an implementation object, a module path and any target, and answers the report object. */
import { describe, expect, it } from 'vitest';
import { EndpointTarget, runSuite, serve } from '../../src/index.js';
import booleanStrict from '../../src/selfCheck/faultyImplementations/booleanStrict.js';

const quick = { runs: 5, seed: 7, properties: ['update-matches-reference'], sweep: false } as const;
// The edge sweep catches a fault at once, whatever the seed.
const catching = { ...quick, sweep: true } as const;

describe('runSuite', () => {
  it('the reference conforms, and the report names its seed and properties', async () => {
    const report = await runSuite(quick);
    expect(report.verdict).toBe('conforms');
    expect(report.settings.seed).toBe(7);
    expect(report.properties.map((p) => p.id)).toEqual(['update-matches-reference']);
  });

  it('an implementation object with a fault diverges, blamed on the rule it breaks', async () => {
    const report = await runSuite({ ...catching, implementation: booleanStrict });
    expect(report.verdict).toBe('diverges');
    expect(report.divergences.map((d) => d.rules[0]!.id)).toContain('value.boolean');
    expect(report.gate.passed).toBe(false);
  });

  it('a module path loads like --implementation, and the replay command names it', async () => {
    const report = await runSuite({ ...catching, implementation: 'src/selfCheck/faultyImplementations/booleanStrict.ts' });
    expect(report.verdict).toBe('diverges');
    expect(report.divergences[0]!.replayCommand).toContain('--implementation src/selfCheck/faultyImplementations/booleanStrict.ts');
  });

  it('any target: an EndpointTarget at serve on loopback', async () => {
    const served = await serve({ seed: 3 });
    try {
      const report = await runSuite({ ...quick, target: new EndpointTarget({ endpoint: served.url, region: 'us-east-1', quotas: false }) });
      expect(report.verdict).toBe('conforms');
    } finally {
      await served.close();
    }
  });

  it('an implementation and a target together is a mistake said in one line', async () => {
    await expect(runSuite({ implementation: booleanStrict, target: new EndpointTarget({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1' }) })).rejects.toThrow(/not both/);
  });
});
