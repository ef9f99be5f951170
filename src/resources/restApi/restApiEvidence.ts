/** Where RestApi's rules come from: LocalStack's tests recorded against AWS, quoted by test and snapshot key. */
export const recordedApi = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiRestApi::${key}`] as const;
export const recordedVpcEndpoint = (key: string) => ['aws-recorded', `LocalStack test_apigateway_integrations.py#test_create_execute_api_vpc_endpoint (${key})`] as const;
export const recordedBinaryResponse = (key: string) => ['aws-recorded', `LocalStack test_apigateway_lambda.py#test_aws_proxy_binary_response (${key})`] as const;
export const inferred = (why: string) => ['inferred', why] as const;
