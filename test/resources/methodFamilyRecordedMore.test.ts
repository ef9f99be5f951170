/**
 * More of AWS's recorded answers for the Method family, replayed against `serve` over loopback through the SDK:
 * every entry of /work/scratch/recordings/method-family.md (main part) that methodFamilyRecorded.test.ts does not
 * already encode as recorded. Each test is named after the LocalStack test (file, class, test) and the snapshot keys
 * it encodes; "replays" lists keys of the same LocalStack test that the other file already encodes and that this
 * one asserts again on the way (exactly, as recorded).
 *
 * Expected values are AWS's, copied from the snapshots. Parts the snapshot tool replaced are compared by shape:
 * ids (`<id:N>`) are strings, equal where the placeholder is the same; `<cache-namespace:1>` is the resource id;
 * `<uri:1>`, `<credentials:1>`, `<authorizer-uri:1>` are the values this test sent; the account id is 12 digits.
 * Strings the snapshot tool parsed into JSON (templates, schemas) are sent and expected as the strings the
 * LocalStack test sent (Python's json.dumps spacing). Lambda functions, IAM roles, echo servers and S3 buckets the
 * LocalStack tests created are only named here by ARN/URL strings: no answer encoded here depends on them existing.
 * Steps that need calls serve does not route (CreateDeployment, invoking the API, UpdateRestApi, list
 * calls such as GetModels) are left out; none of them changes an answer encoded here.
 *
 * Assertions are soft (expect.soft), so one run lists every difference of a sequence, not only the first.
 */
import {
  APIGatewayClient,
  CreateAuthorizerCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetModelCommand,
  GetRequestValidatorCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serve, type ServedControlPlane } from '../../src/mock/serve.js';
import { answerOf } from './answerOf.js';
import { createApiGatewayClient } from '../../src/sdk/apiGatewayClient.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { withExactWireBody } from '../../src/sdk/exactWireBody.js';
import { withRawResponseBody, type RawResponse } from '../../src/sdk/rawResponseBody.js';

let served: ServedControlPlane;
let client: APIGatewayClient;
let api: string;
let root: string;

const call = answerOf;

/**
 * The answer as it came off the wire (status and JSON body), for answers the SDK's deserializer would change
 * (it drops null map values). `body`, when given, is sent instead of the SDK's serialization (a null or a
 * number where the model says string, as botocore with parameter_validation=False sent it).
 */
async function wire(command: PutIntegrationResponseCommand, body?: unknown): Promise<{ status: number | undefined; json: Record<string, unknown> | null }> {
  let raw: RawResponse | undefined;
  if (body !== undefined) withExactWireBody(command, body);
  withRawResponseBody(command, (r) => {
    raw = r;
  });
  try {
    await client.send(command);
  } catch {
    // the raw answer is what is compared
  }
  return { status: raw?.status, json: raw?.json ?? null };
}

const ops = (...o: PatchOperation[]) => o;
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const notFound = (message: string) => ({ error: 'NotFoundException', message, status: 404 });
const conflict = (message: string) => ({ error: 'ConflictException', message, status: 409 });
const validation = (message: string) => ({ error: 'ValidationException', message, status: 400 });

const statusCodePattern = (v: string) => `Value '${v}' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`;
const opEnum = (i: number) => `Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;

/** '{"statusCode": 200}' as the LocalStack tests wrote it. */
const mockTemplate = '{"statusCode": 200}';
const lambdaInvocationUri = (fn: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:${fn}/invocations`;
const roleArn = 'arn:aws:iam::111111111111:role/apigw-recorded-role';

beforeAll(async () => {
  served = await serve({ seed: 5 });
  client = createApiGatewayClient({ region: 'us-east-1', credentials: dummyCredentials(), endpoint: served.url, maxAttempts: 1, requestTimeoutMs: 5000 });
});
afterAll(() => served.close());
beforeEach(async () => {
  const created = await client.send(new CreateRestApiCommand({ name: 'recorded-more' }));
  api = created.id!;
  root = created.rootResourceId!;
});

const putMethod = (o: Partial<ConstructorParameters<typeof PutMethodCommand>[0]> & { httpMethod: string }) =>
  call(client.send(new PutMethodCommand({ restApiId: api, resourceId: root, authorizationType: 'NONE', ...o })));
const getMethod = (httpMethod: string, resourceId = root) => call(client.send(new GetMethodCommand({ restApiId: api, resourceId, httpMethod })));
const mockIntegration = (httpMethod: string, extra: Partial<ConstructorParameters<typeof PutIntegrationCommand>[0]> = {}) =>
  client.send(new PutIntegrationCommand({ restApiId: api, resourceId: root, httpMethod, type: 'MOCK', requestTemplates: { 'application/json': mockTemplate }, ...extra }));

