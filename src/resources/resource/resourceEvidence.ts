/** Where Resource's rules come from: LocalStack's tests recorded against AWS, quoted by test and snapshot key. */
export const recordedResource = (key: string) => ['aws-recorded', `LocalStack test_apigateway_api.py#TestApiGatewayApiResource::${key}`] as const;
export const inferred = (why: string) => ['inferred', why] as const;
