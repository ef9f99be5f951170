/**
 * The executable specification: every conformance property holds for the reference implementation
 * behind the msw-mocked API Gateway, reached through the real SDK. Fixed seed; a failure prints the
 * seed, the path and the command that replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProperty } from '../src/run/runProperty.js';
import { propertySeed } from '../src/run/runSuite.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import type { TargetSession } from '../src/targets/target.js';
import { conformanceProperties } from './properties/index.js';

const seed = 20261126;
const runs = 100;
const target = new MswTarget();
let session: TargetSession;

beforeAll(async () => {
  [session] = (await target.open(1)) as [TargetSession];
});
afterAll(() => target.close());

describe('conformance properties against the reference behind msw', () => {
  for (const prop of conformanceProperties) {
    it(`${prop.id}: ${prop.title}`, async () => {
      // The same seed derivation as `run`, so the printed command replays the failure exactly.
      const out = await runProperty(prop, session, { seed: propertySeed(seed, prop.id), runs, apiCalls: () => target.calls });
      const f = out.finding;
      const why = f
        ? `diverged (seed ${f.seed}, path ${f.path}): replay with \`npx apigw-patch-conformance run --property ${prop.id} --seed ${seed} --path ${f.path}\`\n${JSON.stringify(f.run.divergence?.comparison.diffs)}`
        : '';
      expect(out.result.verdict, why).toBe('holds');
      expect(out.result.cases).toBe(runs);
    });
  }
});

describe("through msw's setupServer interception of Node's http stack (transport: 'intercept')", () => {
  it('every property holds too (a smaller budget: this transport is the slower one)', async () => {
    const intercepting = new MswTarget({ transport: 'intercept' });
    try {
      const [s] = (await intercepting.open(1)) as [TargetSession];
      for (const prop of conformanceProperties) {
        const out = await runProperty(prop, s, { seed: propertySeed(seed, prop.id), runs: 15, apiCalls: () => intercepting.calls });
        expect(out.result.verdict, `${prop.id}: ${JSON.stringify(out.finding?.run.divergence?.comparison.diffs)}`).toBe('holds');
      }
    } finally {
      await intercepting.close();
    }
  });
});