describe('test_apigateway_api.py::TestApiGatewayApiMethod (recorded against AWS)', () => {
  it('test_method_lifecycle: del-base-method-response (204, empty body); replays put-base-method-response, get-base-method-response, get-deleted-method-response, delete-deleted-method-response', async () => {
    const base = { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' };
    expect.soft(await putMethod({ httpMethod: 'ANY' })).toEqual({ status: 201, ...base });
    expect.soft(await getMethod('ANY')).toEqual({ status: 200, ...base });
    expect.soft(await call(client.send(new DeleteMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual({ status: 204 });
    expect.soft(await getMethod('ANY')).toEqual(notFound('Invalid Method identifier specified'));
    expect.soft(await call(client.send(new DeleteMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual(notFound('Invalid Method identifier specified'));
  });

  it('test_method_request_parameters: get-method-request-params-response; replays put-method-request-params-response, req-params-same-name', async () => {
    const requestParameters = {
      'method.request.querystring.q_optional': false,
      'method.request.querystring.q_required': true,
      'method.request.header.h_optional': false,
      'method.request.header.h_required': true,
    };
    const answer = { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY', requestParameters };
    expect.soft(await putMethod({ httpMethod: 'ANY', requestParameters })).toEqual({ status: 201, ...answer });
    expect.soft(await getMethod('ANY')).toEqual({ status: 200, ...answer });
    expect
      .soft(await putMethod({ httpMethod: 'GET', requestParameters: { 'method.request.querystring.optional': false, 'method.request.header.optional': false } }))
      .toEqual(bad('Parameter names must be unique across querystring, header and path'));
  });

  it('test_put_method_model: create-model, create-model-2, put-method-2-request-models, delete-model-used-2, delete-model-used-by-2-method, update-method-model-2 (on /test), delete-model-used-by-method-1, delete-method-using-model-2, delete-model-unused-2; replays put-method-request-models, delete-model-used, update-method-model, delete-model-unused', async () => {
    const schema1 = '{"title": "MySchema", "type": "object"}';
    const schema2 = '{"title": "MySchemaTwo", "type": "object"}';
    const model1 = await call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', description: '', schema: schema1 })));
    expect.soft(model1).toEqual({ status: 201, contentType: 'application/json', id: expect.any(String), name: 'MySchema', schema: schema1 });
    const model2 = await call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchemaTwo', contentType: 'application/json', description: '', schema: schema2 })));
    expect.soft(model2).toEqual({ status: 201, contentType: 'application/json', id: expect.any(String), name: 'MySchemaTwo', schema: schema2 });
    // <id:1> and <id:2>: two different ids.
    expect.soft(model2.id).not.toEqual(model1.id);

    const base = { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' };
    expect.soft(await putMethod({ httpMethod: 'ANY', requestModels: { 'application/json': 'MySchema' } })).toEqual({ status: 201, ...base, requestModels: { 'application/json': 'MySchema' } });
    const deleteModel = (modelName: string) => call(client.send(new DeleteModelCommand({ restApiId: api, modelName })));
    const referenced = (name: string, where: string) => conflict(`Cannot delete model '${name}', is referenced in method request: ${where}`);
    expect.soft(await deleteModel('MySchema')).toEqual(referenced('MySchema', '//ANY'));
    const updateMethod = (resourceId: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateMethodCommand({ restApiId: api, resourceId, httpMethod: 'ANY', patchOperations })));
    expect
      .soft(await updateMethod(root, ops({ op: 'replace', path: '/requestModels/application~1json', value: 'MySchemaTwo' })))
      .toEqual({ status: 200, ...base, requestModels: { 'application/json': 'MySchemaTwo' } });
    expect.soft(await deleteModel('MySchema')).toEqual({ status: 202 });
    expect.soft(await deleteModel('MySchemaTwo')).toEqual(referenced('MySchemaTwo', '//ANY'));

    const test = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'test' }));
    expect
      .soft(await call(client.send(new PutMethodCommand({ restApiId: api, resourceId: test.id!, httpMethod: 'ANY', authorizationType: 'NONE', requestModels: { 'application/json': 'MySchemaTwo' } }))))
      .toEqual({ status: 201, ...base, requestModels: { 'application/json': 'MySchemaTwo' } });
    // Both //ANY and /test/ANY use MySchemaTwo: AWS named /test/ANY (LocalStack marks the choice as not guaranteed).
    expect.soft(await deleteModel('MySchemaTwo')).toEqual(referenced('MySchemaTwo', '/test/ANY'));
    expect.soft(await updateMethod(test.id!, ops({ op: 'remove', path: '/requestModels/application~1json', value: 'MySchemaTwo' }))).toEqual({ status: 200, ...base });
    expect.soft(await deleteModel('MySchemaTwo')).toEqual(referenced('MySchemaTwo', '//ANY'));
    expect.soft(await call(client.send(new DeleteMethodCommand({ restApiId: api, resourceId: root, httpMethod: 'ANY' })))).toEqual({ status: 204 });
    expect.soft(await deleteModel('MySchemaTwo')).toEqual({ status: 202 });
  });

  it('test_update_method: put-method-response', async () => {
    expect(await putMethod({ httpMethod: 'ANY' })).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
  });
});

describe('test_apigateway_api.py::TestApigatewayMethodResponse (recorded against AWS)', () => {
  const path = () => ({ restApiId: api, resourceId: root, httpMethod: 'GET' });
  const update = (patchOperations: PatchOperation[]) => call(client.send(new UpdateMethodResponseCommand({ ...path(), statusCode: '200', patchOperations })));
  beforeEach(async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
    await mockIntegration('GET');
  });
  const withHeaderAndModel = () =>
    client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: { 'method.response.header.my-header': false }, responseModels: { 'application/json': 'Empty' } }));

  it('test_lifecycle_method_response: get-integration-response (GetMethodResponse right after the put), update-method-responses, get-method (exactly), delete-method-response (204); replays put-method-response, add-method-responses', async () => {
    const empty = { responseModels: {}, responseParameters: {}, statusCode: '200' };
    expect.soft(await call(client.send(new PutMethodResponseCommand({ ...path(), statusCode: '200', responseParameters: {}, responseModels: {} })))).toEqual({ status: 201, ...empty });
    expect.soft(await call(client.send(new GetMethodResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 200, ...empty });
    const full = { responseModels: { 'application/json': 'Empty' }, responseParameters: { 'method.response.header.my-header': true }, statusCode: '200' };
    expect
      .soft(await update(ops({ op: 'add', path: '/responseParameters/method.response.header.my-header', value: 'true' }, { op: 'add', path: '/responseModels/application~1json', value: 'Empty' })))
      .toEqual({ status: 201, ...full });
    expect
      .soft(await update(ops({ op: 'replace', path: '/responseParameters/method.response.header.my-header', value: 'true' }, { op: 'replace', path: '/responseModels/application~1json', value: 'Empty' })))
      .toEqual({ status: 201, ...full });
    expect.soft(await getMethod('GET')).toEqual({
      status: 200,
      apiKeyRequired: false,
      authorizationType: 'NONE',
      httpMethod: 'GET',
      methodIntegration: { cacheKeyParameters: [], cacheNamespace: root, passthroughBehavior: 'WHEN_NO_MATCH', requestTemplates: { 'application/json': mockTemplate }, timeoutInMillis: 29000, type: 'MOCK' },
      methodResponses: { '200': full },
    });
    expect.soft(await call(client.send(new DeleteMethodResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 204 });
  });

  it('test_update_method_response_wrong_operations: update-method-response-wrong-operation-1, -2, -4; replays -3, -5', async () => {
    await withHeaderAndModel();
    const wrongHeader = { op: 'wrong_op' as never, path: '/responseParameters/method.response.header.my-header', value: 'true' };
    const wrongModel = { op: 'wrong_op' as never, path: '/responseModels/application~1json', value: 'Empty' };
    const errors = (...i: number[]) => validation(`${i.length} validation error${i.length === 1 ? '' : 's'} detected: ${i.map(opEnum).join('; ')}`);
    expect.soft(await update(ops(wrongHeader))).toEqual(errors(1));
    expect.soft(await update(ops(wrongModel))).toEqual(errors(1));
    expect.soft(await update(ops(wrongHeader, wrongModel))).toEqual(errors(1, 2));
    expect.soft(await update(ops(wrongHeader, wrongModel, wrongHeader, wrongModel))).toEqual(errors(1, 2, 3, 4));
    expect.soft(await update(ops(wrongHeader, { op: 'remove', path: '/responseModels/application~1json', value: 'Empty' }, wrongModel))).toEqual(errors(1, 3));
  });

  it('test_update_method_wrong_param_names: update-method-response-operation-with-wrong-param-name-1, -2, -3, -4', async () => {
    await withHeaderAndModel();
    expect.soft(await update(ops({ op: 'replace', path: '/responseParameters/wrong', value: 'true' }))).toEqual(notFound('Invalid parameter name specified'));
    expect.soft(await update(ops({ op: 'remove', path: '/responseParameters/wrong', value: 'true' }))).toEqual(notFound('Invalid parameter name specified'));
    expect.soft(await update(ops({ op: 'replace', path: '/responseModels/wrong', value: 'Empty' }))).toEqual(notFound('Content-Type specified was not found'));
    expect.soft(await update(ops({ op: 'remove', path: '/responseModels/wrong', value: 'Empty' }))).toEqual(notFound('Content-Type specified was not found'));
  });
});

describe('test_apigateway_api.py::TestApigatewayIntegration (recorded against AWS)', () => {
  it('test_put_integration_response_validation: put-integration-response-wrong-method, put-integration-response-wrong-resource', async () => {
    await putMethod({ httpMethod: 'POST' });
    await mockIntegration('POST', { integrationHttpMethod: 'GET' });
    const put = (o: { resourceId?: string; httpMethod: string }) =>
      call(client.send(new PutIntegrationResponseCommand({ restApiId: api, resourceId: root, statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': '{}' }, ...o })));
    expect.soft(await put({ httpMethod: 'GET' })).toEqual(notFound('Invalid Method identifier specified'));
    expect.soft(await put({ resourceId: 'badresource', httpMethod: 'GET' })).toEqual(notFound('Invalid Resource identifier specified'));
  });

  it('test_put_integration_response_templates: put-integration-response-template-none, put-integration-response-template-empty, put-integration-no-response-template', async () => {
    await putMethod({ httpMethod: 'POST' });
    await mockIntegration('POST', { integrationHttpMethod: 'GET' });
    const put = () => new PutIntegrationResponseCommand({ restApiId: api, resourceId: root, httpMethod: 'POST', statusCode: '200', selectionPattern: '' });
    // null reaches AWS as null (botocore, parameter_validation=False) and comes back as null: read off the wire.
    expect.soft(await wire(put(), { selectionPattern: '', responseTemplates: { 'application/json': null } })).toEqual({
      status: 201,
      json: { responseTemplates: { 'application/json': null }, selectionPattern: '', statusCode: '200' },
    });
    expect.soft(await wire(new PutIntegrationResponseCommand({ restApiId: api, resourceId: root, httpMethod: 'POST', statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': '' } }))).toEqual({
      status: 201,
      json: { responseTemplates: { 'application/json': null }, selectionPattern: '', statusCode: '200' },
    });
    expect.soft(await call(client.send(put()))).toEqual({ status: 201, selectionPattern: '', statusCode: '200' });
  });
});

describe('test_apigateway_api.py::TestApigatewayIntegrationResponse (recorded against AWS)', () => {
  const path = () => ({ restApiId: api, resourceId: root, httpMethod: 'GET' });

  it('test_integration_response_wrong_api: put-integration-response-wrong-api; replays get-integration-response-wrong-api', async () => {
    const where = { restApiId: 'wrong-api', resourceId: 'dummy-value', httpMethod: 'GET', statusCode: '200' };
    expect.soft(await call(client.send(new PutIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Resource identifier specified'));
    expect.soft(await call(client.send(new GetIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Resource identifier specified'));
  });

  it('test_integration_response_wrong_resource: put-integration-response-wrong-resource; replays get-integration-response-wrong-resource', async () => {
    const where = { restApiId: api, resourceId: 'wrong-resource', httpMethod: 'GET', statusCode: '200' };
    expect.soft(await call(client.send(new PutIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Resource identifier specified'));
    expect.soft(await call(client.send(new GetIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Resource identifier specified'));
  });

  it('test_integration_response_wrong_method: put-integration-response-wrong-method, get-integration-response-wrong-method ("wrong-method")', async () => {
    const where = { restApiId: api, resourceId: root, httpMethod: 'wrong-method', statusCode: '200' };
    expect.soft(await call(client.send(new PutIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Method identifier specified'));
    expect.soft(await call(client.send(new GetIntegrationResponseCommand(where)))).toEqual(notFound('Invalid Method identifier specified'));
  });

  it('test_integration_response_invalid_statuscode: put-integration-response-invalid-statusCode, get-integration-response-invalid-statusCode (no method on the resource)', async () => {
    const pattern = validation(`1 validation error detected: ${statusCodePattern('wrong')}`);
    expect
      .soft(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: 'wrong', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' }))))
      .toEqual(pattern);
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...path(), statusCode: 'wrong' })))).toEqual(pattern);
  });

  it('test_integration_response_invalid_responsetemplates: put-integration-response-invalid-responseTemplates-1 (a number as template); replays -2', async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
    await mockIntegration('GET', { integrationHttpMethod: 'GET' });
    const put = () => new PutIntegrationResponseCommand({ ...path(), statusCode: '200', selectionPattern: '' });
    expect.soft(await call(client.send(withExactWireBody(put(), { selectionPattern: '', responseTemplates: { 'application/json': 123 } })))).toEqual({
      error: 'SerializationException',
      message: 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String',
      status: 400,
    });
    expect
      .soft(await call(client.send(withExactWireBody(put(), { selectionPattern: '', responseTemplates: { '123': mockTemplate } }))))
      .toEqual(bad('Validation Result: warnings : [], errors : [Invalid content type specified: 123]'));
  });

  it('test_lifecycle_integration_response: get-method (exactly), delete-integration-response (204); replays put-integration-response, get-integration-response, update-integration-response, overwrite-integration-response', async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
    await mockIntegration('GET');
    const created = { responseTemplates: { 'application/json': '"created"' }, selectionPattern: '', statusCode: '200' };
    expect.soft(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' })))).toEqual({ status: 201, ...created });
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 200, ...created });
    expect
      .soft(await call(client.send(new UpdateIntegrationResponseCommand({ ...path(), statusCode: '200', patchOperations: ops({ op: 'replace', path: '/selectionPattern', value: 'updated-pattern' }) }))))
      .toEqual({ status: 200, ...created, selectionPattern: 'updated-pattern' });
    const overwritten = { responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern', statusCode: '200' };
    expect
      .soft(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern' }))))
      .toEqual({ status: 201, ...overwritten });
    expect.soft(await getMethod('GET')).toEqual({
      status: 200,
      apiKeyRequired: false,
      authorizationType: 'NONE',
      httpMethod: 'GET',
      methodIntegration: {
        cacheKeyParameters: [],
        cacheNamespace: root,
        integrationResponses: { '200': overwritten },
        passthroughBehavior: 'WHEN_NO_MATCH',
        requestTemplates: { 'application/json': mockTemplate },
        timeoutInMillis: 29000,
        type: 'MOCK',
      },
    });
    expect.soft(await call(client.send(new DeleteIntegrationResponseCommand({ ...path(), statusCode: '200' })))).toEqual({ status: 204 });
  });

  it('test_delete_integration_response_errors: put-integration-response, non-existent-resource, non-existent-api-id, non-existent-status-code (201), bad-method (WRONG, 201); replays non-existent-method', async () => {
    await client.send(new PutMethodCommand({ ...path(), authorizationType: 'NONE' }));
    await mockIntegration('GET');
    expect
      .soft(await call(client.send(new PutIntegrationResponseCommand({ ...path(), statusCode: '200', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' }))))
      .toEqual({ status: 201, responseTemplates: { 'application/json': '"created"' }, selectionPattern: '', statusCode: '200' });
    const del = (o: Record<string, string>) => call(client.send(new DeleteIntegrationResponseCommand({ ...path(), statusCode: '200', ...o })));
    expect.soft(await del({ resourceId: 'bad-resource' })).toEqual(notFound('Invalid Resource identifier specified'));
    expect.soft(await del({ restApiId: 'bad-api-id' })).toEqual(notFound('Invalid Resource identifier specified'));
    expect.soft(await del({ httpMethod: 'POST' })).toEqual(notFound('Invalid Integration identifier specified'));
    expect.soft(await del({ statusCode: '201' })).toEqual(notFound('Invalid Response status code specified'));
    expect.soft(await del({ httpMethod: 'WRONG', statusCode: '201' })).toEqual(notFound('Invalid Integration identifier specified'));
  });
});

describe('test_apigateway_integrations.py (recorded against AWS)', () => {
  /** The echo server's URL (snapshot `<uri:1>`): only its being the one sent matters. */
  const echoUri = 'http://echo.example.com/post';

  it('test_put_integration_responses: put-method-get, put-method-response-get, put-integration-response-get, get-integration-response-get, get-method-get, delete-integration-response-get, get-method-get-after-int-resp-delete, put-method-response-put, put-integration-response-put, get-integration-response-put; replays put-method-put', async () => {
    const at = (httpMethod: string) => ({ restApiId: api, resourceId: root, httpMethod });
    expect.soft(await putMethod({ httpMethod: 'GET' })).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'GET' });
    expect.soft(await call(client.send(new PutMethodResponseCommand({ ...at('GET'), statusCode: '200' })))).toEqual({ status: 201, statusCode: '200' });
    await client.send(new PutIntegrationCommand({ ...at('GET'), type: 'HTTP', uri: echoUri, integrationHttpMethod: 'POST' }));
    const getResponse = { responseTemplates: {}, selectionPattern: '2\\d{2}', statusCode: '200' };
    expect.soft(await call(client.send(new PutIntegrationResponseCommand({ ...at('GET'), statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: {} })))).toEqual({ status: 201, ...getResponse });
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...at('GET'), statusCode: '200' })))).toEqual({ status: 200, ...getResponse });
    const integration = { cacheKeyParameters: [], cacheNamespace: root, connectionType: 'INTERNET', httpMethod: 'POST', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, type: 'HTTP', uri: echoUri };
    const methodBase = { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'GET', methodResponses: { '200': { statusCode: '200' } } };
    expect.soft(await getMethod('GET')).toEqual({ status: 200, ...methodBase, methodIntegration: { ...integration, integrationResponses: { '200': getResponse } } });
    // (CreateDeployment and a GET on the stage here: not served, and they change no answer below.)
    expect.soft(await call(client.send(new DeleteIntegrationResponseCommand({ ...at('GET'), statusCode: '200' })))).toEqual({ status: 204 });
    expect.soft(await getMethod('GET')).toEqual({ status: 200, ...methodBase, methodIntegration: integration });

    expect.soft(await putMethod({ httpMethod: 'PUT', authorizationType: 'none' })).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'PUT' });
    expect.soft(await call(client.send(new PutMethodResponseCommand({ ...at('PUT'), statusCode: '200' })))).toEqual({ status: 201, statusCode: '200' });
    await client.send(new PutIntegrationCommand({ ...at('PUT'), type: 'HTTP', uri: echoUri, integrationHttpMethod: 'POST' }));
    const putResponse = { contentHandling: 'CONVERT_TO_BINARY', selectionPattern: '2\\d{2}', statusCode: '200' };
    expect
      .soft(await call(client.send(new PutIntegrationResponseCommand({ ...at('PUT'), statusCode: '200', selectionPattern: '2\\d{2}', contentHandling: 'CONVERT_TO_BINARY' }))))
      .toEqual({ status: 201, ...putResponse });
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...at('PUT'), statusCode: '200' })))).toEqual({ status: 200, ...putResponse });
  });

  it('test_put_integration_response_with_response_template: get-integration-response', async () => {
    const at = { restApiId: api, resourceId: root, httpMethod: 'GET' };
    await putMethod({ httpMethod: 'GET' });
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: '200' }));
    await client.send(new PutIntegrationCommand({ ...at, type: 'HTTP', uri: echoUri, integrationHttpMethod: 'POST' }));
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: '200', selectionPattern: 'foobar', responseTemplates: { 'application/json': '{"data": "test"}' } }));
    expect(await call(client.send(new GetIntegrationResponseCommand({ ...at, statusCode: '200' })))).toEqual({
      status: 200,
      responseTemplates: { 'application/json': '{"data": "test"}' },
      selectionPattern: 'foobar',
      statusCode: '200',
    });
  });
});

describe('test_apigateway_lambda.py (recorded against AWS; the Lambda function and role are only ARNs here)', () => {
  it('test_lambda_aws_integration: put-method, put-integration-response (before any method response), put-method-response', async () => {
    const test = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'test' }));
    const at = { restApiId: api, resourceId: test.id!, httpMethod: 'POST' };
    expect.soft(await call(client.send(new PutMethodCommand({ ...at, authorizationType: 'NONE' })))).toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'POST' });
    await client.send(new PutIntegrationCommand({ ...at, type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaInvocationUri('test-echo'), credentials: roleArn }));
    expect.soft(await call(client.send(new PutIntegrationResponseCommand({ ...at, statusCode: '200' })))).toEqual({ status: 201, statusCode: '200' });
    expect.soft(await call(client.send(new PutMethodResponseCommand({ ...at, statusCode: '200' })))).toEqual({ status: 201, statusCode: '200' });
  });

  it('test_lambda_aws_integration_with_request_template: put-method, put-method-response, put-integration-response', async () => {
    const test = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'test' }));
    const at = { restApiId: api, resourceId: test.id!, httpMethod: 'GET' };
    const requestParameters = { 'method.request.querystring.param1': false };
    expect
      .soft(await call(client.send(new PutMethodCommand({ ...at, authorizationType: 'NONE', requestParameters }))))
      .toEqual({ status: 201, apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'GET', requestParameters });
    expect.soft(await call(client.send(new PutMethodResponseCommand({ ...at, statusCode: '200' })))).toEqual({ status: 201, statusCode: '200' });
    await client.send(
      new PutIntegrationCommand({
        ...at,
        integrationHttpMethod: 'POST',
        type: 'AWS',
        uri: lambdaInvocationUri('test-echo'),
        credentials: roleArn,
        requestTemplates: { 'application/json': '{"param1": "$input.params(\'param1\')"}' },
      }),
    );
    expect.soft(await call(client.send(new PutIntegrationResponseCommand({ ...at, statusCode: '200', selectionPattern: '' })))).toEqual({ status: 201, selectionPattern: '', statusCode: '200' });
  });
});

