/** Properties of the reference engine itself (no target involved), with fixed seeds. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Integration } from '../../src/contract.js';
import { escapePointer } from '../../src/engine/escapePointer.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { integrationRules } from '../../src/rules/integration.js';
import { patchOpEnum } from '../../src/rules/patchOperations.js';
import { aws, ctx, http, mock, patch } from './fixtures.js';

const states = fc.constantFrom<Integration>(http, aws, mock);
const anyOp = fc.record(
  {
    op: fc.oneof(fc.constantFrom(...patchOpEnum), fc.string()),
    path: fc.oneof(fc.constantFrom('/timeoutInMillis', '/requestTemplates/text~1plain', '/requestParameters/integration.request.header.X-Trace-Id', '/cacheKeyParameters/method.request.path.proxy', '/uri', '/type', '/x'), fc.string()),
    value: fc.oneof(fc.string(), fc.constantFrom('49', '50', '29000', '29001', 'true', 'VPC_LINK')),
  },
  { requiredKeys: ['op'] },
);

describe('engine properties', () => {
  test.prop([states, fc.array(anyOp, { maxLength: 5 })], { seed: 1001, numRuns: 400 })('a rejected patch changes nothing, and no patch mutates its input', (state, ops) => {
    const before = structuredClone(state);
    const out = updateIntegration(state, patch(...ops), ctx).outcome;
    expect(state).toEqual(before);
    if (!out.ok) expect(out.error.status).toBeGreaterThanOrEqual(400);
  });

  test.prop([fc.string({ minLength: 1 }).filter((s) => !s.includes("'")), fc.string()], { seed: 1002, numRuns: 300 })('add then remove of a template key restores the map', (sub, template) => {
    const key = `application/${sub.replace(/[^A-Za-z0-9.+-]/g, '') || 'x'}`;
    if (key in (http.requestTemplates ?? {})) return;
    const path = `/requestTemplates/${escapePointer(key)}`;
    const out = updateIntegration(http, patch({ op: 'add', path, value: template }, { op: 'remove', path }), ctx).outcome;
    expect(out).toMatchObject({ ok: true, value: { requestTemplates: http.requestTemplates } });
  });

  it('add then remove of the only key makes the map disappear (emptied maps are absent)', () => {
    const out = updateIntegration(aws, patch({ op: 'add', path: '/requestParameters/integration.request.header.A', value: "'a'" }, { op: 'remove', path: '/requestParameters/integration.request.header.A' }), ctx).outcome;
    expect(out.ok && out.value).not.toHaveProperty('requestParameters');
  });

  test.prop([states, fc.jsonValue()], { seed: 1003, numRuns: 500 })('never throws on any JSON body (update)', (state, body) => {
    const out = updateIntegration(state, body, ctx).outcome;
    expect(typeof out.ok).toBe('boolean');
  });

  test.prop([fc.jsonValue()], { seed: 1004, numRuns: 500 })('never throws on any JSON body (put)', (body) => {
    expect(typeof putIntegration(body, ctx).outcome.ok).toBe('boolean');
  });

  test.prop([states, fc.dictionary(fc.constantFrom('op', 'path', 'value', 'from', 'extra'), fc.jsonValue(), { maxKeys: 5 })], { seed: 1005, numRuns: 500 })(
    'never throws on operations with arbitrary member types',
    (state, op) => {
      expect(typeof updateIntegration(state, { patchOperations: [op] }, ctx).outcome.ok).toBe('boolean');
    },
  );

  const tablePath = fc.constantFrom(...integrationRules.map((r) => r.pattern.replace('{key}', 'text~1plain')));
  test.prop([states, fc.constantFrom(...patchOpEnum), tablePath, fc.jsonValue()], { seed: 1006, numRuns: 1000 })(
    'never throws whatever JSON value reaches any row of the table',
    (state, op, path, value) => {
      expect(typeof updateIntegration(state, { patchOperations: [{ op, path, value }] }, ctx).outcome.ok).toBe('boolean');
    },
  );
});

describe('patch validation order and path forms', () => {
  const err = (state: Integration, ...ops: Parameters<typeof patch>) => {
    const out = updateIntegration(state, patch(...ops), ctx).outcome;
    return out.ok ? null : out.error;
  };
  it('the op enum is checked before paths: a bad op after a bad path still gives the ValidationException', () => {
    expect(err(http, { op: 'add', path: '/nope' }, { op: 'bogus', path: '/timeoutInMillis' })?.name).toBe('ValidationException');
  });
  it('move, copy and test are in the enum but not supported on any Integration path', () => {
    for (const op of ['move', 'copy', 'test']) expect(err(http, { op, path: '/requestTemplates/text~1plain', from: '/requestTemplates/application~1json' })).toMatchObject({ name: 'BadRequestException', message: 'Invalid patch operation specified. Must be one of: [add, remove, replace]' });
  });
  it('a wrong op on a scalar path lists only replace', () => {
    expect(err(http, { op: 'add', path: '/timeoutInMillis', value: '100' })?.message).toBe('Invalid patch operation specified. Must be one of: [replace]');
  });
  it('whole-map, empty, trailing-slash, relative and malformed-escape paths are unknown paths', () => {
    for (const path of ['/requestTemplates', '/requestParameters', '/tlsConfig', '/cacheKeyParameters', '', '/', '/timeoutInMillis/', '//timeoutInMillis', 'timeoutInMillis', '/requestTemplates/application~2json', '/requestTemplates/a~']) {
      expect(err(http, { op: 'replace', path, value: 'x' }), path).toMatchObject({ name: 'BadRequestException', message: `Invalid patch path ${path}` });
    }
  });
  it('a missing path reads "Invalid patch path null"', () => {
    expect(err(http, { op: 'replace', value: 'x' })?.message).toBe('Invalid patch path null');
  });
  it('~0 and ~1 address keys holding ~ and /', () => {
    const out = updateIntegration(aws, patch({ op: 'add', path: '/requestTemplates/application~1vnd.a~0b+json', value: 't' }), ctx).outcome;
    expect(out).toMatchObject({ ok: true, value: { requestTemplates: { 'application/vnd.a~b+json': 't' } } });
  });
  it('all-or-nothing: an error in the last op discards the earlier ones', () => {
    expect(err(http, { op: 'replace', path: '/timeoutInMillis', value: '100' }, { op: 'replace', path: '/nope', value: 'x' })?.message).toBe('Invalid patch path /nope');
  });
  it('the timeout range is checked on the patched integration: 49 and 29001 fail, 50 and 29000 pass; STREAM allows 900000', () => {
    const t = (v: string, on: Integration = http) => updateIntegration(on, patch({ op: 'replace', path: '/timeoutInMillis', value: v }), ctx).outcome.ok;
    expect([t('49'), t('50'), t('29000'), t('29001')]).toEqual([false, true, true, false]);
    expect(t('900000', { ...http, type: 'HTTP_PROXY', responseTransferMode: 'STREAM' })).toBe(true);
  });
  it('a non-numeric timeout is a BadRequestException', () => {
    for (const v of ['abc', '', '1e3', ' 99', '99.5']) expect(err(http, { op: 'replace', path: '/timeoutInMillis', value: v })?.name, v).toBe('BadRequestException');
  });
  it('insecureSkipVerification: "true" is true, any other string is false without error', () => {
    const out = updateIntegration(http, patch({ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'yes' }), ctx).outcome;
    expect(out).toMatchObject({ ok: true, value: { tlsConfig: { insecureSkipVerification: false } } });
  });
  it('a template added with "" is the passthrough template, null', () => {
    const out = updateIntegration(aws, patch({ op: 'add', path: '/requestTemplates/application~1json', value: '' }), ctx).outcome;
    expect(out).toMatchObject({ ok: true, value: { requestTemplates: { 'application/json': null } } });
  });
  it('a non-string value is a SerializationException before anything else', () => {
    const out = updateIntegration(http, { patchOperations: [{ op: 'bogus', path: '/timeoutInMillis', value: true }] }, ctx).outcome;
    expect(out).toMatchObject({ ok: false, error: { name: 'SerializationException', message: 'class java.lang.Boolean can not be converted to an String' } });
  });
  it('no patchOperations at all is a no-op answering the integration', () => {
    expect(updateIntegration(http, {}, ctx).outcome).toEqual({ ok: true, status: 200, value: http });
  });
});

describe('null members', () => {
  it('a null value reads as no value (Coral treats null members as absent)', () => {
    const asNull = updateIntegration(http, { patchOperations: [{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: null }] }, ctx).outcome;
    const absent = updateIntegration(http, patch({ op: 'replace', path: '/tlsConfig/insecureSkipVerification' }), ctx).outcome;
    expect(asNull).toEqual(absent);
    expect(updateIntegration(http, { patchOperations: [{ op: 'replace', path: '/cacheNamespace', value: null }] }, ctx).outcome).toMatchObject({ ok: false, error: { name: 'BadRequestException' } });
  });
});
