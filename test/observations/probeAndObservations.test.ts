/**
 * probe, then run --observations: against a target that plays AWS and differs from the reference only
 * on an inferred rule (a missing template answers 400 in its own words, where the reference infers
 * 404), the run diverges without the observations and agrees with them at several seeds; the same
 * observations do not hide a real fault. Runs are child processes: observations change the rules of
 * the process that applies them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationImplementation, Outcome } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import booleanStrict from '../../src/selfCheck/faultyImplementations/booleanStrict.js';
import { oneLineError, runCli, runCliAsync } from '../cli/runCli.js';

const awsWords = (o: Outcome): Outcome =>
  !o.ok && o.error.message === 'Content-Type specified was not found' ? { ok: false, error: { name: 'BadRequestException', status: 400, message: 'Invalid mapping expression specified: no such template' } } : o;
/** Plays AWS: the reference, but for one inferred rule. */
const awsLike: IntegrationImplementation = {
  putIntegration: (b, c) => referenceImplementation.putIntegration(b, c),
  updateIntegration: async (cur, b, c) => awsWords(await referenceImplementation.updateIntegration(cur, b, c)),
};
/** The same, with a real fault besides. */
const awsLikeWithFault: IntegrationImplementation = {
  putIntegration: (b, c) => booleanStrict.putIntegration(b, c),
  updateIntegration: async (cur, b, c) => awsWords(await booleanStrict.updateIntegration(cur, b, c)),
};

const tmp = mkdtempSync(join(tmpdir(), 'observations-'));
const file = join(tmp, 'observations.json');
let aws: ServedControlPlane;
let faulty: ServedControlPlane;
const run = (url: string, seed: number, ...extra: string[]) =>
  runCliAsync(['run', '--endpoint-url', url, '--property', 'update-matches-reference', '--runs', '40', '--edge-sweep', 'off', '--seed', String(seed), '--report-dir', join(tmp, `r-${Math.random().toString(36).slice(2)}`), ...extra]);

beforeAll(async () => {
  aws = await serve({ implementation: awsLike });
  faulty = await serve({ implementation: awsLikeWithFault });
});
afterAll(async () => {
  await aws.close();
  await faulty.close();
});

describe('probe and observations', () => {
  it('probe writes the answers that decide inferred rules: the one the target words otherwise is contradicted', async () => {
    const r = await runCliAsync(['probe', '--endpoint-url', aws.url, '--resource', 'Integration', '--runs', '1', '--out', file]);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { version: number; observations: Array<{ rule: string; verdict: string; observed: Outcome }> };
    expect(written.version).toBe(1);
    const contradicted = written.observations.filter((o) => o.verdict === 'contradicted');
    expect(contradicted.map((o) => o.rule)).toEqual(['requestTemplates.missing-key']);
    expect(contradicted[0]!.observed).toEqual({ ok: false, error: { name: 'BadRequestException', status: 400, message: 'Invalid mapping expression specified: no such template' } });
    expect(written.observations.length).toBeGreaterThan(20);
    // What no case reached is said, not silently dropped.
    expect(Array.isArray((written as { unreached?: unknown }).unreached)).toBe(true);
    expect(r.stdout).toMatch(/\d+ not reached by any case \(listed in the file\)/);
  });

  it('without the observations the run diverges; with them it agrees at several seeds, and a real fault is still found', async () => {
    // Child processes, side by side.
    const [without, ...withObservations] = await Promise.all([run(aws.url, 3), ...[3, 4, 5].map((seed) => run(aws.url, seed, '--observations', file)), run(faulty.url, 3, '--observations', file)]);
    expect(without!.code).toBe(1);
    const withFault = withObservations.pop()!;
    expect(withObservations.map((r) => r.code)).toEqual([0, 0, 0]);
    // The report says which rules the observations decided and which contradicted the shipped reference.
    expect(withObservations[0]!.stdout).toMatch(/^observations \(.+\): \d+ rules decided by them, 1 contradicting the shipped rule \(requestTemplates.missing-key\)$/m);
    expect(withFault.code).toBe(1);
  });

  it('a bad observations file is one line naming the file and the entry, before anything runs', () => {
    const written = JSON.parse(readFileSync(file, 'utf8')) as { version: number; observations: Array<Record<string, unknown>> };
    const cases: Array<[string, unknown, RegExp]> = [
      ['version', { ...written, version: 9 }, /version 9; this version of the suite reads version 1/],
      ['member', { ...written, observations: [{ ...written.observations[0], verdict: undefined }] }, /observation 1 \(.+\): verdict must be confirmed or contradicted/],
      ['rule', { ...written, observations: [{ ...written.observations[0], rule: 'no.such-rule' }] }, /observation 1: unknown rule no.such-rule/],
    ];
    for (const [name, content, message] of cases) {
      const bad = join(tmp, `bad-${name}.json`);
      writeFileSync(bad, JSON.stringify(content));
      const r = runCli(['run', '--runs', '1', '--observations', bad]);
      expect(r.code, name).toBe(2);
      expect(oneLineError(r)).toMatch(message);
    }
  });
});
