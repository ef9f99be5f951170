/**
 * Each row of the Integration rule table, accepted and rejected. Expected answers are written from
 * the research note (AWS's behaviour), not taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { Integration } from '../../src/contract.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { integrationRules } from '../../src/rules/integration.js';
import { patchOpEnum } from '../../src/rules/patchOperations.js';
import { aws, awsProxy, ctx, http, httpProxy, mock, patch } from './fixtures.js';

type Op = { op: string; path?: string; value?: string; from?: string };
interface RowCase {
  pattern: string;
  /** None for a row that allows no op (/type): it refuses every op of the enum instead. */
  accept?: { on: Integration; ops: Op[]; expect: Partial<Integration> | ((i: Integration) => void) };
  reject: { on: Integration; ops: Op[]; name: string; status: number; message?: string };
}

const run = (on: Integration, ops: Op[]) => updateIntegration(on, patch(...ops), ctx).outcome;

const rows: RowCase[] = [
  {
    pattern: '/cacheKeyParameters/{key}',
    accept: { on: http, ops: [{ op: 'add', path: '/cacheKeyParameters/method.request.querystring.page', value: '' }], expect: { cacheKeyParameters: ['method.request.path.proxy', 'method.request.querystring.page'] } },
    reject: { on: http, ops: [{ op: 'remove', path: '/cacheKeyParameters/method.request.header.nope' }], name: 'NotFoundException', status: 404 },
  },
  {
    pattern: '/cacheNamespace',
    accept: { on: http, ops: [{ op: 'replace', path: '/cacheNamespace', value: 'ns1' }], expect: { cacheNamespace: 'ns1' } },
    reject: { on: http, ops: [{ op: 'add', path: '/cacheNamespace', value: 'ns1' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/connectionId',
    accept: { on: { ...http, connectionType: 'VPC_LINK', connectionId: 'abc' }, ops: [{ op: 'replace', path: '/connectionId', value: '${stageVariables.vpcLinkIdBeta}' }], expect: { connectionId: '${stageVariables.vpcLinkIdBeta}' } },
    reject: { on: { ...http, connectionType: 'VPC_LINK', connectionId: 'abc' }, ops: [{ op: 'replace', path: '/connectionId', value: '' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/connectionType',
    accept: { on: http, ops: [{ op: 'replace', path: '/connectionId', value: 'vl1' }, { op: 'replace', path: '/connectionType', value: 'VPC_LINK' }], expect: { connectionType: 'VPC_LINK', connectionId: 'vl1' } },
    reject: { on: http, ops: [{ op: 'replace', path: '/connectionType', value: 'VPC_LINK' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/contentHandling',
    accept: { on: { ...http, contentHandling: 'CONVERT_TO_TEXT' }, ops: [{ op: 'replace', path: '/contentHandling', value: '' }], expect: (i) => expect(i).not.toHaveProperty('contentHandling') },
    reject: { on: http, ops: [{ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_JSON' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/credentials',
    accept: { on: aws, ops: [{ op: 'replace', path: '/credentials', value: 'arn:aws:iam::123456789012:role/r' }], expect: { credentials: 'arn:aws:iam::123456789012:role/r' } },
    reject: { on: aws, ops: [{ op: 'remove', path: '/credentials' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/httpMethod',
    accept: { on: http, ops: [{ op: 'replace', path: '/httpMethod', value: 'ANY' }], expect: { httpMethod: 'ANY' } },
    reject: { on: mock, ops: [{ op: 'replace', path: '/httpMethod', value: 'GET' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/integrationTarget',
    accept: { on: { ...http, connectionType: 'VPC_LINK', connectionId: 'vl2' }, ops: [{ op: 'replace', path: '/integrationTarget', value: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c' }], expect: { integrationTarget: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c' } },
    reject: { on: http, ops: [{ op: 'add', path: '/integrationTarget', value: 'x' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/passthroughBehavior',
    accept: { on: http, ops: [{ op: 'replace', path: '/passthroughBehavior', value: 'WHEN_NO_TEMPLATES' }], expect: { passthroughBehavior: 'WHEN_NO_TEMPLATES' } },
    reject: { on: http, ops: [{ op: 'replace', path: '/passthroughBehavior', value: 'when_no_match' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/requestParameters/{key}',
    accept: { on: http, ops: [{ op: 'add', path: '/requestParameters/integration.request.querystring.page', value: 'method.request.querystring.page' }], expect: { requestParameters: { ...http.requestParameters, 'integration.request.querystring.page': 'method.request.querystring.page' } } },
    reject: { on: http, ops: [{ op: 'replace', path: '/requestParameters/integration.request.header.Nope', value: "'x'" }], name: 'NotFoundException', status: 404, message: 'Invalid parameter name specified' },
  },
  {
    pattern: '/requestTemplates/{key}',
    accept: { on: aws, ops: [{ op: 'add', path: '/requestTemplates/application~1xml' }], expect: { requestTemplates: { 'application/xml': null as unknown as string } } },
    reject: { on: http, ops: [{ op: 'remove', path: '/requestTemplates/application~1xml' }], name: 'NotFoundException', status: 404 },
  },
  {
    pattern: '/responseTransferMode',
    accept: { on: httpProxy, ops: [{ op: 'replace', path: '/responseTransferMode', value: 'STREAM' }], expect: { responseTransferMode: 'STREAM' } },
    reject: { on: http, ops: [{ op: 'replace', path: '/responseTransferMode', value: 'STREAM' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/timeoutInMillis',
    accept: { on: http, ops: [{ op: 'replace', path: '/timeoutInMillis', value: '99' }], expect: { timeoutInMillis: 99 } },
    reject: { on: http, ops: [{ op: 'replace', path: '/timeoutInMillis', value: '29001' }], name: 'BadRequestException', status: 400, message: 'Timeout should be between 50 ms and 29000 ms' },
  },
  {
    pattern: '/tlsConfig/insecureSkipVerification',
    accept: { on: http, ops: [{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' }], expect: { tlsConfig: { insecureSkipVerification: true } } },
    reject: { on: aws, ops: [{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' }], name: 'BadRequestException', status: 400 },
  },
  {
    pattern: '/type',
    reject: { on: http, ops: [{ op: 'replace', path: '/type', value: 'MOCK' }], name: 'BadRequestException', status: 400, message: 'Invalid patch path /type' },
  },
  {
    pattern: '/uri',
    accept: { on: awsProxy, ops: [{ op: 'replace', path: '/uri', value: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord' }], expect: { uri: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord' } },
    reject: { on: http, ops: [{ op: 'replace', path: '/uri', value: 'ftp://example.com' }], name: 'BadRequestException', status: 400, message: 'Invalid HTTP endpoint specified for URI' },
  },
];

describe('every row of the Integration rule table', () => {
  it('has an accepting and a rejecting case here', () => {
    expect(rows.map((r) => r.pattern).sort()).toEqual(integrationRules.map((r) => r.pattern).sort());
  });
  for (const row of rows) {
    describe(row.pattern, () => {
      const accept = row.accept;
      if (accept) {
        it('accepts', () => {
          const out = run(accept.on, accept.ops);
          expect(out).toMatchObject({ ok: true, status: 200 });
          if (!out.ok) return;
          if (typeof accept.expect === 'function') accept.expect(out.value);
          else expect(out.value).toMatchObject(accept.expect);
        });
      } else {
        it('refuses every op of the enum, with a value and without', () => {
          for (const op of patchOpEnum) {
            for (const value of ['MOCK', undefined]) {
              const out = run(http, [{ op, path: row.pattern, ...(value ? { value } : {}), ...(op === 'move' || op === 'copy' ? { from: '/uri' } : {}) } as Op]);
              expect(out, `${op} ${row.pattern}`).toMatchObject({ ok: false, error: { name: 'BadRequestException', status: 400 } });
            }
          }
        });
      }
      it('rejects', () => {
        const out = run(row.reject.on, row.reject.ops);
        expect(out.ok).toBe(false);
        if (out.ok) return;
        expect({ name: out.error.name, status: out.error.status }).toEqual({ name: row.reject.name, status: row.reject.status });
        if (row.reject.message) expect(out.error.message).toBe(row.reject.message);
      });
    });
  }
});
