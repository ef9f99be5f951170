/** What `uri` must look like for each integration type: PutIntegration's recorded checks, in AWS's order. */
import type { Integration } from '../contract.js';
import { defineErrorRule, reject, type Rejection } from './defineRule.js';

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

const httpEndpoint = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const arn = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):(.+)$/;

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
      if (i.type === 'AWS_PROXY') {
        const lambda = targetService === 'lambda' && resource!.startsWith('path/2015-03-31/functions/');
        if (!lambda && targetService !== 'firehose') return reject(awsProxyTarget);
      }
      return null;
    }
    default:
      return null;
  }
}
