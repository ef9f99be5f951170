/**
 * AWS's recorded answers for the Method family, replayed against `serve` over loopback through the SDK.
 * Each test is named after the LocalStack snapshot (recorded against AWS) it encodes:
 * tests/aws/services/apigateway/test_apigateway_api.py, class and test name, then the snapshot keys.
 * The expected values are AWS's, copied from the snapshots (ids replaced by the ones this run made).
 */
import {
  APIGatewayClient,
  CreateAuthorizerCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteIntegrationResponseCommand,
  DeleteResourceCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetModelCommand,
  GetRequestValidatorCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  UpdateModelCommand,
  UpdateRequestValidatorCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { answerOf } from './answerOf.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';

let served: ServedControlPlane;
let client: APIGatewayClient;
let api: string;
let root: string;

const call = answerOf;

const ops = (...o: PatchOperation[]) => o;

beforeAll(async () => {
  served = await serve({ seed: 3 });
  client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
});
afterAll(() => served.close());
beforeEach(async () => {
  const created = await client.send(new CreateRestApiCommand({ name: 'recorded' }));
  api = created.id!;
  root = created.rootResourceId!;
});

const method = (extra: Partial<ConstructorParameters<typeof PutMethodCommand>[0]> = {}) =>
  client.send(new PutMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY', authorizationType: 'NONE', ...extra }));
const updateMethod = (patchOperations: PatchOperation[], httpMethod = 'ANY') => call(client.send(new UpdateMethodCommand({ restApiId: api, resourceId: root, httpMethod, patchOperations })));

describe('TestApiGatewayApiMethod (LocalStack snapshots recorded against AWS)', () => {
  it('test_method_lifecycle: put-base-method-response, get-base-method-response, del-base-method-response, get-deleted-method-response, delete-deleted-method-response', async () => {
    expect(await call(method())).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    expect(await call(client.send(new GetMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual({ status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    expect((await call(client.send(new DeleteMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).error).toBeUndefined();
    const gone = { error: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404 };
    expect(await call(client.send(new GetMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual(gone);
    expect(await call(client.send(new DeleteMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual(gone);
  });

  it('test_method_request_parameters: put-method-request-params-response, req-params-same-name', async () => {
    const requestParameters = { 'method.request.querystring.q_optional': false, 'method.request.querystring.q_required': true, 'method.request.header.h_optional': false, 'method.request.header.h_required': true };
    expect(await call(method({ requestParameters }))).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY', requestParameters });
    const same = await call(method({ httpMethod: 'GET', requestParameters: { 'method.request.querystring.optional': false, 'method.request.header.optional': false } }));
    expect(same).toEqual({ error: 'BadRequestException', message: 'Parameter names must be unique across querystring, header and path', status: 400 });
  });

  it('test_put_method_model: put-method-request-models, delete-model-used, update-method-model, delete-model-unused, delete-model-used-2, put-method-2-request-models, delete-model-used-by-2-method, update-method-model-2, delete-model-used-by-method-1', async () => {
    await client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', description: '', schema: JSON.stringify({ title: 'MySchema', type: 'object' }) }));
    await client.send(new CreateModelCommand({ restApiId: api, name: 'MySchemaTwo', contentType: 'application/json', description: '', schema: JSON.stringify({ title: 'MySchemaTwo', type: 'object' }) }));
    const inUse = (name: string, method: string) => ({ error: 'ConflictException', message: `Cannot delete model '${name}', is referenced in method request: ${method}`, status: 409 });
    expect(await call(method({ requestModels: { 'application/json': 'MySchema' } }))).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY', requestModels: { 'application/json': 'MySchema' } });
    expect(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'MySchema' })))).toEqual(inUse('MySchema', '//ANY'));
    expect(await updateMethod(ops({ op: 'replace', path: '/requestModels/application~1json', value: 'MySchemaTwo' }))).toEqual({ status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY', requestModels: { 'application/json': 'MySchemaTwo' } });
    expect(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'MySchema' })))).toEqual({ status: 202 });
    expect(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'MySchemaTwo' })))).toEqual(inUse('MySchemaTwo', '//ANY'));
    const test = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'test' }));
    expect(await call(client.send(new PutMethodCommand({ restApiId: api, resourceId: test.id!, httpMethod: 'ANY', authorizationType: 'NONE', requestModels: { 'application/json': 'MySchemaTwo' } })))).toMatchObject({ status: 201, requestModels: { 'application/json': 'MySchemaTwo' } });
    // Two methods use it: AWS named the one put last (LocalStack marks the choice as not guaranteed).
    expect(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'MySchemaTwo' })))).toEqual(inUse('MySchemaTwo', '/test/ANY'));
    expect(await call(client.send(new UpdateMethodCommand({ restApiId: api, resourceId: test.id!, httpMethod: 'ANY', patchOperations: [{ op: 'remove', path: '/requestModels/application~1json', value: 'MySchemaTwo' }] })))).toEqual({ status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    expect(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'MySchemaTwo' })))).toEqual(inUse('MySchemaTwo', '//ANY'));
  });

  it('test_put_integration_responses put-method-put ("none" is NONE); test_put_integration_request_parameter_bool_type (bool-method, put-method-request-param-wrong-type)', async () => {
    expect(await call(method({ httpMethod: 'PUT', authorizationType: 'none' }))).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'PUT' });
    expect(await call(method({ httpMethod: 'GET', requestParameters: { 'method.request.path.testPath': true } }))).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'GET', requestParameters: { 'method.request.path.testPath': true } });
    expect(await call(method({ httpMethod: 'POST', requestParameters: { 'method.request.path.testPath': true, true: true } }))).toEqual({
      error: 'BadRequestException', message: 'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: true]', status: 400,
    });
  });

  it('test_put_method_validation: wrong-api, wrong-resource, wrong-method, missing-authorizer-id, invalid-request-validator, invalid-model-name', async () => {
    const put = (o: Partial<ConstructorParameters<typeof PutMethodCommand>[0]>) => call(method(o));
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await put({ restApiId: 'fake-api', httpMethod: 'WRONG' })).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await put({ resourceId: 'fake-resource-id', httpMethod: 'WRONG' })).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await put({ httpMethod: 'WRONG' })).toEqual(bad('Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY'));
    expect(await put({ authorizationType: 'CUSTOM' })).toEqual(bad('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.'));
    expect(await put({ requestValidatorId: 'fake-validator' })).toEqual(bad('Invalid Request Validator identifier specified'));
    expect(await put({ requestModels: { 'application/json': 'petModel' } })).toEqual(bad('Invalid model identifier specified: petModel'));
  });

  it('test_update_method: update-method-add, update-method-replace, update-method-replace-authorizer, update-method-remove', async () => {
    await method();
    expect(await updateMethod(ops({ op: 'add', path: '/requestParameters/method.request.querystring.optional', value: 'true' }, { op: 'add', path: '/requestModels/application~1json', value: 'Empty' }))).toEqual({
      status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY', requestModels: { 'application/json': 'Empty' }, requestParameters: { 'method.request.querystring.optional': true },
    });
    const replaced = { apiKeyRequired: true, authorizationType: 'AWS_IAM', httpMethod: 'ANY', operationName: 'ReplacedOperationName', requestModels: { 'application/json': 'Empty' }, requestParameters: { 'method.request.querystring.optional': false } };
    expect(await updateMethod(ops(
      { op: 'replace', path: '/operationName', value: 'ReplacedOperationName' },
      { op: 'replace', path: '/apiKeyRequired', value: 'true' },
      { op: 'replace', path: '/authorizationType', value: 'AWS_IAM' },
      { op: 'replace', path: '/requestParameters/method.request.querystring.optional', value: 'false' },
    ))).toEqual({ status: 200, ...replaced });
    const authorizer = await client.send(new CreateAuthorizerCommand({ restApiId: api, name: 'authorizer-test', type: 'TOKEN', authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations', identitySource: 'method.request.header.Authorization' }));
    expect(await updateMethod(ops({ op: 'replace', path: '/authorizerId', value: authorizer.id! }, { op: 'replace', path: '/authorizationType', value: 'CUSTOM' }))).toEqual({ status: 200, ...replaced, authorizationType: 'CUSTOM', authorizerId: authorizer.id });
    expect(await updateMethod(ops({ op: 'remove', path: '/requestParameters/method.request.querystring.optional', value: 'true' }, { op: 'remove', path: '/requestModels/application~1json', value: 'Empty' }))).toEqual({
      status: 200, apiKeyRequired: true, authorizationType: 'CUSTOM', authorizerId: authorizer.id, httpMethod: 'ANY', operationName: 'ReplacedOperationName',
    });
  });

  it('test_update_method_validation: wrong-rest-api ... wrong-req-validator-id', async () => {
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await call(client.send(new UpdateMethodCommand({ restApiId: 'fake-api', resourceId: root, httpMethod: 'ANY', patchOperations: [] })))).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await call(client.send(new UpdateMethodCommand({ restApiId: api, resourceId: 'fake-resource-id', httpMethod: 'ANY', patchOperations: [] })))).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await updateMethod(ops({ op: 'replace', path: '/operationName', value: 'methodDoesNotExist' }), 'GET')).toEqual({ error: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404 });
    expect(await call(method({ apiKeyRequired: true }))).toEqual({ status: 201, apiKeyRequired: true, authorizationType: 'NONE', httpMethod: 'ANY' });
    expect(await updateMethod(ops({ op: 'add', path: '/operationName', value: 'operationName' }))).toEqual(bad('Invalid patch operation specified. Must be one of: [replace]'));
    expect(await updateMethod(ops({ op: 'add', path: '/requestValidatorId', value: 'wrong-id' }))).toEqual(bad('Invalid patch operation specified. Must be one of: [replace]'));
    expect(await updateMethod(ops({ op: 'add', path: '/httpMethod', value: 'PUT' }))).toEqual(bad('Invalid patch path /httpMethod'));
    expect(await updateMethod(ops({ op: 'replace', path: '/requestParameters', value: 'method.request.querystring.optional=false' }))).toEqual(bad('Invalid patch path /requestParameters'));
    expect(await updateMethod(ops({ op: 'add', path: '/requestModels/application/json', value: 'Empty' }))).toEqual(bad('Invalid patch path /requestModels/application/json'));
    expect(await updateMethod(ops({ op: 'replace', path: '/apiKeyRequired', value: 'whatever' }))).toEqual({ status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    const custom = bad('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
    expect(await updateMethod(ops({ op: 'replace', path: '/authorizationType', value: 'CUSTOM' }))).toEqual(custom);
    expect(await updateMethod(ops({ op: 'replace', path: '/authorizerId', value: 'abc123' }))).toEqual({ status: 200, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    expect(await updateMethod(ops({ op: 'replace', path: '/authorizationType', value: 'CUSTOM' }, { op: 'replace', path: '/authorizerId', value: 'abc123' }))).toEqual(custom);
    expect(await updateMethod(ops({ op: 'replace', path: '/requestValidatorId', value: 'fake-id' }))).toEqual(bad('Invalid Request Validator identifier specified'));
  });
});

describe('TestApigatewayMethodResponse (LocalStack snapshots recorded against AWS)', () => {
  const path = () => ({ restApiId: api, resourceId: root, httpMethod: 'GET' });
  beforeEach(async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ ...path(), type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
  });
  const update = (patchOperations: PatchOperation[], statusCode = '200', where = path()) => call(client.send(new UpdateMethodResponseCommand({ ...where, statusCode, patchOperations })));

  it('test_lifecycle_method_response: put-method-response, add-method-responses, get-method, delete-method-response', async () => {
    expect(await call(client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: {}, responseModels: {} })))).toEqual({ status: 201, responseModels: {}, responseParameters: {}, statusCode: '200' });
    const added = { responseModels: { 'application/json': 'Empty' }, responseParameters: { 'method.response.header.my-header': true }, statusCode: '200' };
    expect(await update(ops({ op: 'add', path: '/responseParameters/method.response.header.my-header', value: 'true' }, { op: 'add', path: '/responseModels/application~1json', value: 'Empty' }))).toEqual({ status: 201, ...added });
    expect(await call(client.send(new GetMethodResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 200, ...added });
    const m = await call(client.send(new GetMethodCommand(path())));
    expect(m.methodResponses).toEqual({ '200': added });
    expect(m.methodIntegration).toEqual({ type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheKeyParameters: [], cacheNamespace: root, requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    expect((await call(client.send(new DeleteMethodResponseCommand({ ...path(), statusCode: '200' })))).error).toBeUndefined();
    expect(await call(client.send(new GetMethodResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ error: 'NotFoundException', message: 'Invalid Response status code specified', status: 404 });
  });

  it('test_update_method_response: remove-update-method-response, add-update-method-response', async () => {
    await client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: { 'method.response.header.my-header': false }, responseModels: { 'application/json': 'Empty' } }));
    expect(await update(ops({ op: 'remove', path: '/responseParameters/method.response.header.my-header' }, { op: 'remove', path: '/responseModels/application~1json' }))).toEqual({ status: 201, statusCode: '200' });
    expect(await update(ops({ op: 'add', path: '/responseParameters/method.response.header.my-header', value: 'true' }, { op: 'add', path: '/responseModels/application~1json', value: 'Empty' }))).toEqual({
      status: 201, responseModels: { 'application/json': 'Empty' }, responseParameters: { 'method.response.header.my-header': true }, statusCode: '200',
    });
  });

  it('test_update_method_response_wrong_operations: update-method-response-wrong-operation-3 and -5 (every bad op by 1-based index)', async () => {
    await client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: { 'method.response.header.my-header': false }, responseModels: { 'application/json': 'Empty' } }));
    const entry = (i: number) => `Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;
    const wrong = { op: 'wrong_op' as never, path: '/responseParameters/method.response.header.my-header', value: 'true' };
    expect(await update(ops(wrong, wrong))).toEqual({ error: 'ValidationException', message: `2 validation errors detected: ${entry(1)}; ${entry(2)}`, status: 400 });
    expect(await update(ops(wrong, { op: 'remove', path: '/responseModels/application~1json' }, wrong))).toEqual({ error: 'ValidationException', message: `2 validation errors detected: ${entry(1)}; ${entry(3)}`, status: 400 });
  });

  it('test_update_method_response_negative_tests: wrong-statuscode, invalid-statuscode, invalid-statuscode-and-wrong-op, wrong-resource, wrong-method', async () => {
    await client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: { 'method.response.header.my-header': false }, responseModels: { 'application/json': 'Empty' } }));
    const replace = { op: 'replace' as const, path: '/responseParameters/method.response.header.my-header', value: 'true' };
    const pattern = "Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d";
    expect(await update(ops(replace), '201')).toEqual({ error: 'NotFoundException', message: 'Invalid Response status code specified', status: 404 });
    expect(await update(ops(replace), 'wrong')).toEqual({ error: 'ValidationException', message: `1 validation error detected: ${pattern}`, status: 400 });
    expect(await update(ops({ ...replace, op: 'wrong_op' as never }), 'wrong')).toEqual({
      error: 'ValidationException',
      message: `2 validation errors detected: Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]; ${pattern}`,
      status: 400,
    });
    expect(await update(ops(replace), '200', { ...path(), resourceId: 'wrong-resource' })).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await update(ops(replace), '200', { ...path(), httpMethod: 'POST' })).toEqual({ error: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404 });
  });

  it('test_update_method_lack_response_parameters_and_models and test_update_method_wrong_param_names: missing keys and a wrong path', async () => {
    await client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200' }));
    expect(await update(ops({ op: 'remove', path: '/responseParameters/method.response.header.my-header' }))).toEqual({ error: 'NotFoundException', message: 'Invalid parameter name specified', status: 404 });
    expect(await update(ops({ op: 'remove', path: '/responseModels/application~1json' }))).toEqual({ error: 'NotFoundException', message: 'Content-Type specified was not found', status: 404 });
    expect(await update(ops({ op: 'remove', path: '/wrong/method.response.header.my-header' }))).toEqual({ error: 'BadRequestException', message: 'Invalid patch path /wrong/method.response.header.my-header', status: 400 });
    await client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: { 'method.response.header.my-header': false }, responseModels: { 'application/json': 'Empty' } }));
    expect(await update(ops({ op: 'replace', path: '/responseParameters/method.response.header.wrong-header', value: 'true' }))).toEqual({ error: 'NotFoundException', message: 'Invalid parameter name specified', status: 404 });
    expect(await update(ops({ op: 'replace', path: '/responseModels/text~1plain', value: 'Empty' }))).toEqual({ error: 'NotFoundException', message: 'Content-Type specified was not found', status: 404 });
  });
});

describe('TestApigatewayIntegrationResponse (LocalStack snapshots recorded against AWS)', () => {
  const path = () => ({ restApiId: api, resourceId: root, httpMethod: 'GET' });
  beforeEach(async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
  });
  const withIntegration = () => client.send(new PutIntegrationCommand({ ...path(), type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));

  it('test_lifecycle_integration_response: put, get, update, overwrite, get-method, delete', async () => {
    await withIntegration();
    const created = { responseTemplates: { 'application/json': '"created"' }, selectionPattern: '', statusCode: '200' };
    expect(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' })))).toEqual({ status: 201, ...created });
    expect(await call(client.send(new GetIntegrationResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 200, ...created });
    expect(await call(client.send(new UpdateIntegrationResponseCommand({ ...path(), statusCode: '200', patchOperations: [{ op: 'replace', path: '/selectionPattern', value: 'updated-pattern' }] })))).toEqual({ status: 200, ...created, selectionPattern: 'updated-pattern' });
    const overwritten = { responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern', statusCode: '200' };
    expect(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern' })))).toEqual({ status: 201, ...overwritten });
    const m = await call(client.send(new GetMethodCommand(path())));
    expect((m.methodIntegration as Record<string, unknown>).integrationResponses).toEqual({ '200': overwritten });
    expect((await call(client.send(new DeleteIntegrationResponseCommand({ ...path(), statusCode: '200' })))).error).toBeUndefined();
  });

  it('test_integration_response_wrong_api, _wrong_resource, _wrong_method, _invalid_statuscode, _invalid_integration, _wrong_status_code', async () => {
    const get = (o: Record<string, string>) => call(client.send(new GetIntegrationResponseCommand({ ...path(), statusCode: '200', ...o })));
    expect(await get({ restApiId: 'wrong-api' })).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await get({ resourceId: 'wrong-resource' })).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await get({ httpMethod: 'POST' })).toEqual({ error: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404 });
    expect(await get({ statusCode: 'wrong' })).toEqual({ error: 'ValidationException', message: "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d", status: 400 });
    expect(await get({})).toEqual({ error: 'NotFoundException', message: 'Invalid Integration identifier specified', status: 404 });
    await withIntegration();
    expect(await get({ statusCode: '201' })).toEqual({ error: 'NotFoundException', message: 'Invalid Response status code specified', status: 404 });
  });

  it('test_integration_response_invalid_responsetemplates: put-integration-response-invalid-responseTemplates-2', async () => {
    await withIntegration();
    expect(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { '123': 'x' } })))).toEqual({
      error: 'BadRequestException', message: 'Validation Result: warnings : [], errors : [Invalid content type specified: 123]', status: 400,
    });
  });

  it('test_delete_integration_response_errors: non-existent-method and bad-method name the integration; non-existent-status-code', async () => {
    await withIntegration();
    const del = (o: Record<string, string>) => call(client.send(new DeleteIntegrationResponseCommand({ ...path(), statusCode: '200', ...o })));
    expect(await del({ httpMethod: 'POST' })).toEqual({ error: 'NotFoundException', message: 'Invalid Integration identifier specified', status: 404 });
    expect(await del({ httpMethod: 'WRONG' })).toEqual({ error: 'NotFoundException', message: 'Invalid Integration identifier specified', status: 404 });
    expect(await del({})).toEqual({ error: 'NotFoundException', message: 'Invalid Response status code specified', status: 404 });
  });
});

describe('TestApiGatewayApiModels and TestApiGatewayApiRequestValidator (create, get, delete)', () => {
  it('test_model_validation: get-model-wrong-id, create-model-already-exists, create-model-empty-name, create-model-empty-schema; default models exist', async () => {
    const schema = JSON.stringify({ title: 'MySchema', type: 'object' });
    expect(await call(client.send(new GetModelCommand({ restApiId: 'abcde0', modelName: 'MySchema' })))).toEqual({ error: 'NotFoundException', message: 'Invalid model name specified: MySchema', status: 404 });
    expect(await call(client.send(new DeleteModelCommand({ restApiId: 'abcde0', modelName: 'MySchema' })))).toEqual({ error: 'NotFoundException', message: 'Invalid model name specified: MySchema', status: 404 });
    await client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', schema: JSON.stringify({ title: 'x', type: 'object', properties: { a: { type: 'string' } } }) }));
    expect(await call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', schema })))).toEqual({ error: 'ConflictException', message: 'Model name already exists for this REST API', status: 409 });
    expect(await call(client.send(new CreateModelCommand({ restApiId: api, name: '', contentType: 'application/json', schema })))).toEqual({ error: 'BadRequestException', message: 'Model name must be non-empty', status: 400 });
    expect(await call(client.send(new CreateModelCommand({ restApiId: api, name: 'Other', contentType: 'application/json', schema: '' })))).toEqual({ error: 'BadRequestException', message: 'Model schema must have at least 1 property or array items defined', status: 400 });
    expect(await call(client.send(new GetModelCommand({ restApiId: api, modelName: 'Empty' })))).toMatchObject({ status: 200, name: 'Empty', contentType: 'application/json' });
  });

  it('test_request_validator_lifecycle and test_create_request_validator_invalid_api_id', async () => {
    const created = await call(client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'validator' })));
    expect(created).toEqual({ status: 201, id: expect.any(String), name: 'validator', validateRequestBody: false, validateRequestParameters: false });
    expect(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId: created.id as string })))).toEqual({ ...created, status: 200 });
    expect((await call(client.send(new DeleteRequestValidatorCommand({ restApiId: api, requestValidatorId: created.id as string })))).error).toBeUndefined();
    const gone = { error: 'NotFoundException', message: 'Invalid Request Validator identifier specified', status: 404 };
    expect(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId: created.id as string })))).toEqual(gone);
    expect(await call(client.send(new GetRequestValidatorCommand({ restApiId: 'nope', requestValidatorId: 'x' })))).toEqual(gone);
    expect(await call(client.send(new CreateRequestValidatorCommand({ restApiId: 'nope', name: 'v' })))).toEqual({ error: 'BadRequestException', message: 'Invalid REST API identifier specified', status: 400 });
  });

  it('a method is deleted with its resource', async () => {
    const child = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'x' }));
    await client.send(new PutMethodCommand({ restApiId: api, resourceId: child.id!, httpMethod: 'GET', authorizationType: 'NONE' }));
    expect(await call(client.send(new GetMethodCommand({ restApiId: api, resourceId: child.id!, httpMethod: 'GET' })))).toMatchObject({ status: 200 });
    await client.send(new DeleteResourceCommand({ restApiId: api, resourceId: child.id! }));
    expect(await call(client.send(new GetMethodCommand({ restApiId: api, resourceId: child.id!, httpMethod: 'GET' })))).toEqual({ error: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(served.controlPlane.state.declared.get(`/restapis/${api}/resources/${child.id}/methods/GET`)).toBeNull();
  });
});

describe('UpdateModel and UpdateRequestValidator (LocalStack snapshots recorded against AWS): the long error-text form', () => {
  it('test_update_model: update-model-wrong-id, update-model, update-model-invalid-op, update-model-invalid-path, update-model-empty-schema', async () => {
    const patch = [{ op: 'replace' as const, path: '/schema', value: JSON.stringify({ title: 'Updated schema', type: 'object' }) }, { op: 'replace' as const, path: '/description', value: '' }];
    expect(await call(client.send(new UpdateModelCommand({ restApiId: 'abcde0', modelName: 'mySchema', patchOperations: patch })))).toEqual({ error: 'NotFoundException', message: 'Invalid model name specified: mySchema', status: 404 });
    const created = await call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', description: '', schema: JSON.stringify({ title: 'MySchema', type: 'object' }) })));
    expect(created).toEqual({ status: 201, contentType: 'application/json', id: expect.any(String), name: 'MySchema', schema: JSON.stringify({ title: 'MySchema', type: 'object' }) });
    const update = (patchOperations: PatchOperation[]) => call(client.send(new UpdateModelCommand({ restApiId: api, modelName: 'MySchema', patchOperations })));
    expect(await update(patch)).toEqual({ status: 200, contentType: 'application/json', id: created.id, name: 'MySchema', schema: JSON.stringify({ title: 'Updated schema', type: 'object' }) });
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await update([{ op: 'add', path: '/wrong-path', value: 'not supported op' }])).toEqual(bad("Invalid patch path  '/wrong-path' specified for op 'add'. Please choose supported operations"));
    expect(await update([{ op: 'replace', path: '/name', value: 'invalid' }])).toEqual(bad("Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]"));
    expect(await update([{ op: 'replace', path: '/schema', value: '' }])).toEqual(bad('Model schema must have at least 1 property or array items defined'));
  });

  it('test_request_validator_lifecycle (update-request-validator-with-value, -without-value) and test_invalid_update_request_validator_operations', async () => {
    const created = await call(client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'validator' })));
    const id = created.id as string;
    const update = (patchOperations: PatchOperation[]) => call(client.send(new UpdateRequestValidatorCommand({ restApiId: api, requestValidatorId: id, patchOperations })));
    expect(await update([{ op: 'replace', path: '/validateRequestBody', value: 'true' }])).toEqual({ status: 200, id, name: 'validator', validateRequestBody: true, validateRequestParameters: false });
    expect(await update([{ op: 'replace', path: '/validateRequestBody' }])).toEqual({ status: 200, id, name: 'validator', validateRequestBody: false, validateRequestParameters: false });
    expect(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId: id })))).toEqual({ status: 200, id, name: 'validator', validateRequestBody: false, validateRequestParameters: false });
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await update([{ op: 'add', path: '/validateRequestBody', value: 'true' }])).toEqual(bad("Invalid patch path  '/validateRequestBody' specified for op 'add'. Please choose supported operations"));
    expect(await update([{ op: 'remove', path: '/validateRequestBody' }])).toEqual(bad("Invalid patch path  '/validateRequestBody' specified for op 'remove'. Please choose supported operations"));
    expect(await update([{ op: 'replace', path: '/invalidPath', value: 'x' }])).toEqual(bad("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]"));
    expect(await update([{ op: 'replace', path: '/name' }])).toEqual(bad('Request Validator name cannot be blank'));
  });
});
