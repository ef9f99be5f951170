/**
 * A realistic RunReport, built by hand: two properties (one holds, one fails), one divergence
 * citing an aws-recorded and an inferred rule, a coverage matrix with reached, unreached and
 * diverging cells, and an operation the target does not implement. `variant` changes every
 * generated value (ids, keys, numbers) the way a different seed would, without changing what the
 * divergence is; `plantSecrets` hides fake credentials wherever a real run could leak them.
 */
import { awsCliCommand } from '../../src/report/awsCliCommand.js';
import { fingerprintOf } from '../../src/run/findingKey.js';
import { settleRun } from '../../src/run/runGate.js';
import type { Outcome } from '../../src/contract.js';
import type { Divergence, RunReport } from '../../src/run/runReport.js';

export const fakeSecrets = {
  accessKeyId: 'AKIAQWERTYUIOPASDFGH',
  tempAccessKeyId: 'ASIAZXCVBNMLKJHGFDSA',
  secretAccessKey: 'wJalrXUtnFEMIxK7MDENGxbPxRfiCYFAKESECRET',
  sessionToken: 'FwoGZXIvYXdzEJrFAKESESSIONTOKENaDFAKEFAKEFAKE0123456789abcdefGHIJ==',
  securityToken: 'IQoJb3JpZ2luX2VjEFAKESECURITYTOKEN0123456789',
  urlPassword: 'hunter2-s3cret',
  urlUser: 'ci-deploy-bot',
  sigV4Signature: 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
  presignSignature: 'b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5',
} as const;

export interface FixtureOptions {
  variant?: number;
  plantSecrets?: boolean;
}

