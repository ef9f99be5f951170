/**
 * `replay`: runs the counterexamples recorded in a report.json again (against the same target or
 * another) and says, per divergence, whether it still diverges (exit 1), now conforms (exit 0), or
 * cannot be checked because the target does not implement an operation the case needs (exit 3:
 * nothing was shown either way, as when the target is unreachable).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { selectProperties } from '../run/runSuite.js';
import type { Divergence, RunReport } from '../run/runReport.js';
import { validateReport } from '../report/reportSchema.js';
import { diffText } from '../report/differenceText.js';
import { findingHits } from '../run/findingHits.js';
import { ruleLabel } from '../report/runVerdictText.js';
import type { FieldDiff } from '../run/runReport.js';
import { chooseTarget, targetOptions, type TargetFlags } from './targetFlags.js';
import { withTargetSession } from './withTargetSession.js';
import { UsageError } from './usageError.js';
import { observationsFromFlags } from './observationsFlag.js';

export const replayUsage = 'apigw-patch-conformance replay --report DIR/report.json [--divergence ID] [target flags as for run]';

export function readReport(path: string, label = '--report'): RunReport {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'report.json') : path;
  if (!existsSync(file)) throw new UsageError(`${label} ${path}: no such file; point it at a report.json written by \`run\` (e.g. reports/latest/report.json)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${label} ${file}: not valid JSON (${(e as Error).message.split('\n')[0]}); use the report.json a run wrote`);
  }
  const problems = validateReport(json);
  if (problems.length > 0) throw new UsageError(`${label} ${file}: not a report.json of schema version 2 (${problems[0]}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''})`);
  return json as RunReport;
}

export const replayFlags = { ...targetOptions, report: { type: 'string' }, divergence: { type: 'string' }, observations: { type: 'string', multiple: true } } as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * With no target flags, the target the report was recorded against: replaying a faulty target's
 * divergence against the reference would always "conform" and prove nothing.
 */
/** The flags that say which system to talk to; the others (region, profile, faults) only tune it. */
const targetChoosingFlags = ['target', 'endpoint-url', 'implementation', 'allow-account'] as const;

export function choosesTarget(given: TargetFlags): boolean {
  return targetChoosingFlags.some((k) => given[k] !== undefined);
}

function recordedTargetFlags(given: TargetFlags, report: RunReport): TargetFlags {
  if (choosesTarget(given)) return given;
  const s = report.settings;
  if (s.target.startsWith('aws')) throw new UsageError(`the report was recorded against ${s.target}: pass --target aws --allow-account ID (and --region) to replay there`);
  if (s.endpoint) {
    if (s.endpoint.includes('[REDACTED]')) throw new UsageError('the report\'s endpoint was masked: pass --endpoint-url URL to replay there');
    return { ...given, 'endpoint-url': s.endpoint };
  }
  return s.implementation ? { ...given, implementation: s.implementation } : given;
}

export async function replayCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: replayFlags });
  if (!values.report) throw new UsageError('replay needs --report FILE (the report.json of a run, e.g. reports/latest/report.json)');
  await observationsFromFlags(values.observations);
  const report = readReport(values.report);
  let chosen: Divergence[] = report.divergences;
  if (values.divergence) {
    chosen = report.divergences.filter((d) => d.id === values.divergence || d.fingerprint === values.divergence);
    if (chosen.length === 0) throw new UsageError(`--divergence ${values.divergence}: not in ${values.report}; it has ${report.divergences.map((d) => d.id).join(', ') || 'no divergences'}`);
  }
  if (chosen.length === 0) {
    process.stdout.write(`${values.report} records no divergence: nothing to replay\n`);
    return 0;
  }
  const choice = chooseTarget(recordedTargetFlags(values, report));
  if (!choosesTarget(values)) {
    process.stdout.write(`replaying against ${choice.label}, the report's own target (pass target flags to replay elsewhere)\n`);
  }
  let still = 0;
  let unchecked = 0;
  await withTargetSession(choice, async (session) => {
    for (const d of chosen) {
      const [prop] = selectProperties([d.property]);
      const run = await prop!.run(session, prop!.fromRecord(d.counterexample));
      const hits = findingHits(run);
      const same = hits.find((h) => h.fingerprint === d.fingerprint);
      if (same) {
        still += 1;
        process.stdout.write(`${d.id} (${d.operation}, ${ruleLabel(d)}) still diverges on ${choice.label}:\n`);
        for (const f of same.blame.diffs) process.stdout.write(`  ${diffLine(f)}\n`);
      } else if (hits.length > 0) {
        still += 1;
        process.stdout.write(`${d.id} (${d.operation}, ${ruleLabel(d)}) no longer shows on ${choice.label}, but its case diverges otherwise:\n`);
        for (const h of hits) process.stdout.write(`  ${h.identity.operation} ${h.identity.rule}: ${h.blame.diffs.map(diffLine).join('; ')}\n`);
      } else if (run.notImplemented) {
        // The case stopped at a call the target lacks: that proves nothing about the finding.
        unchecked += 1;
        process.stdout.write(`${d.id} (${d.operation}, ${ruleLabel(d)}) cannot be checked on ${choice.label}: not implemented (${run.notImplemented.error.message})\n`);
      } else process.stdout.write(`${d.id} (${d.operation}, ${ruleLabel(d)}) now conforms on ${choice.label}\n`);
    }
  });
  return still > 0 ? 1 : unchecked > 0 ? 3 : 0;
}

/** One differing member in words; a success where an error was due (or the reverse) says both outcomes. */
function diffLine(f: FieldDiff): string {
  return diffText(f, 'got', false);
}
