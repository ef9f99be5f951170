/**
 * `probe`: settles what the reference infers by asking a target (a real account, through the aws
 * target with all its safety). It runs the edge sweep and a few random cases of the selected
 * resources, and for every rule below aws-recorded (or whose wording is inferred) keeps the first
 * answer that decides it: confirmed where the target answered as the rule says, contradicted (with
 * the exception, status and text observed) where it did not. The observations file is written
 * atomically; `run --observations FILE` then follows it.
 */
import { rename, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CheckedCall } from '../../spec/properties/index.js';
import { rejectionArguments, type Rule } from '../rules/defineRule.js';
import { observationsVersion, type Observation, type ObservationsFile } from '../observations/observationsFile.js';
import { runSuite } from '../run/runSuite.js';
import { toolVersion } from '../run/toolVersion.js';
import { chooseTarget, targetOptions } from './targetFlags.js';
import { integerFlag } from './integerFlag.js';
import { propertiesFor, realAccountProperties } from './resourceFlag.js';
import { conformanceProperties, resourceOf } from '../../spec/properties/index.js';
import { rulesByResource } from '../rules/ruleCatalogue.js';
import { describeTargetFailure } from './targetFailure.js';
import { UsageError } from './usageError.js';

export const probeUsage = 'apigw-patch-conformance probe [target flags] --out FILE [--resource NAME]... [--allow-resource NAME]... [--rule ID]... [--runs 10] [--seed 1]';

export const probeFlags = {
  ...targetOptions,
  out: { type: 'string' },
  resource: { type: 'string', multiple: true },
  'allow-resource': { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  runs: { type: 'string' },
  seed: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Rules a real account can settle: not recorded against AWS, or recorded with inferred wording. */
const unsettled = (r: Rule) => r.provenance.evidence !== 'aws-recorded' || r.provenance.textInferred === true;

export async function probeCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: probeFlags });
  if (!values.out) throw new UsageError('probe needs --out FILE: where the observations go (JSON)');
  const choice = chooseTarget(values);
  const runs = integerFlag('--runs', values.runs, 10, 1);
  const seed = integerFlag('--seed', values.seed, 1, -(2 ** 31));
  const asked = new Set(values.rule ?? []);
  const found = new Map<string, Observation>();
  const observe = (check: CheckedCall) => {
    const expected = check.expected;
    // The rule that decided the answer: the one that raised an error, or, for a success, those behind it.
    const deciding = expected.outcome.ok ? expected.rules : expected.rules.slice(0, 1);
    const broken = new Set(check.comparison.blames.map((b) => b.rule));
    for (const rule of deciding) {
      if (asked.size > 0 ? !asked.has(rule.id) : !unsettled(rule)) continue;
      const verdict = check.comparison.conforms || !broken.has(rule) ? 'confirmed' : 'contradicted';
      const had = found.get(rule.id);
      // A contradiction is decisive; otherwise the first answer stands.
      if (had && (had.verdict === 'contradicted' || verdict === 'confirmed')) continue;
      const args = expected.outcome.ok ? undefined : rejectionArguments(expected.outcome.error);
      found.set(rule.id, {
        rule: rule.id,
        verdict,
        request: { operation: check.operation, ...(check.body !== undefined ? { body: check.body } : {}) },
        expected: expected.outcome,
        observed: check.actual,
        ...(args ? { args: args.map((a) => (typeof a === 'function' ? undefined : a)) } : {}),
      });
    }
  };
  // On a real account, as for run: resources that need an opt-in are left out without one.
  let only = propertiesFor([], values.resource ?? []);
  if (choice.kind === 'aws') {
    const real = realAccountProperties(only, values.resource ?? [], values['allow-resource'] ?? []);
    for (const line of real.skipped) process.stderr.write(`${line}\n`);
    only = real.properties;
  }
  const target = await choice.build(`probe-${Date.now().toString(36)}`);
  try {
    await runSuite({
      target,
      settings: { target: choice.label, runs, seed, workers: 1, properties: [] },
      only,
      replayCommand: () => '',
      cli: { region: choice.region },
      observe,
    });
  } catch (e) {
    throw describeTargetFailure(e, choice.label) ?? e;
  } finally {
    await target.close().catch(() => undefined);
  }
  // The rules it was after that no case reached: said, so a reader knows what is still open.
  // Of the resources probed (a real account's opt-in ones left out unless allowed).
  const probed = new Set(conformanceProperties.filter((p) => only.length === 0 || only.includes(p.id)).map(resourceOf));
  const wanted = rulesByResource()
    .filter((g) => probed.has(g.resource))
    .flatMap((g) => g.rules)
    .filter((r) => (asked.size > 0 ? asked.has(r.id) : unsettled(r)));
  const unreached = [...new Set(wanted.map((r) => r.id))].filter((id) => !found.has(id)).sort();
  const file: ObservationsFile = { version: observationsVersion, tool: toolVersion, target: { kind: choice.kind, label: choice.label, region: choice.region }, date: new Date().toISOString(), observations: [...found.values()].sort((a, b) => a.rule.localeCompare(b.rule)), unreached };
  // Written whole or not at all.
  const partial = join(dirname(values.out), `.${basename(values.out)}.partial`);
  await writeFile(partial, `${JSON.stringify(file, null, 2)}\n`);
  await rename(partial, values.out);
  const contradicted = file.observations.filter((o) => o.verdict === 'contradicted');
  process.stdout.write(`${file.observations.length} rules observed on ${choice.label}: ${file.observations.length - contradicted.length} confirmed, ${contradicted.length} contradicted${contradicted.length ? ` (${contradicted.map((o) => o.rule).join(', ')})` : ''}; ${unreached.length} not reached by any case (listed in the file)\nobservations: ${values.out}\n`);
  return 0;
}
