/**
 * `self-check` reports what the issue asks of it: caught at the nightly budget and at the run's,
 * by the sweep or after how many random cases, blame outside a fault's rules, and a replay command
 * that replays the counterexample; a stateful fault (its own store) is checked like the others.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

interface Summary {
  faults: number;
  caught_at: Record<string, number>;
  survived: string[];
  survived_at_nightly_budget?: string[];
  misblamed: string[];
}

describe('self-check', () => {
  it('reports caught at --runs 20 and at the run budget, exit 0 when every fault is caught and rightly blamed', () => {
    const r = runCli(['self-check', '--fault', 'timeout-ceiling-exclusive', '--fault', 'delete-keeps-integration', '--runs', '30', '--seed', '2', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { summary, verdicts } = JSON.parse(r.stdout) as { summary: Summary; verdicts: { id: string; caughtBy: string[]; replay: string; bySweep: boolean }[] };
    expect(summary).toMatchObject({ faults: 2, caught_at: { '20': 2, '30': 2 }, survived: [], survived_at_nightly_budget: [], misblamed: [] });
    // The stateful fault is seen where only its store can show it: a Get or an Update after the delete.
    expect(verdicts.find((v) => v.id === 'delete-keeps-integration')!.caughtBy).toContain('model-based');
    expect(verdicts.find((v) => v.id === 'timeout-ceiling-exclusive')!.bySweep).toBe(true);
  });

  it("prints a replay command that replays the smallest counterexample: that one case catches the fault again", () => {
    const first = runCli(['self-check', '--fault', 'escape-tilde-zero-kept', '--runs', '20', '--seed', '3']);
    expect(first.code).toBe(0);
    const replay = /replay: npx apigw-patch-conformance (self-check .*)/.exec(first.stdout)![1]!;
    const again = runCli(replay.split(' ').map((w) => w.replace(/^'|'$/g, '')));
    expect(again.stdout).toMatch(/^caught {3}escape-tilde-zero-kept/m);
    expect(again.code).toBe(0);
  });
});
