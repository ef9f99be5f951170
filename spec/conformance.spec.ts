/**
 * The executable specification: every conformance property holds for the reference implementation
 * behind the msw-mocked API Gateway, reached through the real SDK. Fixed seed; a failure prints the
 * seed, the path and the command that replays it, with the differences it found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProperty, type PropertyRun } from '../src/run/runProperty.js';
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

/** Each finding with the command that replays its shrunk case. */
function why(out: PropertyRun, property: string): string {
  return [...out.ledger.entries.values()]
    .map((e) => `${e.hit.identity.operation} ${e.hit.blame.rule.id}: replay with \`npx apigw-patch-conformance run --property ${property} --seed=${seed} --path ${e.path}\`\n${JSON.stringify(e.hit.blame.diffs)}`)
    .join('\n');
}

describe('conformance properties against the reference behind msw', () => {
  for (const prop of conformanceProperties) {
    it(`${prop.id}: ${prop.title}`, async () => {
      // The same seed derivation as `run`, so the printed command replays the failure exactly.
      const out = await runProperty(prop, session, { seed: propertySeed(seed, prop.id), runs, apiCalls: () => target.calls });
      expect(out.result.verdict, why(out, prop.id)).toBe('holds');
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
        expect(out.result.verdict, why(out, prop.id)).toBe('holds');
      }
    } finally {
      await intercepting.close();
    }
  });
});
