/**
 * Combines the reports of shards (or workers) of one run into the data of the whole run. Pure. The
 * result is unsettled: the caller settles it (settleRun) with the whole run's --fail-on, --baseline
 * and --expectations. What the parts re-checked of the baseline travels as data (`rechecked`), so
 * the merged run's baseline comparison is made from the parts' results, not from their lists.
 */
import { combineRechecks } from './baselineComparison.js';
import { CoverageTally } from './coverageTally.js';
import type { UnsettledReport } from './runGate.js';
import type { Divergence, PropertyResult, PropertyVerdict, RunReport } from './runReport.js';
import { ScorecardTally } from './scorecardTally.js';

const verdictRank: Record<PropertyVerdict, number> = { holds: 0, skipped: 1, 'not-implemented': 2, fails: 3 };

export function mergeReports(parts: readonly (RunReport | UnsettledReport)[]): UnsettledReport {
  const [first] = parts;
  if (!first) throw new Error('nothing to merge');
  const coverage = new CoverageTally();
  const scorecard = new ScorecardTally();
  const properties = new Map<string, PropertyResult & { fingerprints: Set<string> }>();
  // One finding per fingerprint across parts: hits add up, the smallest counterexample is kept.
  const findings = new Map<string, Divergence>();
  const calls = new Map<string, { calls: number; weight: number }>();
  for (const part of parts) {
    coverage.merge(part.coverage);
    scorecard.merge(part.scorecard);
    const fingerprintOf = new Map(part.divergences.map((d) => [d.id, d.fingerprint] as const));
    for (const d of part.divergences) {
      const seen = findings.get(d.fingerprint);
      if (!seen) findings.set(d.fingerprint, d);
      else {
        // Sooner first; a finding only the edge sweep met (casesToDetection null) ranks after any random case.
        const soon = (x: Divergence): number => x.casesToDetection ?? Number.POSITIVE_INFINITY;
        const smaller = d.size < seen.size || (d.size === seen.size && soon(d) < soon(seen)) ? d : seen;
        findings.set(d.fingerprint, { ...smaller, hits: seen.hits + d.hits, properties: [...new Set([...seen.properties, ...d.properties])].sort() });
      }
    }
    for (const p of part.properties) {
      const seen = properties.get(p.id);
      const fps = p.divergences.map((id) => fingerprintOf.get(id) ?? id);
      properties.set(p.id, seen
        ? {
            ...seen,
            verdict: verdictRank[p.verdict] > verdictRank[seen.verdict] ? p.verdict : seen.verdict,
            cases: seen.cases + p.cases,
            rejectedCases: seen.rejectedCases + p.rejectedCases,
            divergingCases: seen.divergingCases + p.divergingCases,
            ...(seen.shrinkCases !== undefined || p.shrinkCases !== undefined ? { shrinkCases: (seen.shrinkCases ?? 0) + (p.shrinkCases ?? 0) } : {}),
            ...(seen.sweepCases !== undefined || p.sweepCases !== undefined ? { sweepCases: (seen.sweepCases ?? 0) + (p.sweepCases ?? 0) } : {}),
            ...(seen.lostAnswers !== undefined || p.lostAnswers !== undefined ? { lostAnswers: (seen.lostAnswers ?? 0) + (p.lostAnswers ?? 0) } : {}),
            apiCalls: seen.apiCalls + p.apiCalls,
            durationMs: Math.max(seen.durationMs, p.durationMs),
            fingerprints: new Set([...seen.fingerprints, ...fps]),
          }
        : { ...p, fingerprints: new Set(fps) });
      const c = calls.get(p.id) ?? { calls: 0, weight: 0 };
      calls.set(p.id, { calls: c.calls + (part.apiCalls.perCheckedCase[p.id] ?? 0) * p.cases, weight: c.weight + p.cases });
    }
  }
  const divergences = [...findings.values()].map((d, n) => ({ ...d, id: `d${n + 1}` }));
  const idOf = new Map(divergences.map((d) => [d.fingerprint, d.id] as const));
  const mergedProperties: PropertyResult[] = [...properties.values()].map(({ fingerprints, ...p }) => ({ ...p, divergences: [...fingerprints].map((fp) => idOf.get(fp) ?? fp) }));
  const started = parts.map((p) => p.startedAt).sort()[0]!;
  const finished = parts.map((p) => p.finishedAt).sort().at(-1)!;
  const notImplemented = new Map(parts.flatMap((p) => p.notImplemented).map((n) => [n.operation, n] as const));
  const { shard: _shard, ...settings } = first.settings;
  // A part's gate, baseline comparison and expectations say nothing about the whole run: the merged data is settled instead.
  const { baseline: _baseline, expectations: _expectations, gate: _gate, verdict: _verdict, rechecked: _rechecked, interrupted: _interrupted, unreachable: _unreachable, ...rest } = first;
  // Entries some part hit are findings of the whole run: what other parts re-checked of them no longer matters.
  const rechecked = parts.some((p) => p.rechecked)
    ? { rechecked: Object.fromEntries(Object.entries(combineRechecks(parts.map((p) => p.rechecked))).filter(([fp]) => !findings.has(fp))) }
    : {};
  return {
    ...rest,
    startedAt: started,
    finishedAt: finished,
    durationMs: Date.parse(finished) - Date.parse(started),
    settings: { ...settings, runs: parts.reduce((n, p) => n + p.settings.runs, 0), workers: parts.reduce((n, p) => n + p.settings.workers, 0) },
    runId: parts.map((p) => p.runId).join('+'),
    properties: mergedProperties,
    coverage: coverage.toArray(),
    scorecard: scorecard.toScorecard(),
    divergences,
    apiCalls: {
      total: parts.reduce((n, p) => n + p.apiCalls.total, 0),
      perCheckedCase: Object.fromEntries([...calls].map(([id, c]) => [id, c.weight ? Math.round((c.calls / c.weight) * 1000) / 1000 : 0])),
    },
    notImplemented: [...notImplemented.values()],
    // Any part stopped by a signal, or whose target went away, makes the whole run so: it never passes.
    ...(parts.some((p) => p.interrupted) ? { interrupted: true } : {}),
    ...(parts.some((p) => p.unreachable !== undefined) ? { unreachable: parts.find((p) => p.unreachable !== undefined)!.unreachable! } : {}),
    ...rechecked,
  };
}
