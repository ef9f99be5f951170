/**
 * One test per AWS-recorded (or AWS-documented) fact of ../shared/research/integration-patch-semantics.md,
 * named after it. Expected values are AWS's, copied from the note.
 */
import { describe, expect, it } from 'vitest';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { aws, ctx, http, patch } from './fixtures.js';

const put = (body: unknown) => putIntegration(body, ctx).outcome;
const update = (on: Parameters<typeof updateIntegration>[0], body: unknown) => updateIntegration(on, body, ctx).outcome;
const lambdaUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

describe('AWS-recorded: PutIntegration validation (test_put_integration_validation)', () => {
  it('type outside the enum: ValidationException naming putIntegrationInput.type and the enum in AWS order', () => {
    expect(put({ type: 'HTTPS_PROXY', httpMethod: 'GET', uri: 'https://example.com' })).toEqual({
      ok: false,
      error: { name: 'ValidationException', status: 400, message: "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]" },
    });
  });
  for (const type of ['HTTP', 'HTTP_PROXY', 'AWS']) {
    it(`${type} without the backend verb: "Enumeration value for HttpMethod must be non-empty", checked before the URI`, () => {
      expect(put({ type, uri: 'not a uri' })).toEqual({ ok: false, error: { name: 'BadRequestException', status: 400, message: 'Enumeration value for HttpMethod must be non-empty' } });
    });
  }
  it('HTTP with a bad URI: "Invalid HTTP endpoint specified for URI"', () => {
    expect(put({ type: 'HTTP', httpMethod: 'GET', uri: 'example.com/x' })).toMatchObject({ ok: false, error: { name: 'BadRequestException', message: 'Invalid HTTP endpoint specified for URI' } });
  });
  it('AWS with a URI that is not an ARN: "Invalid ARN specified in the request"', () => {
    expect(put({ type: 'AWS', httpMethod: 'POST', uri: 'https://example.com' })).toMatchObject({ ok: false, error: { message: 'Invalid ARN specified in the request' } });
  });
  it('AWS with a plain Lambda function ARN: "AWS ARN for integration must contain path or action"', () => {
    expect(put({ type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:lambda:us-east-1:123456789012:function:x' })).toMatchObject({ ok: false, error: { message: 'AWS ARN for integration must contain path or action' } });
  });
  it('AWS_PROXY with a non-Lambda target: the AWS_PROXY text', () => {
    expect(put({ type: 'AWS_PROXY', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/bucket/key' })).toMatchObject({
      ok: false,
      error: { message: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations." },
    });
  });
  it('AWS_PROXY with a lambda path other than 2015-03-31/functions/: the AWS_PROXY text', () => {
    expect(put({ type: 'AWS_PROXY', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2016-01-01/functions/x/invocations' })).toMatchObject({ ok: false, error: { name: 'BadRequestException' } });
  });
  it('a boolean inside requestParameters: SerializationException "class java.lang.Boolean can not be converted to an String"', () => {
    expect(put({ type: 'MOCK', requestParameters: { 'integration.request.header.X': true } })).toEqual({
      ok: false,
      error: { name: 'SerializationException', status: 400, message: 'class java.lang.Boolean can not be converted to an String' },
    });
  });
  it('a number inside requestTemplates: SerializationException naming TruncatingBigNumber', () => {
    expect(put({ type: 'MOCK', requestTemplates: { 'application/json': 12 } })).toMatchObject({
      ok: false,
      error: { name: 'SerializationException', message: 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String' },
    });
  });
});

describe('AWS-recorded: response shape', () => {
  it('PutIntegration answers 201 with the defaults: cacheKeyParameters [], cacheNamespace = resource id, WHEN_NO_MATCH, 29000, INTERNET for HTTP', () => {
    expect(put({ type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com' })).toEqual({
      ok: true,
      status: 201,
      value: { type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com', connectionType: 'INTERNET', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: [] },
    });
  });
  for (const [type, uri] of [['AWS', 'arn:aws:apigateway:us-east-1:kinesis:action/ListStreams'], ['AWS_PROXY', lambdaUri]] as const) {
    it(`connectionType is absent for ${type}`, () => {
      const out = put({ type, httpMethod: 'POST', uri });
      expect(out.ok && out.value).not.toHaveProperty('connectionType');
    });
  }
  it('MOCK drops uri and httpMethod even when supplied, and has no connectionType', () => {
    const out = put({ type: 'MOCK', httpMethod: 'GET', uri: 'https://example.com' });
    expect(out).toEqual({ ok: true, status: 201, value: { type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: [] } });
  });
  it('keys never set are absent, not null', () => {
    const out = put({ type: 'MOCK' });
    expect(out.ok && Object.values(out.value)).not.toContain(null);
    expect(out.ok && out.value).not.toHaveProperty('requestTemplates');
    expect(out.ok && out.value).not.toHaveProperty('tlsConfig');
  });
  it('maps supplied as {} at put time come back as {} (recorded for MethodResponse)', () => {
    const out = put({ type: 'MOCK', requestParameters: {}, requestTemplates: {} });
    expect(out).toMatchObject({ ok: true, value: { requestParameters: {}, requestTemplates: {} } });
  });
  it('UpdateIntegration answers 200 with the full integration', () => {
    expect(update(http, patch({ op: 'replace', path: '/cacheNamespace', value: 'n' }))).toMatchObject({ ok: true, status: 200, value: { ...http, cacheNamespace: 'n' } });
  });
  it('stored strings are returned verbatim (a template that is not JSON; a stage-variable connection id)', () => {
    const out = update({ ...http, connectionType: 'VPC_LINK', connectionId: 'x' }, patch({ op: 'add', path: '/requestTemplates/application~1json', value: '{statusCode: 200}' }, { op: 'replace', path: '/connectionId', value: '${stageVariables.vpcLinkIdBeta}' }));
    expect(out).toMatchObject({ ok: true, value: { connectionId: '${stageVariables.vpcLinkIdBeta}', requestTemplates: { 'application/json': '{statusCode: 200}' } } });
  });
});

describe('AWS-recorded: UpdateIntegration paths', () => {
  it('test_create_integration_with_vpc_link: replace /connectionId stores the new id', () => {
    expect(update({ ...http, connectionType: 'VPC_LINK', connectionId: 'old' }, patch({ op: 'replace', path: '/connectionId', value: 'new' }))).toMatchObject({ ok: true, value: { connectionId: 'new' } });
  });
  it('test_sqs_request_and_response_xml_templates_integration: dotted keys need no escaping', () => {
    expect(update(aws, patch({ op: 'add', path: '/requestParameters/integration.request.header.Accept', value: "'application/xml'" }))).toMatchObject({
      ok: true,
      value: { requestParameters: { 'integration.request.header.Accept': "'application/xml'" } },
    });
  });
  it('request_convert_to_binary_with_request_template: add /requestTemplates/{ct} creates the map', () => {
    expect(update(aws, patch({ op: 'add', path: '/requestTemplates/application~1octet-stream', value: '{"body": "$input.body"}' }))).toMatchObject({
      ok: true,
      value: { requestTemplates: { 'application/octet-stream': '{"body": "$input.body"}' } },
    });
  });
  it('an op outside the enum: one ValidationException, 1-based indexes, valid ops keep their slot, AWS enum order', () => {
    const out = update(http, patch({ op: 'wrong_op', path: '/x' }, { op: 'remove', path: '/requestTemplates/text~1plain' }, { op: 'wrong_op', path: '/y' }));
    expect(out).toEqual({
      ok: false,
      error: {
        name: 'ValidationException',
        status: 400,
        message:
          "2 validation errors detected: Value 'wrong_op' at 'updateIntegrationInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]; " +
          "Value 'wrong_op' at 'updateIntegrationInput.patchOperations.3.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
      },
    });
  });
  it('an unescaped key (/requestTemplates/application/json) is a different, unknown path', () => {
    expect(update(http, patch({ op: 'remove', path: '/requestTemplates/application/json' }))).toEqual({ ok: false, error: { name: 'BadRequestException', status: 400, message: 'Invalid patch path /requestTemplates/application/json' } });
  });
  it('a value on remove is tolerated and ignored', () => {
    expect(update(http, patch({ op: 'remove', path: '/requestTemplates/text~1plain', value: 'ignored' }))).toMatchObject({ ok: true, value: { requestTemplates: { 'application/json': '{"a": 1}' } } });
  });
  it('operations apply in order: set connectionId, then switch to VPC_LINK, in one call', () => {
    expect(update(http, patch({ op: 'replace', path: '/connectionId', value: 'vl' }, { op: 'replace', path: '/connectionType', value: 'VPC_LINK' }))).toMatchObject({ ok: true, value: { connectionType: 'VPC_LINK', connectionId: 'vl' } });
  });
  it('replace of a request parameter that is not there: 404 "Invalid parameter name specified" (user-quote, PR #40124)', () => {
    expect(update(http, patch({ op: 'replace', path: '/requestParameters/integration.request.header.Missing', value: "'v'" }))).toEqual({ ok: false, error: { name: 'NotFoundException', status: 404, message: 'Invalid parameter name specified' } });
  });
  it('a mapping to a method request parameter the method lacks: the recorded mapping-expression text (user-quote)', () => {
    expect(update(http, patch({ op: 'add', path: '/requestParameters/integration.request.querystring.x', value: 'method.request.querystring.X' }))).toEqual({
      ok: false,
      error: { name: 'BadRequestException', status: 400, message: 'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.querystring.X]' },
    });
  });
  it('timeout "99" is coerced to the number 99 (ACK e2e)', () => {
    expect(update(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '99' }))).toMatchObject({ ok: true, value: { timeoutInMillis: 99 } });
  });
});

describe('AWS-doc examples', () => {
  it('API_PutIntegration "Integrate an HTTP GET method with the ListStreams action in Amazon Kinesis": the sample response (less HAL links)', () => {
    const body = {
      type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:kinesis:action/ListStreams', credentials: 'arn:aws:iam::123456789012:role/apigAwsProxyRole',
      requestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.1'" }, requestTemplates: { 'application/json': '{\n}' }, passthroughBehavior: 'WHEN_NO_MATCH',
    };
    const sample = {
      cacheKeyParameters: [], cacheNamespace: '3kzxbg5sa2', credentials: 'arn:aws:iam::123456789012:role/apigAwsProxyRole', httpMethod: 'POST', passthroughBehavior: 'WHEN_NO_MATCH',
      requestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.1'" }, requestTemplates: { 'application/json': '{\n}' }, type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:kinesis:action/ListStreams',
    };
    const out = putIntegration(body, { restApiId: 'fugvjdxtri', resourceId: '3kzxbg5sa2', httpMethod: 'GET' }).outcome;
    // The 2016 sample predates timeoutInMillis in responses; every other member must match it exactly.
    expect(out.ok && { ...out.value, timeoutInMillis: undefined }).toEqual({ ...sample, timeoutInMillis: undefined });
  });
  it('update-integration CLI examples on /requestTemplates/application~1json: add without value (passthrough), replace with a template, replace back to passthrough, remove', () => {
    let state = aws;
    const step = (op: { op: string; path: string; value?: string }) => {
      const out = update(state, patch(op));
      if (!out.ok) throw new Error(out.error.message);
      state = out.value;
      return out.value.requestTemplates;
    };
    expect(step({ op: 'add', path: '/requestTemplates/application~1json' })).toEqual({ 'application/json': null });
    expect(step({ op: 'replace', path: '/requestTemplates/application~1json', value: '{"example": "json"}' })).toEqual({ 'application/json': '{"example": "json"}' });
    expect(step({ op: 'replace', path: '/requestTemplates/application~1json' })).toEqual({ 'application/json': null });
    expect(step({ op: 'remove', path: '/requestTemplates/application~1json' })).toBeUndefined();
  });
  it('developer guide (payload encodings): replace /contentHandling and add /requestTemplates/application~1octet-stream in one call', () => {
    expect(update(aws, patch({ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_TEXT' }, { op: 'add', path: '/requestTemplates/application~1octet-stream', value: '{"body": "$input.body"}' }))).toMatchObject({
      ok: true,
      value: { contentHandling: 'CONVERT_TO_TEXT', requestTemplates: { 'application/octet-stream': '{"body": "$input.body"}' } },
    });
  });
});
