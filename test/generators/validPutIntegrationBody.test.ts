import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidPutIntegrationBody, putIntegrationBody, validPutIntegrationBody } from '../../generators/index.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { integrationTypes } from '../../src/rules/integration.js';
import { sandboxContext as ctx } from './sandboxContext.js';

describe('validPutIntegrationBody', () => {
  it('is always accepted by the reference', () => {
    fc.assert(
      fc.property(validPutIntegrationBody, (body) => {
        const { outcome } = putIntegration(body, ctx);
        expect(outcome, JSON.stringify(body)).toMatchObject({ ok: true, status: 201 });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('covers every type, VPC links, STREAM, MOCK bodies carrying a uri, and the timeout bounds', () => {
    const bodies = fc.sample(validPutIntegrationBody, { seed: 42, numRuns: 1000 });
    expect(new Set(bodies.map((b) => b.type))).toEqual(new Set(integrationTypes));
    expect(bodies.some((b) => b.connectionType === 'VPC_LINK' && b.connectionId)).toBe(true);
    expect(bodies.some((b) => b.responseTransferMode === 'STREAM' && (b.timeoutInMillis ?? 0) > 29000)).toBe(true);
    expect(bodies.some((b) => b.type === 'MOCK' && b.uri !== undefined)).toBe(true);
    for (const t of [50, 29000]) expect(bodies.some((b) => b.timeoutInMillis === t)).toBe(true);
    expect(bodies.some((b) => Object.keys(b.requestTemplates ?? {}).some((k) => k.includes('~')))).toBe(true);
    expect(bodies.some((b) => Object.keys(b.requestTemplates ?? {}).some((k) => k.includes('+')))).toBe(true);
    expect(bodies.some((b) => Object.values(b.requestTemplates ?? {}).includes(''))).toBe(true);
  });
});

describe('putIntegrationBody', () => {
  it('yields accepted and rejected bodies, mostly accepted', () => {
    const outcomes = fc.sample(putIntegrationBody, { seed: 42, numRuns: 500 }).map((b) => putIntegration(b, ctx).outcome);
    const accepted = outcomes.filter((o) => o.ok).length;
    expect(accepted).toBeGreaterThan(350);
    expect(accepted).toBeLessThan(450);
  });

  it('breaks every invalid body in a way the reference rejects, across exception classes', () => {
    const names = new Set<string>();
    fc.assert(
      fc.property(invalidPutIntegrationBody, (body) => {
        const { outcome } = putIntegration(body, ctx);
        expect(outcome.ok, JSON.stringify(body)).toBe(false);
        if (!outcome.ok) names.add(outcome.error.name);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(names).toEqual(new Set(['BadRequestException', 'ValidationException', 'SerializationException']));
  });
});