describe('test_apigateway_common.py::TestApiGatewayCommon (recorded against AWS)', () => {
  it('test_api_gateway_request_validator: change-request-path-names, revert-request-path-names (UpdateMethod answers like GetMethod)', async () => {
    const nested = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: 'nested' }));
    const resource = await client.send(new CreateResourceCommand({ restApiId: api, parentId: nested.id!, pathPart: '{test}' }));
    const resourceId = resource.id!;
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'test-validator', validateRequestParameters: true, validateRequestBody: true }));
    await client.send(
      new CreateModelCommand({
        restApiId: api,
        name: 'testSchema',
        contentType: 'application/json',
        schema: '{"$schema": "http://json-schema.org/draft-04/schema#", "title": "testSchema", "type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]}',
      }),
    );
    const uri = lambdaInvocationUri('test-proxy');
    for (const httpMethod of ['GET', 'POST']) {
      const at = { restApiId: api, resourceId, httpMethod };
      await client.send(
        new PutMethodCommand({
          ...at,
          authorizationType: 'NONE',
          requestValidatorId: validator.id!,
          requestParameters: { 'method.request.path.test': true, 'method.request.querystring.qs1': true, 'method.request.header.x-header-param': true },
          requestModels: { 'application/json': 'testSchema' },
        }),
      );
      await client.send(new PutIntegrationCommand({ ...at, integrationHttpMethod: 'POST', type: 'AWS_PROXY', uri }));
      await client.send(new PutMethodResponseCommand({ ...at, statusCode: '200' }));
      await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: '200' }));
    }
    // (CreateDeployment and requests to the stage here: not served, and they change no answer below.)
    const answer = (pathParameter: string) => ({
      status: 200,
      apiKeyRequired: false,
      authorizationType: 'NONE',
      httpMethod: 'POST',
      methodIntegration: {
        cacheKeyParameters: [],
        cacheNamespace: resourceId,
        httpMethod: 'POST',
        integrationResponses: { '200': { statusCode: '200' } },
        passthroughBehavior: 'WHEN_NO_MATCH',
        timeoutInMillis: 29000,
        type: 'AWS_PROXY',
        uri,
      },
      methodResponses: { '200': { statusCode: '200' } },
      requestModels: { 'application/json': 'testSchema' },
      requestParameters: { 'method.request.header.x-header-param': true, [`method.request.path.${pathParameter}`]: true, 'method.request.querystring.qs1': true },
      requestValidatorId: validator.id,
    });
    const updatePost = (patchOperations: PatchOperation[]) => call(client.send(new UpdateMethodCommand({ restApiId: api, resourceId, httpMethod: 'POST', patchOperations })));
    expect
      .soft(await updatePost(ops({ op: 'add', path: '/requestParameters/method.request.path.issuer', value: 'true' }, { op: 'remove', path: '/requestParameters/method.request.path.test', value: 'true' })))
      .toEqual(answer('issuer'));
    expect
      .soft(await updatePost(ops({ op: 'add', path: '/requestParameters/method.request.path.test', value: 'true' }, { op: 'remove', path: '/requestParameters/method.request.path.issuer', value: 'true' })))
      .toEqual(answer('test'));
  });
});

