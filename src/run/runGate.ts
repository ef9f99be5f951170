/**
 * The one place that decides whether a run passes. `settleRun` is the entry point every report goes
 * through (a run in this process, its partial report on a signal, the merge of workers or shards):
 * which findings fail it (those whose deciding rule has at least the --fail-on evidence, unless the
 * baseline knows them or the expectations file accepts them; crashes fail at every level), whether
 * baseline entries proved fixed fail it too, and whether the run got to the end at all (an
 * interrupted run, or one whose target went away, never passes). The exit code and every report
 * render the result, so they cannot disagree.
 */
import { evidenceLevels, type Evidence } from '../provenance.js';
import { baselineOf, compareWithBaselineEntries, updatedBaseline, type BaselineFile } from './baselineComparison.js';
import { matchExpectations, type ExpectationsFile } from './expectationMatch.js';
import { selectedPropertyIds } from './selectedProperties.js';
import { runVerdict, type Divergence, type FindingGate, type RunGate, type RunReport, type RunVerdict } from './runReport.js';

/** What decides the gate besides the run's own data: the flags --fail-on, --baseline and --expectations. */
export interface SettleInputs {
  /** --fail-on (default inferred: every finding fails). */
  failOn?: Evidence;
  /** --baseline: the file as given, its content, and whether this run also rewrites it (--write-baseline to the same file). */
  baseline?: { file: string; content: BaselineFile; updates?: boolean };
  /** --expectations: the file as given and its content. */
  expectations?: { file: string; content: ExpectationsFile };
}

/**
 * A run's data before it is settled: what the target did, with the facts that bear on the gate
 * (`interrupted`, `unreachable`, `rechecked`). A settled report may be given too: its gate, baseline
 * comparison and expectations are recomputed.
 */
export type UnsettledReport = Omit<RunReport, 'gate' | 'baseline' | 'expectations' | 'verdict'> & Partial<Pick<RunReport, 'gate' | 'baseline' | 'expectations' | 'verdict'>>;

export interface SettledRun {
  /** The report every writer renders and the exit code reads (`gate.passed`). */
  report: RunReport;
  /** The baseline this run would write (--write-baseline): the given baseline brought up to date, or this run's findings. */
  nextBaseline: BaselineFile;
}

/** True when a rule of this evidence fails a run gated at `failOn` (aws-recorded is the strongest). */
export function evidenceAtLeast(evidence: Evidence, failOn: Evidence): boolean {
  return evidenceLevels.indexOf(evidence) <= evidenceLevels.indexOf(failOn);
}

interface GateOptions {
  failOn: Evidence;
  known: ReadonlySet<string>;
  expected: ReadonlyMap<string, { reason: string; link: string }>;
}

function findingGate(d: Divergence, opts: GateOptions): FindingGate {
  const accepted = opts.expected.get(d.fingerprint);
  if (accepted) return { failing: false, status: 'expected', reason: accepted.reason, link: accepted.link };
  if (opts.known.has(d.fingerprint)) return { failing: false, status: 'known' };
  const evidence = d.rules[0]?.evidence ?? 'inferred';
  if (d.kind !== 'crash' && !evidenceAtLeast(evidence, opts.failOn)) return { failing: false, status: 'below-fail-on' };
  return { failing: true, status: 'fails' };
}

/** What the target did: never "conforms" when a selected property was not checked, or the run did not get to its end. */
function settledVerdict(raw: UnsettledReport): RunVerdict {
  const verdict = runVerdict(raw.properties, raw.divergences.length);
  if (verdict !== 'conforms') return verdict;
  const ran = new Set(raw.properties.map((p) => p.id));
  const unreached = selectedPropertyIds(raw.settings).some((id) => !ran.has(id));
  return raw.interrupted || raw.unreachable !== undefined || unreached || raw.properties.length === 0 ? 'incomplete' : 'conforms';
}

/**
 * The run's findings against the baseline, the expectations and --fail-on: the gated report (what the
 * exit code and every report say) and the baseline this run would write.
 */
export function settleRun(raw: UnsettledReport, inputs: SettleInputs = {}): SettledRun {
  const failOn = inputs.failOn ?? 'inferred';
  const { gate: _gate, baseline: _baseline, expectations: _expectations, verdict: _verdict, ...data } = raw;
  let known = new Set<string>();
  let fixed = 0;
  let nextBaseline = baselineOf(data);
  let baseline: RunReport['baseline'];
  if (inputs.baseline) {
    const { file, content, updates = false } = inputs.baseline;
    const cmp = compareWithBaselineEntries(data, content.divergences, data.rechecked ?? {});
    // Whatever file it goes to, the written baseline is the given one brought up to date: entries
    // confirmed or not checked by this run stay, fixed ones go, new findings come in.
    nextBaseline = updatedBaseline(content, data, cmp);
    // An updated baseline lists every finding of this run and none of the fixed: the run settles.
    known = new Set((updates ? nextBaseline : content).divergences.map((e) => e.fingerprint));
    fixed = updates ? 0 : cmp.fixed.length;
    baseline = { file, ...cmp, ...(updates ? { updated: true } : {}) };
  }
  let expected = new Map<string, { reason: string; link: string }>();
  let expectations: RunReport['expectations'];
  if (inputs.expectations) {
    const m = matchExpectations(inputs.expectations.content, data);
    expected = m.accepted;
    expectations = { file: inputs.expectations.file, matched: m.matched, stale: m.stale };
  }
  const divergences = data.divergences.map((d) => ({ ...d, gate: findingGate(d, { failOn, known, expected }) }));
  const count = (status: FindingGate['status']) => divergences.filter((d) => d.gate.status === status).length;
  const failing = count('fails');
  const gate: RunGate = {
    failOn,
    // A run that did not get to its end (a signal, the target gone) never passes: what it did not check may fail.
    passed: failing === 0 && fixed === 0 && !data.interrupted && data.unreachable === undefined,
    failing,
    belowFailOn: count('below-fail-on'),
    known: count('known'),
    expected: count('expected'),
    fixed,
  };
  const report: RunReport = {
    ...data,
    settings: { ...data.settings, failOn },
    verdict: settledVerdict(raw),
    divergences,
    ...(baseline ? { baseline } : {}),
    ...(expectations ? { expectations } : {}),
    gate,
  };
  return { report, nextBaseline };
}
