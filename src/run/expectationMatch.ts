/**
 * Expectations as data: divergences a team knows its implementation has, by rule id (and optionally
 * operation and rule-table path), each with the reason and a link. Pure: reading and checking the
 * file is src/report/expectations.ts's business.
 */
import type { Divergence, RunReport } from './runReport.js';

export const expectationsVersion = 1 as const;

export interface Expectation {
  rule: string;
  operation?: string;
  /** A rule-table path, e.g. `/requestTemplates/{key}`: the finding's counterexample addresses it. */
  path?: string;
  reason: string;
  link: string;
}

export interface ExpectationsFile {
  expectationsVersion: typeof expectationsVersion;
  expectations: Expectation[];
}

export function expectationMatches(x: Expectation, d: Divergence): boolean {
  return d.rules[0]?.id === x.rule && (x.operation === undefined || x.operation === d.operation) && (x.path === undefined || d.paths.includes(x.path));
}

/** The findings the file accepts (by fingerprint, with the first matching entry) and its stale entries. */
export function matchExpectations(file: ExpectationsFile, report: Pick<RunReport, 'divergences'>): { accepted: Map<string, Expectation>; matched: number; stale: Expectation[] } {
  const accepted = new Map<string, Expectation>();
  for (const d of report.divergences) {
    const x = file.expectations.find((e) => expectationMatches(e, d));
    if (x) accepted.set(d.fingerprint, x);
  }
  const used = file.expectations.filter((x) => report.divergences.some((d) => expectationMatches(x, d)));
  return { accepted, matched: used.length, stale: file.expectations.filter((x) => !used.includes(x)) };
}