export function buildRunReport({ variant = 1, plantSecrets = false }: FixtureOptions = {}): RunReport {
  const restApiId = `a${(variant * 7919).toString(36).padStart(9, '0')}`;
  const resourceId = `r${(variant * 104729).toString(36).slice(0, 6)}`;
  const headerKey = `integration.request.header.X-Gen-${variant.toString(36)}`;
  const ctx = { restApiId, resourceId, httpMethod: 'POST' };
  const badUri = `not a url ${variant}`;
  const template = plantSecrets
    ? `<script>alert("t${variant}")</script> Authorization: AWS4-HMAC-SHA256 Credential=${fakeSecrets.accessKeyId}/20261126/us-east-1/apigateway/aws4_request, SignedHeaders=host;x-amz-date, Signature=${fakeSecrets.sigV4Signature}`
    : `<script>alert("t${variant}")</script>`;

  const put: Record<string, unknown> = {
    type: 'HTTP',
    httpMethod: 'GET',
    uri: `https://example.com/items/${variant}`,
    requestParameters: { [headerKey]: 'method.request.header.X-Trace-Id' },
    requestTemplates: { 'application/json': template },
    timeoutInMillis: 1000 + variant,
  };
  if (plantSecrets) put['secretAccessKey'] = fakeSecrets.secretAccessKey;
  const patch = {
    patchOperations: [
      { op: 'replace', path: '/uri', value: badUri },
      { op: 'add', path: `/requestParameters/${headerKey}`, value: plantSecrets ? fakeSecrets.tempAccessKeyId : "'static'" },
    ],
  };

  const expectedError = { name: 'BadRequestException', status: 400, message: 'Invalid HTTP endpoint specified for URI' };
  const expected: Outcome = { ok: false, error: expectedError };
  const actual: Outcome = plantSecrets
    ? {
        ok: false,
        error: {
          name: 'UnrecognizedClientException',
          status: 403,
          message: `The security token included in the request is invalid. sessionToken=${fakeSecrets.sessionToken} x-amz-security-token: ${fakeSecrets.securityToken}`,
        },
      }
    : { ok: true, status: 200, value: { type: 'HTTP', httpMethod: 'GET', uri: badUri, timeoutInMillis: 1000 + variant, requestParameters: { [headerKey]: "'static'" } } };
  const fieldDiffs = [
    { path: '/ok', expected: false, actual: true },
    { path: '/error', expected: expectedError, actual: undefined },
    { path: `/value/requestParameters/${headerKey}`, expected: undefined, actual: "'static'" },
  ];
  const rules = [
    {
      id: 'uri.http-endpoint',
      summary: 'HTTP and HTTP_PROXY need an absolute http(s) URL',
      evidence: 'aws-recorded' as const,
      source: 'LocalStack test_apigateway_integrations.py#test_put_integration_validation (recorded against AWS)',
      messageChecked: true,
    },
    {
      id: 'uri.valid-for-type',
      summary: 'a patched uri passes the same checks as PutIntegration (uri.* rules)',
      evidence: 'inferred' as const,
      source: 'the recorded PutIntegration checks most likely guard UpdateIntegration too',
      messageChecked: false,
    },
  ];
  const seed = 1000 + variant;
  const secretEnv = plantSecrets ? `AWS_SECRET_ACCESS_KEY=${fakeSecrets.secretAccessKey} ` : '';
  const divergence: Divergence = {
    fingerprint: fingerprintOf({ operation: 'UpdateIntegration', rule: rules[0]!.id, expected: 'BadRequestException', actual: plantSecrets ? 'UnrecognizedClientException' : 'accepted' }),
    id: 'd1',
    property: 'update-matches-reference',
    properties: ['update-matches-reference'],
    operation: 'UpdateIntegration',
    kind: 'difference',
    expectedKind: 'BadRequestException',
    actualKind: plantSecrets ? 'UnrecognizedClientException' : 'accepted',
    paths: ['/requestParameters/{key}', '/uri'],
    hits: 2 + variant,
    step: 0,
    counterexample: { put, patches: [patch], ctx },
    expected,
    actual,
    fieldDiffs,
    rules,
    seed,
    path: `${variant}:0:1`,
    replayCommand: `${secretEnv}npx apigw-patch-conformance replay --report reports/latest/report.json --divergence d1`,
    awsCliCommand:
      awsCliCommand(ctx, patch) +
      (plantSecrets
        ? ` # https://bucket.s3.amazonaws.com/o?X-Amz-Credential=${fakeSecrets.tempAccessKeyId}%2F20261126&X-Amz-Signature=${fakeSecrets.presignSignature}&X-Amz-Security-Token=${fakeSecrets.securityToken}`
        : ''),
    size: 2,
    casesToDetection: 3 + variant,
  };

  return settleRun({
    schemaVersion: 2,
    tool: { name: 'apigw-patch-conformance', version: '0.1.0' },
    runId: `run-${variant}`,
    startedAt: '2026-11-26T21:30:05.123Z',
    finishedAt: '2026-11-26T21:30:17.456Z',
    durationMs: 12333,
    settings: {
      target: 'localstack',
      endpoint: plantSecrets ? `https://${fakeSecrets.urlUser}:${fakeSecrets.urlPassword}@localhost.localstack.cloud:4566` : 'http://localhost:4566',
      runs: 100,
      seed,
      workers: 2,
      properties: ['put-matches-reference', 'update-matches-reference'],
    },
    verdict: 'diverges',
    properties: [
      { id: 'put-matches-reference', title: 'PutIntegration answers as the reference', verdict: 'holds', cases: 100, rejectedCases: 37, divergingCases: 0, apiCalls: 100, durationMs: 4100, seed, divergences: [] },
      { id: 'update-matches-reference', title: 'UpdateIntegration answers as the reference', verdict: 'fails', cases: 100, rejectedCases: 2, divergingCases: 2 + variant, apiCalls: 200, durationMs: 8200, seed, divergences: ['d1'] },
    ],
    coverage: [
      { family: '/uri', op: 'replace', cases: 31, rejected: 12, divergences: 1 },
      { family: '/uri', op: 'add', cases: 9, rejected: 9, divergences: 0 },
      { family: '/timeoutInMillis', op: 'replace', cases: 28, rejected: 5, divergences: 0 },
      { family: '/timeoutInMillis', op: 'add', cases: 0, rejected: 0, divergences: 0 },
      { family: '/requestParameters/{key}', op: 'add', cases: 44, rejected: 3, divergences: 0 },
      { family: '/requestParameters/{key}', op: 'remove', cases: 17, rejected: 17, divergences: 0 },
      { family: 'unknown', op: 'replace', cases: 12, rejected: 12, divergences: 0 },
    ],
    scorecard: {
      rules: [
        { id: 'uri.http-endpoint', evidence: 'aws-recorded', checked: 40, conforming: 38, diverging: 2, notImplemented: 0 },
        { id: 'timeout.range', evidence: 'user-quote', checked: 28, conforming: 28, diverging: 0, notImplemented: 3 },
      ],
      families: [{ id: '/uri', checked: 40, conforming: 38, diverging: 2, notImplemented: 0 }],
      operations: [
        { id: 'PutIntegration', checked: 200, conforming: 200, diverging: 0, notImplemented: 0, conformance: 100 },
        { id: 'UpdateIntegration', checked: 100, conforming: 98 - variant, diverging: 2 + variant, notImplemented: 0, conformance: 98 - variant },
        { id: 'GetIntegration', checked: 0, conforming: 0, diverging: 0, notImplemented: 5, conformance: null },
      ],
    },
    divergences: [divergence],
    apiCalls: { total: 300, perCheckedCase: { 'update-matches-reference': 2, 'put-matches-reference': 1 } },
    notImplemented: [{ operation: 'GetIntegration', detail: 'the target answered 501 on GET /restapis/{id}/resources/{id}/methods/{verb}/integration' }],
  }).report;
}
