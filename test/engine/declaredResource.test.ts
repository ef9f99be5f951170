/**
 * The declared-resource engine's blame: a target that departs from AWS on a declared resource is blamed
 * on the rule that decided the part it got wrong. The targets' answers here are written by hand, as an
 * emulator with that bug would answer.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/contract.js';
import { compareOutcomes } from '../../src/compare/compareOutcomes.js';
import { missingDeclared, putDeclared, updateDeclared } from '../../src/engine/declaredResource.js';
import type { DeclaredContext, ResourceValue } from '../../src/resources/declaration.js';
import { integrationResponse } from '../../src/resources/integrationResponse/integrationResponse.js';
import { method } from '../../src/resources/method/method.js';
import { methodResponse } from '../../src/resources/methodResponse/methodResponse.js';

const ctx = (params: Record<string, string> = {}): DeclaredContext => ({
  params: { restApiId: 'a1', resourceId: 'r1', httpMethod: 'GET', statusCode: '200', ...params },
  world: { exists: (kind, id) => kind === 'Model' && (id === 'Empty' || id === 'Error'), instances: () => [], resourcePath: () => '/' },
});
const blamed = (expected: ReturnType<typeof updateDeclared>, actual: Outcome) => compareOutcomes(expected, actual).blames.map((b) => b.rule.id);
const ok = (value: ResourceValue, status = 200): Outcome => ({ ok: true, status, value: value as never });
const error = (name: string, status: number, message: string): Outcome => ({ ok: false, error: { name, status, message } });

describe('UpdateMethodResponse', () => {
  const current = { statusCode: '200', responseParameters: { 'method.response.header.h': false } };

  it('answering 200 breaks the update answer rule (AWS answers 201)', () => {
    const e = updateDeclared(methodResponse, current, { patchOperations: [{ op: 'replace', path: '/responseParameters/method.response.header.h', value: 'true' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 201, value: { statusCode: '200', responseParameters: { 'method.response.header.h': true } } });
    expect(blamed(e, ok({ statusCode: '200', responseParameters: { 'method.response.header.h': true } }, 200))).toEqual(['method-response.update']);
  });

  it('a key stored with its ~1 left undecoded breaks the escape rule, not the value rule', () => {
    const e = updateDeclared(methodResponse, current, { patchOperations: [{ op: 'add', path: '/responseModels/application~1json', value: 'Empty' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 201, value: { ...current, responseModels: { 'application/json': 'Empty' } } });
    const raw = compareOutcomes(e, ok({ ...current, responseModels: { 'application~1json': 'Empty' } }, 201)).blames[0]!;
    expect(raw.rule.id).toBe('patch.pointer-escapes');
  });

  it('keeping an emptied map as {} breaks the emptied-map rule', () => {
    const e = updateDeclared(methodResponse, current, { patchOperations: [{ op: 'remove', path: '/responseParameters/method.response.header.h' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 201, value: { statusCode: '200' } });
    expect(blamed(e, ok({ statusCode: '200', responseParameters: {} }, 201))).toEqual(['method-response.map.emptied-disappears']);
  });

  it('a bad op and a bad status code are one ValidationException; a target that skips the key check breaks the key pattern rule', () => {
    const body = { patchOperations: [{ op: 'wrong_op', path: '/responseParameters/x', value: 'true' }] };
    const e = missingDeclared(methodResponse, body, { statusCode: 'wrong' });
    const opText = "Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]";
    const keyText = "Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d";
    expect(e.outcome).toEqual({ ok: false, error: { name: 'ValidationException', status: 400, message: `2 validation errors detected: ${opText}; ${keyText}` } });
    expect(blamed(e, error('ValidationException', 400, `1 validation error detected: ${opText}`))).toEqual(['status-code.pattern']);
    expect(blamed(e, error('ValidationException', 400, `2 validation errors detected: ${opText.replace('.1.', '.0.')}; ${keyText}`))).toEqual(['method-response.patch.op-enum']);
  });
});

describe('UpdateMethod', () => {
  const current = { httpMethod: 'OPTIONS', authorizationType: 'NONE', apiKeyRequired: false };

  it('an authorizerId kept on a NONE method breaks the rule that drops it', () => {
    const e = updateDeclared(method, current, { patchOperations: [{ op: 'replace', path: '/authorizerId', value: 'abc123' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 200, value: current });
    expect(blamed(e, ok({ ...current, authorizerId: 'abc123' }))).toEqual(['method.authorizer-id-dropped']);
  });

  it('a refused "whatever" for apiKeyRequired, in the target\'s own words, breaks the boolean reading', () => {
    const e = updateDeclared(method, current, { patchOperations: [{ op: 'replace', path: '/apiKeyRequired', value: 'whatever' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 200, value: current });
    expect(blamed(e, error('BadRequestException', 400, 'apiKeyRequired must be a boolean, got whatever'))).toEqual(['method.value.boolean']);
  });

  it('operations apply in list order: the last replace wins, and a target applying them last to first breaks the order', () => {
    const body = { patchOperations: [{ op: 'replace', path: '/authorizationType', value: 'AWS_IAM' }, { op: 'replace', path: '/authorizationType', value: 'NONE' }] };
    const e = updateDeclared(method, current, body, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 200, value: current });
    const reversed = compareOutcomes(e, ok({ ...current, authorizationType: 'AWS_IAM' })).blames[0]!;
    expect([reversed.rule.id, ...(reversed.alternatives ?? []).map((a) => a.rule.id)]).toContain('method.patch.ordered-all-or-nothing');
  });
});

describe('PutIntegrationResponse and UpdateIntegrationResponse', () => {
  it('a "" template is stored as null; a target that keeps "" breaks the template rule', () => {
    const put = putDeclared(integrationResponse, { responseTemplates: { 'application/json': '' }, selectionPattern: '' }, ctx());
    expect(put.outcome).toEqual({ ok: true, status: 201, value: { statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': null } } });
    const e = updateDeclared(integrationResponse, { statusCode: '200' }, { patchOperations: [{ op: 'add', path: '/responseTemplates/text~1plain', value: '' }] }, ctx());
    expect(e.outcome).toEqual({ ok: true, status: 200, value: { statusCode: '200', responseTemplates: { 'text/plain': null } } });
    expect(blamed(e, ok({ statusCode: '200', responseTemplates: { 'text/plain': '' } }))).toEqual(['integration-response.value.template']);
  });

  it('a response parameter mapped from nothing is refused, never stored as an empty entry', () => {
    const e = updateDeclared(integrationResponse, { statusCode: '200' }, { patchOperations: [{ op: 'add', path: '/responseParameters/method.response.header.X' }] }, ctx());
    expect(e.outcome.ok).toBe(false);
    expect(e.rules[0]!.id).toBe('integration-response.mapping-expression');
  });
});

describe('the edge sweep of every declared resource', () => {
  it('starts from a put the reference takes, so its patches are judged on a resource that exists', async () => {
    const { resourceRegistry } = await import('../../src/resources/registry.js');
    const { declaredResourceLifecycle } = await import('../../spec/properties/declaredResourceLifecycle.js');
    // The world a case sees once its set-up is made: the sandbox's tree (a root), its method, whatever it required.
    const root = { id: 'root0', path: '/' };
    const made: DeclaredContext['world'] = {
      exists: () => true,
      instances: (kind) => (kind === 'Resource' ? [{ params: { restApiId: 'a1', resourceId: root.id }, value: root }] : kind === 'Method' ? [{ params: { restApiId: 'a1', resourceId: 'r1', httpMethod: 'GET' }, value: {} }] : []),
      resourcePath: (id) => (id === root.id ? '/' : undefined),
    };
    for (const decl of resourceRegistry.filter((d) => d.rows.length > 0 && d.lifecycle.update && !d.singleton)) {
      const first = declaredResourceLifecycle(decl).sweep!()[0]!;
      const idMember = decl.lifecycle.put.idBodyMember ?? decl.lifecycle.put.idMember;
      const required = Object.fromEntries((decl.requires ?? []).filter((r) => r.into).map((r) => [r.into!, 'made0']));
      const body = { ...first.put, ...required, ...(idMember ? { [idMember]: first.key } : {}) };
      const made0 = putDeclared(decl, body, { ...ctx({ parentId: root.id, [decl.key]: first.key }), world: made });
      expect(made0.outcome.ok, `${decl.name}: ${JSON.stringify(made0.outcome)}`).toBe(true);
    }
  });
});
