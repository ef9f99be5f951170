/** URIs per integration type: ones PutIntegration accepts, and near misses that break one uri.* rule each. */
import fc from 'fast-check';

const lambdaFunction = 'arn:aws:lambda:us-east-1:123456789012:function:f';
const lambdaInvocation = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${lambdaFunction}/invocations`;

const httpEndpoints = [
  'https://example.com/items',
  'http://example.com/pets/{petId}',
  'https://api.example.com:8443/v1/orders?expand=lines',
  'http://10.0.0.12/health',
  'https://${stageVariables.backendHost}/proxy',
] as const;

const awsServiceArns = [
  lambdaInvocation,
  'arn:aws:apigateway:us-east-1:s3:path/my-bucket/{key}',
  'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders-queue',
  'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord',
  'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem',
] as const;

/** AWS-service targets that need a role (every one but the Lambda invocation): credentials.aws-role-required. */
export const roleTargetUris: readonly string[] = awsServiceArns.filter((u) => u !== lambdaInvocation);

const awsProxyTargets = [lambdaInvocation, 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord'] as const;

/** URIs the type accepts; MOCK takes any (it is dropped), so it gets HTTP ones. */
export function validIntegrationUris(type: unknown): readonly string[] {
  switch (type) {
    case 'AWS':
      return awsServiceArns;
    case 'AWS_PROXY':
      return awsProxyTargets;
    default:
      return httpEndpoints;
  }
}

/** URIs the type rejects, each breaking a different uri.* rule (endpoint, ARN, path-or-action, proxy target). */
export function invalidIntegrationUris(type: unknown): readonly string[] {
  switch (type) {
    case 'AWS':
      return ['https://example.com/items', lambdaFunction, 'arn:aws:apigateway:us-east-1:s3:my-bucket/key', ''];
    case 'AWS_PROXY':
      return [
        'arn:aws:apigateway:us-east-1:s3:path/my-bucket/{key}',
        'arn:aws:apigateway:us-east-1:lambda:path/2020-01-01/functions/f/invocations',
        lambdaFunction,
        'https://example.com/items',
      ];
    default:
      return ['ftp://example.com/items', 'example.com/items', 'https://', lambdaInvocation, ''];
  }
}

export const validIntegrationUri = (type: unknown): fc.Arbitrary<string> => fc.constantFrom(...validIntegrationUris(type));
export const invalidIntegrationUri = (type: unknown): fc.Arbitrary<string> => fc.constantFrom(...invalidIntegrationUris(type));
