import type { PropertyResult, RunReport } from '../run/runReport.js';

/**
 * A failing property whose every divergence the baseline already knows: CI treats it as accepted,
 * so the human-facing reports say so rather than "failed" next to an exit code of 0.
 */
export function failsOnlyWithKnownDivergences(report: RunReport, p: PropertyResult): boolean {
  const known = new Set(report.baseline?.known ?? []);
  if (p.verdict !== 'fails' || known.size === 0) return false;
  const fingerprints = p.divergences.map((id) => report.divergences.find((d) => d.id === id)?.fingerprint);
  return fingerprints.length > 0 && fingerprints.every((fp) => fp !== undefined && known.has(fp));
}

/** The run matches its baseline: nothing new, nothing to drop from it. */
export function matchesBaseline(report: RunReport): boolean {
  const b = report.baseline;
  return b !== undefined && b.new.length === 0 && b.fixed.length === 0;
}
