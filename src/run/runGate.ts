/**
 * The one place that decides whether a run passes: which findings fail it (those whose deciding rule
 * has at least the --fail-on evidence, unless the baseline knows them or the expectations file
 * accepts them; crashes fail at every level) and whether baseline entries proved fixed fail it too.
 * The exit code and every report render the result, so they cannot disagree.
 */
import { evidenceLevels, type Evidence } from '../provenance.js';
import type { Divergence, FindingGate, RunGate, RunReport } from './runReport.js';

export interface GateOptions {
  failOn?: Evidence;
  /** Fingerprints the baseline lists. */
  known?: ReadonlySet<string>;
  /** Expectations file entries that accept a finding, by fingerprint. */
  expected?: ReadonlyMap<string, { reason: string; link: string }>;
  /** Baseline entries proved fixed. */
  fixed?: number;
}

/** True when a rule of this evidence fails a run gated at `failOn` (aws-recorded is the strongest). */
export function evidenceAtLeast(evidence: Evidence, failOn: Evidence): boolean {
  return evidenceLevels.indexOf(evidence) <= evidenceLevels.indexOf(failOn);
}

export function findingGate(d: Divergence, opts: GateOptions): FindingGate {
  const accepted = opts.expected?.get(d.fingerprint);
  if (accepted) return { failing: false, status: 'expected', reason: accepted.reason, link: accepted.link };
  if (opts.known?.has(d.fingerprint)) return { failing: false, status: 'known' };
  const evidence = d.rules[0]?.evidence ?? 'inferred';
  if (d.kind !== 'crash' && !evidenceAtLeast(evidence, opts.failOn ?? 'inferred')) return { failing: false, status: 'below-fail-on' };
  return { failing: true, status: 'fails' };
}

/** The report with every finding gated and the run's pass/fail set. */
export function gateReport(report: RunReport, opts: GateOptions): RunReport {
  const divergences = report.divergences.map((d) => ({ ...d, gate: findingGate(d, opts) }));
  const count = (status: FindingGate['status']) => divergences.filter((d) => d.gate.status === status).length;
  const fixed = opts.fixed ?? 0;
  const failing = count('fails');
  const gate: RunGate = {
    failOn: opts.failOn ?? 'inferred',
    passed: failing === 0 && fixed === 0 && !report.interrupted,
    failing,
    belowFailOn: count('below-fail-on'),
    known: count('known'),
    expected: count('expected'),
    fixed,
  };
  return { ...report, divergences, gate };
}
