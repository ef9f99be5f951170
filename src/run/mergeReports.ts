/** Combines the reports of shards (or workers) of one run into the report of the whole run. Pure. */
import { CoverageTally } from './coverageTally.js';
import { interruptedReport, runVerdict, type Divergence, type PropertyResult, type PropertyVerdict, type RunReport } from './runReport.js';

const verdictRank: Record<PropertyVerdict, number> = { holds: 0, skipped: 1, 'not-implemented': 2, fails: 3 };

export function mergeReports(parts: readonly RunReport[]): RunReport {
  const [first] = parts;
  if (!first) throw new Error('nothing to merge');
  const coverage = new CoverageTally();
  const properties = new Map<string, PropertyResult>();
  const divergences: Divergence[] = [];
  const calls = new Map<string, { calls: number; weight: number }>();
  for (const part of parts) {
    coverage.merge(part.coverage);
    const renumber = new Map<string, string>();
    for (const d of part.divergences) {
      const id = `d${divergences.length + 1}`;
      renumber.set(d.id, id);
      divergences.push({ ...d, id });
    }
    for (const p of part.properties) {
      const seen = properties.get(p.id);
      const ids = p.divergences.map((d) => renumber.get(d) ?? d);
      properties.set(p.id, seen
        ? {
            ...seen,
            verdict: verdictRank[p.verdict] > verdictRank[seen.verdict] ? p.verdict : seen.verdict,
            cases: seen.cases + p.cases,
            rejectedCases: seen.rejectedCases + p.rejectedCases,
            apiCalls: seen.apiCalls + p.apiCalls,
            durationMs: Math.max(seen.durationMs, p.durationMs),
            divergences: [...seen.divergences, ...ids],
          }
        : { ...p, divergences: ids });
      const c = calls.get(p.id) ?? { calls: 0, weight: 0 };
      calls.set(p.id, { calls: c.calls + (part.apiCalls.perCheckedCase[p.id] ?? 0) * p.cases, weight: c.weight + p.cases });
    }
  }
  const started = parts.map((p) => p.startedAt).sort()[0]!;
  const finished = parts.map((p) => p.finishedAt).sort().at(-1)!;
  const notImplemented = new Map(parts.flatMap((p) => p.notImplemented).map((n) => [n.operation, n] as const));
  const { shard: _shard, ...settings } = first.settings;
  // A shard's baseline comparison says nothing about the whole run: compare the merged report instead.
  const { baseline: _baseline, ...rest } = first;
  const merged: RunReport = {
    ...rest,
    startedAt: started,
    finishedAt: finished,
    durationMs: Date.parse(finished) - Date.parse(started),
    settings: { ...settings, runs: parts.reduce((n, p) => n + p.settings.runs, 0), workers: parts.reduce((n, p) => n + p.settings.workers, 0) },
    runId: parts.map((p) => p.runId).join('+'),
    verdict: runVerdict([...properties.values()], divergences.length),
    properties: [...properties.values()],
    coverage: coverage.toArray(),
    divergences,
    apiCalls: {
      total: parts.reduce((n, p) => n + p.apiCalls.total, 0),
      perCheckedCase: Object.fromEntries([...calls].map(([id, c]) => [id, c.weight ? Math.round((c.calls / c.weight) * 1000) / 1000 : 0])),
    },
    notImplemented: [...notImplemented.values()],
  };
  // Any part stopped by a signal makes the whole run interrupted: never "conforms".
  return parts.some((p) => p.interrupted) ? interruptedReport(merged) : merged;
}
