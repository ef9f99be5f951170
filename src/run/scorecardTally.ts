/**
 * The parity scorecard as a run builds it: per rule, per path family and per operation, how many
 * checks exercised it, conformed, diverged, or could not run (the operation is not implemented).
 * A rule is exercised by a check whose expectation rests on it; it diverges when a finding of that
 * check blames it.
 */
import type { CaseRun } from '../../spec/properties/index.js';
import { pathFamilies as familiesOf } from './pathFamilies.js';
import { exercisedRules, type Expectation } from '../engine/expectation.js';
import type { Rule } from '../rules/defineRule.js';
import type { ScoreRow, Scorecard } from './runReport.js';

type Row = Omit<ScoreRow, 'id' | 'evidence'>;
const emptyRow = (): Row => ({ checked: 0, conforming: 0, diverging: 0, notImplemented: 0 });


export class ScorecardTally {
  /** Rows by rule id (merged reports know rules by id alone). */
  private readonly rules = new Map<string, Row & { evidence?: ScoreRow['evidence'] }>();
  private readonly families = new Map<string, Row>();
  private readonly operations = new Map<string, Row>();

  private static row<R extends Row>(map: Map<string, R>, key: string, fresh: () => R): R {
    let r = map.get(key);
    if (!r) map.set(key, (r = fresh()));
    return r;
  }

  private ruleRow(rule: Rule): Row {
    return ScorecardTally.row(this.rules, rule.id, () => ({ evidence: rule.provenance.evidence, ...emptyRow() }));
  }

  private plainRow(map: Map<string, Row>, key: string): Row {
    return ScorecardTally.row(map, key, emptyRow);
  }

  /** Declares rules the run is meant to exercise, so those it never did show with zero checks. */
  expect(rules: Iterable<Rule>): void {
    for (const r of rules) this.ruleRow(r);
  }

  add(run: CaseRun): void {
    for (const check of run.checks) {
      const blamed = new Set(check.comparison.blames.map((b) => b.rule));
      const conforms = check.comparison.conforms;
      for (const rule of new Set([...exercisedRules(check.expected), ...blamed])) {
        const r = this.ruleRow(rule);
        r.checked += 1;
        if (blamed.has(rule)) r.diverging += 1;
        else r.conforming += 1;
      }
      const touch = (r: Row) => {
        r.checked += 1;
        if (conforms) r.conforming += 1;
        else r.diverging += 1;
      };
      touch(this.plainRow(this.operations, check.operation));
      if (check.operation === 'UpdateIntegration') for (const f of familiesOf(check.body, check.expected.evaluated)) touch(this.plainRow(this.families, f));
    }
    const missing = run.notImplemented;
    if (missing) this.notRun(missing.operation, missing.expected, run.record.patches.at(-1));
  }

  private notRun(operation: string, expected: Expectation, body: unknown): void {
    this.plainRow(this.operations, operation).notImplemented += 1;
    for (const rule of exercisedRules(expected)) this.ruleRow(rule).notImplemented += 1;
    if (operation === 'UpdateIntegration') for (const f of familiesOf(body, expected.evaluated)) this.plainRow(this.families, f).notImplemented += 1;
  }

  /** Adds another report's scorecard (workers, shards), row by row. */
  merge(other: Scorecard): void {
    const add = (into: Row, from: ScoreRow) => {
      into.checked += from.checked;
      into.conforming += from.conforming;
      into.diverging += from.diverging;
      into.notImplemented += from.notImplemented;
    };
    for (const r of other.rules) add(ScorecardTally.row(this.rules, r.id, () => ({ ...(r.evidence ? { evidence: r.evidence } : {}), ...emptyRow() })), r);
    for (const r of other.families) add(this.plainRow(this.families, r.id), r);
    for (const r of other.operations) add(this.plainRow(this.operations, r.id), r);
  }

  toScorecard(): Scorecard {
    const sorted = <T extends { id: string }>(xs: T[]): T[] => xs.sort((a, b) => a.id.localeCompare(b.id));
    return {
      rules: sorted([...this.rules].map(([id, r]) => ({ id, ...r }))),
      families: sorted([...this.families].map(([id, r]) => ({ id, ...r }))),
      operations: sorted([...this.operations].map(([id, r]) => ({ id, ...r, conformance: r.checked > 0 ? Math.round((r.conforming / r.checked) * 1000) / 10 : null }))),
    };
  }
}
