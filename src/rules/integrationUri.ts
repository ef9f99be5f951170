/**
 * What `uri` must look like for each integration type, and the credentials an AWS integration's
 * target needs: PutIntegration's recorded checks, in AWS's order.
 */
import type { Integration } from '../contract.js';
import { defineErrorRule, defineRule, reject, type Rejection } from './defineRule.js';

const recorded = 'LocalStack test_apigateway_integrations.py#test_put_integration_validation and test_apigateway_lambda.py#test_put_integration_aws_proxy_uri (recorded against AWS)';

export const invalidHttpEndpoint = defineErrorRule(
  { id: 'uri.http-endpoint', summary: 'HTTP and HTTP_PROXY need an absolute http(s) URL', exception: 'BadRequestException', message: () => 'Invalid HTTP endpoint specified for URI' },
  'aws-recorded',
  recorded,
);
export const invalidArn = defineErrorRule(
  { id: 'uri.arn', summary: 'AWS and AWS_PROXY need an ARN', exception: 'BadRequestException', message: () => 'Invalid ARN specified in the request' },
  'aws-recorded',
  recorded,
);
export const arnWithoutPathOrAction = defineErrorRule(
  { id: 'uri.path-or-action', summary: 'the ARN must be an apigateway service ARN with path/... or action/... (a plain Lambda ARN fails here)', exception: 'BadRequestException', message: () => 'AWS ARN for integration must contain path or action' },
  'aws-recorded',
  recorded,
);
export const awsProxyTarget = defineErrorRule(
  {
    id: 'uri.aws-proxy-target',
    summary: 'AWS_PROXY only invokes Lambda (path 2015-03-31/functions/...) or Firehose',
    exception: 'BadRequestException',
    message: () => "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
  },
  'aws-recorded',
  recorded,
);

const roleQuotes =
  'https://github.com/hashicorp/terraform-provider-aws/issues/7916 (AWS ec2 action/DescribeSpotPriceHistory; comments: the same for S3 and Kinesis) and ' +
  'https://github.com/aws/aws-cdk/issues/1465 (AWS Step Functions action/StartExecution): "BadRequestException: Role ARN must be specified for AWS integrations"';
const lambdaRecorded = 'LocalStack test_apigateway_integrations.py#test_put_integration_validation (recorded against AWS)';

export const awsRoleRequired = defineErrorRule(
  {
    id: 'credentials.aws-role-required',
    summary:
      'type AWS needs credentials (a role ARN, or the caller string) unless the uri invokes a Lambda function (lambda:path/2015-03-31/functions/...); checked after the backend verb and the uri.* checks. AWS_PROXY is not checked (Lambda needs no role; Firehose is unrecorded)',
    exception: 'BadRequestException',
    message: () => 'Role ARN must be specified for AWS integrations',
  },
  'user-quote',
  `${roleQuotes}; the order after the uri.* checks is recorded: ${lambdaRecorded} answers invalid-uri-not-an-arn and invalid-uri-invalid-arn (type AWS, no credentials) with the uri texts`,
);

export const lambdaNeedsNoRole = defineRule(
  'credentials.lambda-no-role',
  'AWS and AWS_PROXY integrations invoking a Lambda function (lambda:path/2015-03-31/functions/.../invocations) are accepted without credentials (resource-based permissions)',
  'aws-recorded',
  `${lambdaRecorded}: aws-integration-type-AWS and aws-integration-type-AWS_PROXY, put without credentials, answered 201`,
);

const httpEndpoint = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const arn = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):(.+)$/;

/** Whether the uri is an API Gateway ARN invoking a Lambda function (what AWS_PROXY takes, and what needs no role). */
export function invokesLambdaFunction(uri: string | undefined): boolean {
  const m = arn.exec(uri ?? '');
  return m !== null && m[1] === 'apigateway' && m[3] === 'lambda' && m[4]!.startsWith('path/2015-03-31/functions/');
}

/** Whether an integration of this type and uri must carry credentials (credentials.aws-role-required). */
export const needsRole = (i: { type?: string | null; uri?: string | null }): boolean => i.type === 'AWS' && !invokesLambdaFunction(i.uri ?? undefined);

/** credentials.aws-role-required on an integration whose uri passed the uri.* checks: null when it holds. */
export function checkCredentialsForType(i: Pick<Integration, 'type' | 'uri' | 'credentials'>): Rejection | null {
  return needsRole(i) && !i.credentials ? reject(awsRoleRequired) : null;
}

/** The first URI rule the integration breaks, or null. MOCK has no URI to check. */
export function checkUriForType(i: Pick<Integration, 'type' | 'uri'>): Rejection | null {
  const uri = i.uri ?? '';
  switch (i.type) {
    case 'HTTP':
    case 'HTTP_PROXY':
      return httpEndpoint.test(uri) ? null : reject(invalidHttpEndpoint);
    case 'AWS':
    case 'AWS_PROXY': {
      const m = arn.exec(uri);
      if (!m) return reject(invalidArn);
      const [, service, , targetService, resource] = m;
      if (service !== 'apigateway' || !/^(path|action)\/./.test(resource!)) return reject(arnWithoutPathOrAction);
      if (i.type === 'AWS_PROXY' && !invokesLambdaFunction(uri) && targetService !== 'firehose') return reject(awsProxyTarget);
      return null;
    }
    default:
      return null;
  }
}
