import type { CoverageCell } from './runReport.js';

/** Counts cases per (path family x op): how many, how many the reference rejects, how many diverged. */
export class CoverageTally {
  private readonly cells = new Map<string, CoverageCell>();

  /** A cell the run is meant to reach: listed with zero cases until it is, so gaps show. */
  expect(family: string, op: string): void {
    const key = `${family}\u0000${op}`;
    if (!this.cells.has(key)) this.cells.set(key, { family, op, cases: 0, rejected: 0, divergences: 0 });
  }

  add(family: string, op: string, rejected: boolean, diverged: boolean): void {
    const key = `${family}\u0000${op}`;
    const cell = this.cells.get(key) ?? { family, op, cases: 0, rejected: 0, divergences: 0 };
    cell.cases += 1;
    if (rejected) cell.rejected += 1;
    if (diverged) cell.divergences += 1;
    this.cells.set(key, cell);
  }

  merge(other: readonly CoverageCell[]): void {
    for (const c of other) {
      const key = `${c.family}\u0000${c.op}`;
      const cell = this.cells.get(key) ?? { family: c.family, op: c.op, cases: 0, rejected: 0, divergences: 0 };
      cell.cases += c.cases;
      cell.rejected += c.rejected;
      cell.divergences += c.divergences;
      this.cells.set(key, cell);
    }
  }

  toArray(): CoverageCell[] {
    return [...this.cells.values()].sort((a, b) => a.family.localeCompare(b.family) || a.op.localeCompare(b.op));
  }
}
