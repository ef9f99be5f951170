/**
 * The suite raises no false alarm: every conformance property, edge sweep and random cases, holds for
 * the reference implementation behind the msw-mocked API Gateway, reached through the real SDK, and
 * each property did call every operation it checks (a property that never reads back would hold
 * vacuously). So the properties, the generators' bodies, the SDK's serialization both ways, the mock's
 * routes and store, and the comparison agree with the reference on every case they draw.
 *
 * What this does not prove: that the reference is AWS (the recorded-answer tests under test/engine
 * check that), nor that a fault is found and rightly blamed (spec/faultDetection*.spec.ts, with
 * stateful faults whose store the read-back properties do reach). Fixed seed; a failure prints the
 * seed, the path and the command that replays it, with the differences it found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProperty, type PropertyRun } from '../src/run/runProperty.js';
import { propertySeed } from '../src/run/runSuite.js';
import { ScorecardTally } from '../src/run/scorecardTally.js';
import { MswTarget } from '../src/targets/mswTarget.js';
import type { TargetSession } from '../src/targets/target.js';
import { conformanceProperties, resourceOf } from './properties/index.js';

const seed = 20261126;
// With the edge sweep before them, 50 random cases per property.
const runs = 30;
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
      const scorecard = new ScorecardTally();
      const out = await runProperty(prop, session, { seed: propertySeed(seed, prop.id), runs, apiCalls: () => target.calls, scorecard });
      expect(out.result.verdict, why(out, prop.id)).toBe('holds');
      expect(out.result.cases).toBe(runs);
      const checked = new Map(scorecard.toScorecard().operations.map((o) => [o.id, o.checked]));
      for (const operation of prop.operations) expect(checked.get(operation) ?? 0, `${prop.id} never checked ${operation}`).toBeGreaterThan(runs / 10);
    });
  }
});

describe("through msw's setupServer interception of Node's http stack (transport: 'intercept')", () => {
  it("Integration's properties and a declared resource's hold too (random cases only: the transport is what is checked)", async () => {
    const intercepting = new MswTarget({ transport: 'intercept' });
    try {
      const [s] = (await intercepting.open(1)) as [TargetSession];
      // The transport is shared by every declared resource's routes: one of them (with keys in its URI) stands for all.
      for (const prop of conformanceProperties.filter((p) => ['Integration', 'MethodResponse', 'Stage'].includes(resourceOf(p)))) {
        const out = await runProperty(prop, s, { seed: propertySeed(seed, prop.id), runs: 15, sweep: false, apiCalls: () => intercepting.calls });
        expect(out.result.verdict, why(out, prop.id)).toBe('holds');
      }
    } finally {
      await intercepting.close();
    }
  });
});
