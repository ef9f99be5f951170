/** The package's public entry points resolve by name inside the checkout, as the README promises. */
import { describe, expect, it } from 'vitest';
import { integrationRules, referenceImplementation, updateIntegration } from 'apigw-patch-conformance';
import { updateCase } from 'apigw-patch-conformance/generators';
import { createControlPlane } from 'apigw-patch-conformance/mock';

describe('package exports', () => {
  it('the main entry exports the reference, the engine and the rule table', async () => {
    const ctx = { restApiId: 'a', resourceId: 'r', httpMethod: 'GET' };
    const put = await referenceImplementation.putIntegration({ type: 'MOCK' }, ctx);
    expect(put).toMatchObject({ ok: true, status: 201, value: { type: 'MOCK', cacheNamespace: 'r' } });
    expect(updateIntegration(put.ok ? put.value : {}, { patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '1000' }] }, ctx).rules.map((r) => r.id)).toContain('path:/timeoutInMillis');
    expect(integrationRules.length).toBeGreaterThan(10);
  });
  it('./generators and ./mock resolve', () => {
    expect(typeof updateCase.generate).toBe('function');
    expect(createControlPlane().handlers.length).toBeGreaterThan(5);
  });
});
