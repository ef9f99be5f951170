/**
 * Over 2000 UpdateIntegration cases (seed 42): every cell of the rule table is reached, and every
 * row is seen both accepted and rejected by the reference (except /type, which accepts no op).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyOperation, updateCase } from '../../generators/index.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { integrationRules } from '../../src/rules/integration.js';
import { patchOpEnum } from '../../src/rules/patchOperations.js';
import { sandboxContext as ctx } from './sandboxContext.js';

interface Tally {
  cells: Map<string, number>;
  outcomes: Map<string, { accepted: number; rejected: number }>;
}

const cell = (family: string, op: string): string => `${family} x ${op}`;

function tallyCases(numRuns: number): Tally {
  const cells = new Map<string, number>();
  const outcomes = new Map<string, { accepted: number; rejected: number }>();
  for (const c of fc.sample(updateCase, { seed: 42, numRuns })) {
    const put = putIntegration(c.put, ctx).outcome;
    if (!put.ok) throw new Error(`put rejected: ${JSON.stringify(c.put)}`);
    const accepted = updateIntegration(put.value, c.patch, ctx).outcome.ok;
    const families = new Set<string>();
    for (const op of c.patch.patchOperations) {
      const k = classifyOperation(op);
      cells.set(cell(k.family, k.op), (cells.get(cell(k.family, k.op)) ?? 0) + 1);
      families.add(k.family);
    }
    for (const f of families) {
      const o = outcomes.get(f) ?? { accepted: 0, rejected: 0 };
      if (accepted) o.accepted++;
      else o.rejected++;
      outcomes.set(f, o);
    }
  }
  return { cells, outcomes };
}

describe('patch sequences over 2000 cases', () => {
  let t: Tally;
  beforeAll(() => {
    t = tallyCases(2000);
  });

  it.each(integrationRules.flatMap((r) => r.ops.map((op) => [r.pattern, op] as const)))('reach %s x %s often', (pattern, op) => {
    expect(t.cells.get(cell(pattern, op)) ?? 0).toBeGreaterThanOrEqual(20);
  });

  it.each(integrationRules.map((r) => [r.pattern] as const))('send %s an op it does not allow', (pattern) => {
    const row = integrationRules.find((r) => r.pattern === pattern)!;
    const disallowed = [...patchOpEnum.filter((op) => !row.ops.includes(op)), 'outside-enum', 'missing'];
    expect(disallowed.some((op) => (t.cells.get(cell(pattern, op)) ?? 0) > 0)).toBe(true);
  });

  it('send every enum op where it is not allowed, ops outside the enum and missing ops', () => {
    for (const op of [...patchOpEnum, 'outside-enum', 'missing']) {
      const disallowing = integrationRules.filter((r) => !(r.ops as readonly string[]).includes(op));
      const reached = disallowing.filter((r) => (t.cells.get(cell(r.pattern, op)) ?? 0) > 0);
      expect(reached.length, op).toBeGreaterThanOrEqual(Math.min(3, disallowing.length));
    }
  });

  it.each(['unknown', 'whole-map', 'escape:malformed', 'empty-or-trailing', 'missing-path', 'not-an-object'])('reach the %s family', (family) => {
    const n = [...t.cells].filter(([k]) => k.startsWith(`${family} x `)).reduce((s, [, v]) => s + v, 0);
    expect(n).toBeGreaterThanOrEqual(5);
  });

  it.each(integrationRules.filter((r) => r.ops.length > 0).map((r) => [r.pattern] as const))('see %s both accepted and rejected', (pattern) => {
    const o = t.outcomes.get(pattern);
    expect(o?.accepted ?? 0).toBeGreaterThan(0);
    expect(o?.rejected ?? 0).toBeGreaterThan(0);
  });

  it('never see /type accepted (the table allows no op on it)', () => {
    expect(t.outcomes.get('/type')).toMatchObject({ accepted: 0 });
  });
});