describe('test_apigateway_basic.py::TestAPIGateway (recorded against AWS; the Lambda function is only an ARN here)', () => {
  it('test_apigateway_with_custom_authorization_method: authorizer, put-method-response', async () => {
    // A backslash line continuation inside the test's f-string put 17 spaces after "path/"; AWS took it as is.
    const authorizerUri = `arn:aws:apigateway:us-east-1:lambda:path/${' '.repeat(17)}2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:integration-lambda/invocations`;
    const authorizer = await call(client.send(new CreateAuthorizerCommand({ restApiId: api, name: 'lambda_authorizer', type: 'TOKEN', authorizerUri, identitySource: 'method.request.header.Auth' })));
    expect.soft(authorizer).toEqual({ status: 201, authType: 'custom', authorizerUri, id: expect.any(String), identitySource: 'method.request.header.Auth', name: 'lambda_authorizer', type: 'TOKEN' });
    expect
      .soft(await putMethod({ httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: authorizer.id as string, apiKeyRequired: true }))
      .toEqual({ status: 201, apiKeyRequired: true, authorizationType: 'CUSTOM', authorizerId: authorizer.id, httpMethod: 'GET' });
  });
});

describe('test_apigateway_s3.py::TestApiGatewayS3BinarySupport (recorded against AWS; the bucket and role are only names here)', () => {
  const bucket = 'recorded-bucket';
  const s3Uri = `arn:aws:apigateway:us-east-1:s3:path/${bucket}/{object_path}`;
  const integrationRequestParameters = {
    'integration.request.path.object_path': 'method.request.path.object_path',
    'integration.request.header.Content-Type': 'method.request.header.Content-Type',
    'integration.request.querystring.response-content-type': 'method.request.header.response-content-type',
  };
  const etag = { 'method.response.header.ETag': 'integration.response.header.ETag' };

  /** The fixture setup_s3_apigateway (deploy=False): the resource /{object_path+} and its ANY method. */
  async function setupS3(o: { requestContentHandling?: 'CONVERT_TO_BINARY'; responseContentHandling?: 'CONVERT_TO_TEXT' }) {
    const resource = await client.send(new CreateResourceCommand({ restApiId: api, parentId: root, pathPart: '{object_path+}' }));
    const at = { restApiId: api, resourceId: resource.id!, httpMethod: 'ANY' };
    await client.send(
      new PutMethodCommand({
        ...at,
        authorizationType: 'NONE',
        requestParameters: { 'method.request.path.object_path': true, 'method.request.header.Content-Type': false, 'method.request.header.response-content-type': false },
      }),
    );
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: '200', responseParameters: { 'method.response.header.ETag': false } }));
    await client.send(
      new PutIntegrationCommand({
        ...at,
        integrationHttpMethod: 'ANY',
        type: 'AWS',
        uri: s3Uri,
        requestParameters: integrationRequestParameters,
        credentials: roleArn,
        ...(o.requestContentHandling ? { contentHandling: o.requestContentHandling } : {}),
      }),
    );
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: '200', responseParameters: etag, ...(o.responseContentHandling ? { contentHandling: o.responseContentHandling } : {}) }));
    return at;
  }

  it('test_apigw_s3_binary_support_request_convert_to_binary_with_request_template: get-integration (integrationResponses embedded)', async () => {
    const at = await setupS3({ requestContentHandling: 'CONVERT_TO_BINARY' });
    await client.send(new UpdateIntegrationCommand({ ...at, patchOperations: ops({ op: 'add', path: '/requestTemplates/application~1json', value: '{"data": "$input.body"}' }) }));
    expect(await call(client.send(new GetIntegrationCommand(at)))).toEqual({
      status: 200,
      cacheKeyParameters: [],
      cacheNamespace: at.resourceId,
      contentHandling: 'CONVERT_TO_BINARY',
      credentials: roleArn,
      httpMethod: 'ANY',
      integrationResponses: { '200': { responseParameters: etag, statusCode: '200' } },
      passthroughBehavior: 'WHEN_NO_MATCH',
      requestParameters: integrationRequestParameters,
      requestTemplates: { 'application/json': '{"data": "$input.body"}' },
      timeoutInMillis: 29000,
      type: 'AWS',
      uri: s3Uri,
    });
  });

  it('test_apigw_s3_binary_support_response_convert_to_binary_with_request_template: get-integration-response, get-integration-response-update', async () => {
    const at = await setupS3({ responseContentHandling: 'CONVERT_TO_TEXT' });
    // (UpdateRestApi add /binaryMediaTypes/image~1png here: not served, and it changes no answer below.)
    await client.send(new UpdateIntegrationResponseCommand({ ...at, statusCode: '200', patchOperations: ops({ op: 'add', path: '/responseTemplates/application~1json', value: '{"data": "$input.body"}' }) }));
    const recorded = { responseParameters: etag, responseTemplates: { 'application/json': '{"data": "$input.body"}' }, statusCode: '200' };
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...at, statusCode: '200' })))).toEqual({ status: 200, contentHandling: 'CONVERT_TO_TEXT', ...recorded });
    // (CreateDeployment and a GET on the stage here: not served, and they change no answer below.)
    await client.send(new UpdateIntegrationResponseCommand({ ...at, statusCode: '200', patchOperations: ops({ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' }) }));
    expect.soft(await call(client.send(new GetIntegrationResponseCommand({ ...at, statusCode: '200' })))).toEqual({ status: 200, contentHandling: 'CONVERT_TO_BINARY', ...recorded });
  });
});

describe('test_apigateway_api.py::TestApiGatewayApiAuthorizer (recorded against AWS)', () => {
  it('test_authorizer_crud_no_api: wrong-rest-api-id-create-authorizer', async () => {
    expect(
      await call(
        client.send(
          new CreateAuthorizerCommand({
            restApiId: 'test-fake-rest-id',
            name: 'fake-auth-name',
            type: 'TOKEN',
            authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
            identitySource: 'method.request.header.Authorization',
          }),
        ),
      ),
    ).toEqual(conflict('Unable to complete operation due to concurrent modification. Please try again later.'));
  });
});

describe('test_apigateway_api.py::TestApiGatewayApiRequestValidator (recorded against AWS)', () => {
  const gone = notFound('Invalid Request Validator identifier specified');
  const validatorAnswer = (name: string) => ({ id: expect.any(String), name, validateRequestBody: false, validateRequestParameters: false });

  it('test_validators_crud_no_api: wrong-rest-api-id-create-validator', async () => {
    expect(await call(client.send(new CreateRequestValidatorCommand({ restApiId: 'test-fake-rest-id', name: 'test-validator', validateRequestBody: true, validateRequestParameters: false })))).toEqual(
      bad('Invalid REST API identifier specified'),
    );
  });

  it('test_create_request_validator_invalid_api_id: invalid-create-request-validator (restApiId "api_id")', async () => {
    expect(await call(client.send(new CreateRequestValidatorCommand({ restApiId: 'api_id', name: 'test-validator-abc123' })))).toEqual(bad('Invalid REST API identifier specified'));
  });

  it('test_request_validator_lifecycle: delete-request-validator (202, empty body); replays create-request-validator, get-request-validator, get-deleted-request-validator', async () => {
    const name = 'test-validator-abc123';
    const created = await call(client.send(new CreateRequestValidatorCommand({ restApiId: api, name })));
    expect.soft(created).toEqual({ status: 201, ...validatorAnswer(name) });
    const requestValidatorId = created.id as string;
    expect.soft(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId })))).toEqual({ status: 200, ...validatorAnswer(name), id: requestValidatorId });
    // (get-request-validators-after-update-operation, a GetRequestValidators list call, here: not served; the updates are encoded in methodFamilyRecorded.test.ts.)
    expect.soft(await call(client.send(new DeleteRequestValidatorCommand({ restApiId: api, requestValidatorId })))).toEqual({ status: 202 });
    expect.soft(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId })))).toEqual(gone);
  });

  it('test_invalid_update_request_validator_operations: create-request-validator', async () => {
    expect(await call(client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'test-validator-def456' })))).toEqual({ status: 201, ...validatorAnswer('test-validator-def456') });
  });

  it('test_invalid_get_request_validator: get-request-validators-invalid-api-id (a real validator id, API "api_id"), get-request-validators-invalid-validator-id', async () => {
    const { id } = await client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'test-validator-abc123' }));
    expect.soft(await call(client.send(new GetRequestValidatorCommand({ restApiId: 'api_id', requestValidatorId: id! })))).toEqual(gone);
    expect.soft(await call(client.send(new GetRequestValidatorCommand({ restApiId: api, requestValidatorId: 'validator_id' })))).toEqual(gone);
  });

  it('test_invalid_delete_request_validator: delete-request-validator-invalid-api-id, delete-request-validator-invalid-validator-id', async () => {
    const { id } = await client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'test-validator-abc123' }));
    expect.soft(await call(client.send(new DeleteRequestValidatorCommand({ restApiId: 'api_id', requestValidatorId: id! })))).toEqual(gone);
    expect.soft(await call(client.send(new DeleteRequestValidatorCommand({ restApiId: api, requestValidatorId: 'validator_id' })))).toEqual(gone);
  });
});

