import type { Integration, IntegrationContext } from '../../src/contract.js';
import { sandboxMethodRequestParameters } from '../../src/sandboxMethod.js';

export const ctx: IntegrationContext = { restApiId: 'a1b2c3d4e5', resourceId: 'r3s0ur', httpMethod: 'GET', methodRequestParameters: sandboxMethodRequestParameters };

/** What PutIntegration leaves for each type (AWS's recorded defaults, written out by hand). */
export const http: Integration = {
  type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com/items', connectionType: 'INTERNET',
  requestParameters: { 'integration.request.header.X-Trace-Id': 'method.request.header.X-Trace-Id' },
  requestTemplates: { 'application/json': '{"a": 1}', 'text/plain': 'hi' },
  passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: ['method.request.path.proxy'],
};
/** An AWS-service integration: AWS refuses to create one without credentials (credentials.aws-role-required). */
export const aws: Integration = {
  type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:kinesis:action/ListStreams', credentials: 'arn:aws:iam::123456789012:role/apigw-invoke',
  passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: [],
};
export const mock: Integration = { type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: [] };
export const httpProxy: Integration = { ...http, type: 'HTTP_PROXY', requestTemplates: undefined };
export const awsProxy: Integration = {
  type: 'AWS_PROXY', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
  passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: 'r3s0ur', cacheKeyParameters: [],
};

export const patch = (...ops: Array<{ op: string; path?: string; value?: string; from?: string }>) => ({ patchOperations: ops });
