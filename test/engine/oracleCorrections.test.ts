/**
 * The rules added when a run against moto 5.2.3 showed the reference wrong about AWS: credentials of
 * AWS-service integrations, the caller's credentials, integrationTarget, and the order of cache keys.
 * Each describe is named after the rule's source; expected answers are written from that source (the
 * quoted error, the documented value), not taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { Integration } from '../../src/contract.js';
import { compareOutcomes, diffJson } from '../../src/compare/compareOutcomes.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { aws, awsProxy, ctx, http, httpProxy, mock, patch } from './fixtures.js';

const put = (body: unknown) => putIntegration(body, ctx).outcome;
const update = (on: Integration, body: unknown) => updateIntegration(on, body, ctx).outcome;

const roleText = 'Role ARN must be specified for AWS integrations';
const role = 'arn:aws:iam::123456789012:role/apigw-invoke';
const lambdaUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
const roleRefused = { ok: false, error: { name: 'BadRequestException', status: 400, message: roleText } };

describe('user-quote: terraform-provider-aws#7916 and aws-cdk#1465, "BadRequestException: Role ARN must be specified for AWS integrations" (credentials.aws-role-required)', () => {
  // The services the issues name: EC2 (the issue), S3 and Kinesis (its comments), Step Functions (aws-cdk#1465); SQS as the brief's example.
  const serviceUris = [
    'arn:aws:apigateway:eu-west-1:ec2:action/DescribeSpotPriceHistory',
    'arn:aws:apigateway:us-east-1:s3:path/my-bucket/{key}',
    'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord',
    'arn:aws:apigateway:us-east-1:states:action/StartExecution',
    'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders-queue',
  ];
  for (const uri of serviceUris) {
    it(`type AWS to ${uri.split(':')[4]} without credentials: 400 with the quoted text`, () => {
      expect(put({ type: 'AWS', httpMethod: 'POST', uri })).toEqual(roleRefused);
    });
    it(`type AWS to ${uri.split(':')[4]} with a role ARN: 201, the role answered as sent`, () => {
      expect(put({ type: 'AWS', httpMethod: 'POST', uri, credentials: role })).toMatchObject({ ok: true, status: 201, value: { type: 'AWS', uri, credentials: role } });
    });
  }
  it('the Terraform configuration of #7916 (integration_http_method ANY, no credentials) is refused', () => {
    expect(put({ type: 'AWS', httpMethod: 'ANY', uri: 'arn:aws:apigateway:eu-west-1:ec2:action/DescribeSpotPriceHistory' })).toEqual(roleRefused);
  });
  it('is checked after the backend verb (recorded before the uri), so a body missing both names the verb', () => {
    expect(put({ type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' })).toMatchObject({ ok: false, error: { message: 'Enumeration value for HttpMethod must be non-empty' } });
  });
});

describe('AWS-recorded: test_put_integration_validation answers the uri texts for type AWS without credentials (credentials.aws-role-required comes after uri.*)', () => {
  it('invalid-uri-not-an-arn: "Invalid ARN specified in the request", not the role text', () => {
    expect(put({ type: 'AWS', httpMethod: 'POST', uri: 'non-valid-arn' })).toEqual({ ok: false, error: { name: 'BadRequestException', status: 400, message: 'Invalid ARN specified in the request' } });
  });
  it('invalid-uri-invalid-arn: "AWS ARN for integration must contain path or action", not the role text', () => {
    expect(put({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:iam::0000000000:role/service-role/asdf' })).toEqual({
      ok: false,
      error: { name: 'BadRequestException', status: 400, message: 'AWS ARN for integration must contain path or action' },
    });
  });
});

describe('AWS-recorded: test_put_integration_validation aws-integration-type-AWS and -AWS_PROXY, a Lambda invocation without credentials (credentials.lambda-no-role)', () => {
  for (const type of ['AWS', 'AWS_PROXY']) {
    it(`${type} to a Lambda function without credentials: 201, no credentials member`, () => {
      const out = put({ type, httpMethod: 'POST', uri: lambdaUri });
      expect(out).toMatchObject({ ok: true, status: 201, value: { type, uri: lambdaUri } });
      expect(out.ok && out.value).not.toHaveProperty('credentials');
    });
  }
});

describe('inferred: credentials.role-kept (UpdateIntegration re-checks credentials.aws-role-required on the patched integration)', () => {
  it('clearing the credentials of an AWS-service integration is refused with the put text, and nothing changes', () => {
    expect(update(aws, patch({ op: 'replace', path: '/credentials', value: '' }))).toEqual(roleRefused);
    expect(update(aws, patch({ op: 'replace', path: '/credentials' }))).toEqual(roleRefused);
  });
  it('replacing the role with another is accepted', () => {
    expect(update(aws, patch({ op: 'replace', path: '/credentials', value: 'arn:aws:iam::123456789012:role/other' }))).toMatchObject({ ok: true, status: 200, value: { credentials: 'arn:aws:iam::123456789012:role/other' } });
  });
  it('moving a Lambda AWS integration without credentials to another service is refused; with a role in the same patch it is accepted', () => {
    const lambdaAws: Integration = { ...awsProxy, type: 'AWS' };
    const s3 = 'arn:aws:apigateway:us-east-1:s3:path/b/k';
    expect(update(lambdaAws, patch({ op: 'replace', path: '/uri', value: s3 }))).toEqual(roleRefused);
    expect(update(lambdaAws, patch({ op: 'replace', path: '/uri', value: s3 }, { op: 'replace', path: '/credentials', value: role }))).toMatchObject({ ok: true, value: { uri: s3, credentials: role } });
    expect(update(lambdaAws, patch({ op: 'replace', path: '/credentials', value: role }, { op: 'replace', path: '/uri', value: s3 }))).toMatchObject({ ok: true, value: { uri: s3, credentials: role } });
  });
  it('moving an AWS-service integration to a Lambda function lets its credentials go', () => {
    expect(update(aws, patch({ op: 'replace', path: '/uri', value: lambdaUri }, { op: 'replace', path: '/credentials', value: '' }))).toMatchObject({ ok: true, value: { uri: lambdaUri } });
  });
  it('as on put, a bad uri is named before the missing role', () => {
    expect(update(aws, patch({ op: 'replace', path: '/uri', value: 'https://example.com' }, { op: 'replace', path: '/credentials', value: '' }))).toMatchObject({ ok: false, error: { message: 'Invalid ARN specified in the request' } });
  });
  it('HTTP, HTTP_PROXY, MOCK and AWS_PROXY integrations may drop their credentials', () => {
    for (const on of [http, httpProxy, mock, awsProxy]) {
      expect(update({ ...on, credentials: role }, patch({ op: 'replace', path: '/credentials', value: '' })), on.type).toMatchObject({ ok: true, status: 200 });
    }
  });
});

describe('aws-doc: API reference Integration.credentials, "To require that the caller\'s identity be passed through from the request, specify the string arn:aws:iam::*:user/*" (credentials.caller-identity)', () => {
  const caller = 'arn:aws:iam::*:user/*';
  it('is accepted by PutIntegration on an AWS-service integration (one of the three options for AWS integrations) and answered as sent', () => {
    expect(put({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k', credentials: caller })).toMatchObject({ ok: true, status: 201, value: { credentials: caller } });
  });
  it('is accepted on a Lambda integration too', () => {
    expect(put({ type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri, credentials: caller })).toMatchObject({ ok: true, status: 201, value: { credentials: caller } });
  });
  it('replaces a role through UpdateIntegration', () => {
    expect(update(aws, patch({ op: 'replace', path: '/credentials', value: caller }))).toMatchObject({ ok: true, status: 200, value: { credentials: caller } });
  });
  it('is the documented rule that decides the stored value, on put and on patch (a target refusing or altering it breaks that rule)', () => {
    const p = putIntegration({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k', credentials: caller }, ctx);
    expect(p.rules[0]?.id).toBe('credentials.caller-identity');
    const u = updateIntegration(aws, patch({ op: 'replace', path: '/credentials', value: caller }), ctx);
    expect(u.decisions?.find((d) => d.at === '/value/credentials')?.rule.id).toBe('credentials.caller-identity');
  });
  it('a target refusing it as a cross-account role (moto 5.2.3: 403 AccessDeniedException) breaks this rule', () => {
    const e = putIntegration({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k', credentials: caller }, ctx);
    const c = compareOutcomes(e, { ok: false, error: { name: 'AccessDeniedException', status: 403, message: 'Cross-account pass role is not allowed.' } });
    expect(c.conforms).toBe(false);
    expect(c.blames.map((b) => b.rule.id)).toEqual(['credentials.caller-identity']);
  });
});

describe('blame for the role rules', () => {
  it('a target asking a Lambda AWS integration for a role breaks credentials.lambda-no-role', () => {
    const e = putIntegration({ type: 'AWS', httpMethod: 'POST', uri: lambdaUri }, ctx);
    expect(compareOutcomes(e, { ok: false, error: { name: 'BadRequestException', status: 400, message: roleText } }).blames.map((b) => b.rule.id)).toEqual(['credentials.lambda-no-role']);
  });
  it('a target accepting a Kinesis AWS integration without a role (moto 5.2.3 checks S3 only) breaks credentials.aws-role-required', () => {
    const e = putIntegration({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord' }, ctx);
    const accepted = { ok: true as const, status: 201, value: { type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord' } as Integration };
    expect(compareOutcomes(e, accepted).blames.map((b) => b.rule.id)).toEqual(['credentials.aws-role-required']);
  });
});

describe('inferred: integrationTarget.vpc-link-only (developer guide, set-up-private-integration: integrationTarget names the load balancer of a VPC link V2)', () => {
  const alb = 'arn:aws:elasticloadbalancing:us-east-2:111122223333:loadbalancer/app/myLoadBalancerName/1234567891011';
  it('the developer guide\'s put-integration example (HTTP_PROXY, VPC_LINK, connection id, integration target) is accepted and answered as sent', () => {
    const body = { type: 'HTTP_PROXY', httpMethod: 'GET', uri: 'https://example.com:443/path', connectionType: 'VPC_LINK', connectionId: 'bbb111', integrationTarget: alb };
    expect(put(body)).toMatchObject({ ok: true, status: 201, value: body });
  });
  it('with a stage variable for the VPC link id, as the guide\'s second example', () => {
    const body = { type: 'HTTP_PROXY', httpMethod: 'GET', uri: 'https://example.com:443/path', connectionType: 'VPC_LINK', connectionId: '${stageVariables.vpcLinkV2Id}', integrationTarget: alb };
    expect(put(body)).toMatchObject({ ok: true, value: body });
  });
  it('is refused off a VPC link: an INTERNET HTTP integration, AWS, MOCK', () => {
    for (const body of [
      { type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com', integrationTarget: alb },
      { type: 'HTTP_PROXY', httpMethod: 'GET', uri: 'https://example.com', connectionType: 'INTERNET', integrationTarget: alb },
      { type: 'AWS', httpMethod: 'POST', uri: lambdaUri, integrationTarget: alb },
      { type: 'MOCK', integrationTarget: alb },
    ]) {
      expect(put(body), body.type).toMatchObject({ ok: false, error: { name: 'BadRequestException', status: 400 } });
    }
  });
  it('patched onto an INTERNET integration: refused; onto a VPC link: stored', () => {
    expect(update(http, patch({ op: 'replace', path: '/integrationTarget', value: alb }))).toMatchObject({ ok: false, error: { name: 'BadRequestException', status: 400 } });
    const vpc: Integration = { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'bbb111' };
    expect(update(vpc, patch({ op: 'replace', path: '/integrationTarget', value: alb }))).toMatchObject({ ok: true, value: { integrationTarget: alb } });
  });
  it('a VPC link integration with a target cannot switch to INTERNET while it keeps the target; dropping the target first is accepted', () => {
    const vpc: Integration = { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'bbb111', integrationTarget: alb };
    expect(update(vpc, patch({ op: 'replace', path: '/connectionType', value: 'INTERNET' }))).toMatchObject({ ok: false, error: { name: 'BadRequestException', status: 400 } });
    const out = update(vpc, patch({ op: 'replace', path: '/integrationTarget', value: '' }, { op: 'replace', path: '/connectionType', value: 'INTERNET' }));
    expect(out).toMatchObject({ ok: true, value: { connectionType: 'INTERNET' } });
    expect(out.ok && out.value).not.toHaveProperty('integrationTarget');
  });
});

describe('inferred: cacheKeyParameters.order-ignored (no recorded answer with two cache keys; Terraform reads them into a set)', () => {
  const answer = (cacheKeyParameters: string[]) => ({ ok: true as const, status: 200, value: { ...http, cacheKeyParameters } });
  const a = 'method.request.path.proxy';
  const b = 'method.request.querystring.page';
  it('the same names in another order conform', () => {
    const expected = updateIntegration(http, patch({ op: 'add', path: `/cacheKeyParameters/${b}` }), ctx);
    expect(expected.outcome).toMatchObject({ ok: true, value: { cacheKeyParameters: [a, b] } });
    expect(compareOutcomes(expected, answer([b, a])).conforms).toBe(true);
    expect(diffJson({ cacheKeyParameters: [a, b] }, { cacheKeyParameters: [b, a] })).toEqual([]);
  });
  it('a name missing, added, or listed twice still differs', () => {
    const expected = updateIntegration(http, patch({ op: 'add', path: `/cacheKeyParameters/${b}` }), ctx);
    for (const other of [[a], [a, b, 'method.request.header.X'], [b, a, a]]) {
      const c = compareOutcomes(expected, answer(other));
      expect(c.conforms, JSON.stringify(other)).toBe(false);
      expect(c.diffs.map((d) => d.path)).toEqual(['/value/cacheKeyParameters']);
    }
    expect(diffJson({ cacheKeyParameters: [a] }, { cacheKeyParameters: [a, a] })).toHaveLength(1);
  });
  it('only cacheKeyParameters: any other list keeps its order', () => {
    expect(diffJson({ other: [a, b] }, { other: [b, a] })).toHaveLength(1);
  });
});