describe('test_apigateway_api.py::TestApiGatewayApiModels (recorded against AWS)', () => {
  const mySchema = '{"title": "MySchema", "type": "object"}';

  it('test_model_lifecycle: create-model, get-model, del-model (schema sent and answered as the same string)', async () => {
    const schema =
      '{\n\t"title": "Calc output",\n\t"type": "object",\n\t"properties": {\n\t\t"a": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"b": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"op": {\n\t\t\t"description": "operation of +, -, * or /",\n\t\t\t"type": "string"\n\t\t},\n\t\t"c": {\n\t\t    "type": "number"\n\t\t}\n\t},\n\t"required": ["a", "b", "op"]\n}\n';
    const model = { contentType: 'application/json', description: 'Calc output model', name: 'CalcOutput', schema };
    const created = await call(client.send(new CreateModelCommand({ restApiId: api, name: 'CalcOutput', contentType: 'application/json', description: 'Calc output model', schema })));
    expect.soft(created).toEqual({ status: 201, ...model, id: expect.any(String) });
    // (GetModels here: adjacent, not served.)
    expect.soft(await call(client.send(new GetModelCommand({ restApiId: api, modelName: 'CalcOutput' })))).toEqual({ status: 200, ...model, id: created.id });
    expect.soft(await call(client.send(new DeleteModelCommand({ restApiId: api, modelName: 'CalcOutput' })))).toEqual({ status: 202 });
  });

  it('test_model_validation: create-model-wrong-id, get-model-wrong-id, del-model-wrong-id (API "abcde0"), create-model-empty-schema (""), create-model-no-schema-json, create-model-no-schema-xml; replays create-model-already-exists, create-model-empty-name', async () => {
    const create = (o: Partial<ConstructorParameters<typeof CreateModelCommand>[0]>) =>
      call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', description: '', schema: mySchema, ...o })));
    const wrongApi = await create({ restApiId: 'abcde0', description: 'Test model' });
    // "Invalid API identifier specified <account>:abcde0" (the snapshot shows the account as 111111111111).
    expect.soft(wrongApi).toEqual({ error: 'NotFoundException', message: expect.stringMatching(/^Invalid API identifier specified \d{12}:abcde0$/), status: 404 });
    // (GetModels on the unknown API here: adjacent, not served.)
    expect.soft(await call(client.send(new GetModelCommand({ restApiId: 'abcde0', modelName: 'MySchema' })))).toEqual(notFound('Invalid model name specified: MySchema'));
    expect.soft(await call(client.send(new DeleteModelCommand({ restApiId: 'abcde0', modelName: 'MySchema' })))).toEqual(notFound('Invalid model name specified: MySchema'));
    expect.soft((await create({})).status).toBe(201);
    expect.soft(await create({})).toEqual(conflict('Model name already exists for this REST API'));
    expect.soft(await create({ name: '' })).toEqual(bad('Model name must be non-empty'));
    const noSchema = bad('Model schema must have at least 1 property or array items defined');
    expect.soft(await create({ name: 'MyEmptySchema', schema: '' })).toEqual(noSchema);
    expect.soft(await create({ name: 'MyEmptySchema', schema: undefined })).toEqual(noSchema);
    expect.soft(await create({ name: 'MyEmptySchemaXml', contentType: 'application/xml', schema: undefined })).toEqual(noSchema);
  });

  it('test_update_model: create-model (empty description dropped)', async () => {
    // (UpdateModel on an unknown API first: encoded in methodFamilyRecorded.test.ts; it changes nothing here.)
    expect(await call(client.send(new CreateModelCommand({ restApiId: api, name: 'MySchema', contentType: 'application/json', description: '', schema: mySchema })))).toEqual({
      status: 201,
      contentType: 'application/json',
      id: expect.any(String),
      name: 'MySchema',
      schema: mySchema,
    });
  });
});
