/**
 * AWS's recorded answers for GatewayResponse (LocalStack test_apigateway_api.py#TestApiGatewayGatewayResponse,
 * recorded against AWS), replayed against `serve` over loopback through the SDK; each test named after
 * the LocalStack test and the snapshot keys it encodes.
 */
import {
  DeleteGatewayResponseCommand,
  GetGatewayResponseCommand,
  PutGatewayResponseCommand,
  UpdateGatewayResponseCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import { answerOf as call } from './answerOf.js';
import { useServedApi } from './servedApi.js';

const served = useServedApi(5);

const messageTemplate = { 'application/json': '{"message":$context.error.messageString}' };
const headers = {
  'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
  'gatewayresponse.header.x-request-header': 'method.request.header.Accept',
  'gatewayresponse.header.x-request-path': 'method.request.path.petId',
  'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
};
const get = (responseType: string) => call(served.client.send(new GetGatewayResponseCommand({ restApiId: served.api, responseType: responseType as never })));
const put = (input: Omit<ConstructorParameters<typeof PutGatewayResponseCommand>[0], 'restApiId'>) => call(served.client.send(new PutGatewayResponseCommand({ restApiId: served.api, ...input })));
const update = (responseType: string, patchOperations: PatchOperation[], restApiId = served.api) => call(served.client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: responseType as never, patchOperations })));

describe('TestApiGatewayGatewayResponse (LocalStack snapshots recorded against AWS)', () => {
  it('test_gateway_response_crud: get-gateway-response-default, put-gateway-response, get-gateway-response, delete-gateway-response, get-deleted-gw-response', async () => {
    const byDefault = { status: 200, defaultResponse: true, responseParameters: {}, responseTemplates: messageTemplate, responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '403' };
    expect(await get('MISSING_AUTHENTICATION_TOKEN')).toEqual(byDefault);
    const template = { 'application/json': '{\n     "message": $context.error.messageString\n}' };
    const mine = { defaultResponse: false, responseParameters: headers, responseTemplates: template, responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404' };
    expect(await put({ responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404', responseParameters: headers, responseTemplates: template })).toEqual({ status: 201, ...mine });
    expect(await get('MISSING_AUTHENTICATION_TOKEN')).toEqual({ status: 200, ...mine });
    expect(await call(served.client.send(new DeleteGatewayResponseCommand({ restApiId: served.api, responseType: 'MISSING_AUTHENTICATION_TOKEN' })))).toEqual({ status: 202 });
    expect(await get('MISSING_AUTHENTICATION_TOKEN')).toEqual(byDefault);
  });

  it('test_gateway_response_validation: -no-api, delete-gateway-response-not-set, -wrong-response-type', async () => {
    const noApi = { error: 'NotFoundException', message: 'Invalid API identifier specified 123456789012:fake-api-id', status: 404 };
    expect(await call(served.client.send(new GetGatewayResponseCommand({ restApiId: 'fake-api-id', responseType: 'DEFAULT_4XX' })))).toEqual(noApi);
    expect(await call(served.client.send(new DeleteGatewayResponseCommand({ restApiId: 'fake-api-id', responseType: 'DEFAULT_4XX' })))).toEqual(noApi);
    expect(await update('DEFAULT_4XX', [], 'fake-api-id')).toEqual(noApi);
    expect(await call(served.client.send(new DeleteGatewayResponseCommand({ restApiId: served.api, responseType: 'DEFAULT_4XX' })))).toEqual({ error: 'NotFoundException', message: 'Gateway response type not defined on api', status: 404 });
    const wrongType = {
      error: 'ValidationException',
      message:
        "1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, AUTHORIZER_CONFIGURATION_ERROR, MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY, INVALID_SIGNATURE, INVALID_API_KEY, BAD_REQUEST_PARAMETERS, AUTHORIZER_FAILURE, UNAUTHORIZED, INTEGRATION_TIMEOUT, ACCESS_DENIED, DEFAULT_4XX, DEFAULT_5XX, WAF_FILTERED, QUOTA_EXCEEDED, THROTTLED, API_CONFIGURATION_ERROR, UNSUPPORTED_MEDIA_TYPE, INTEGRATION_FAILURE, EXPIRED_TOKEN]",
      status: 400,
    };
    expect(await get('FAKE_RESPONSE_TYPE')).toEqual(wrongType);
    expect(await call(served.client.send(new DeleteGatewayResponseCommand({ restApiId: served.api, responseType: 'FAKE_RESPONSE_TYPE' as never })))).toEqual(wrongType);
    expect(await update('FAKE_RESPONSE_TYPE', [])).toEqual(wrongType);
    expect(await put({ responseType: 'FAKE_RESPONSE_TYPE' as never, statusCode: '404', responseParameters: {}, responseTemplates: {} })).toEqual(wrongType);
  });

  it('test_update_gateway_response: update-gateway-response-not-set, default-get-gateway-response, update-gateway-response and its errors', async () => {
    const notSet = { defaultResponse: false, responseParameters: {}, responseTemplates: messageTemplate, responseType: 'DEFAULT_4XX', statusCode: '444' };
    expect(await update('DEFAULT_4XX', [{ op: 'replace', path: '/statusCode', value: '444' }])).toEqual({ status: 200, ...notSet });
    expect(await get('DEFAULT_4XX')).toEqual({ status: 200, ...notSet });
    const template = { 'application/json': JSON.stringify({ 'application/json': '{"message":$context.error.messageString}' }) };
    await put({ responseType: 'DEFAULT_4XX', statusCode: '404', responseParameters: headers, responseTemplates: template });
    const xml = '<gatewayResponse><message>$context.error.messageString</message><type>$context.error.responseType</type></gatewayResponse>';
    const updated = await update('DEFAULT_4XX', [
      { op: 'replace', path: '/statusCode', value: '444' },
      { op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" },
      { op: 'add', path: '/responseTemplates/application~1xml', value: xml },
    ]);
    expect(updated).toEqual({
      status: 200, defaultResponse: false, responseType: 'DEFAULT_4XX', statusCode: '444',
      responseParameters: { ...headers, 'gatewayresponse.header.Access-Control-Allow-Origin': "'example.com'" },
      responseTemplates: { ...template, 'application/xml': xml },
    });
    expect(await get('DEFAULT_4XX')).toEqual({ ...updated, status: 200 });
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await update('DEFAULT_4XX', [{ op: 'add', path: '/statusCode', value: '444' }])).toEqual(bad('Invalid patch path /statusCode'));
    expect(await update('DEFAULT_4XX', [{ op: 'remove', path: '/statusCode' }])).toEqual(bad('Invalid patch path /statusCode'));
    expect(await update('DEFAULT_5XX', [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" }])).toEqual({ error: 'NotFoundException', message: 'Invalid parameter name specified', status: 404 });
    expect(await update('DEFAULT_4XX', [{ op: 'replace' } as never])).toEqual(bad('Invalid patch path null'));
    expect(await update('DEFAULT_4XX', [{ op: 'wrong-op' as never, path: '/statusCode', value: '444' }])).toEqual({
      error: 'ValidationException',
      message: "1 validation error detected: Value 'wrong-op' at 'updateGatewayResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
      status: 400,
    });
    expect(await update('DEFAULT_4XX', [{ op: 'replace', path: '/wrongPath', value: 'x' }])).toEqual(bad('Invalid patch path /wrongPath'));
    expect(await update('DEFAULT_4XX', [{ op: 'replace', path: '/responseTemplates/application~1json' } as never])).toEqual(bad('Invalid null or empty value in responseTemplates'));
    expect(await update('DEFAULT_4XX', [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.x-request-path' } as never])).toEqual(bad('Invalid null or empty value in responseParameters'));
  });

  it('test_gateway_response_put: status only, parameters only, templates only, DEFAULT_5XX reshapes the 5xx defaults, a put keeps its own default status', async () => {
    const base = { defaultResponse: false, responseType: 'MISSING_AUTHENTICATION_TOKEN' };
    expect(await put({ responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404' })).toEqual({ status: 201, ...base, statusCode: '404', responseParameters: {}, responseTemplates: messageTemplate });
    expect(await put({ responseType: 'MISSING_AUTHENTICATION_TOKEN', responseParameters: { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' } })).toEqual({
      status: 201, ...base, statusCode: '403', responseParameters: { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' }, responseTemplates: messageTemplate,
    });
    const five = { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' };
    const long = { 'application/json': '{\n     "message": $context.error.messageString,\n     "type":  "$context.error.responseType",\n     "statusCode": "\'599\'"\n}' };
    await put({ responseType: 'DEFAULT_5XX', statusCode: '599', responseParameters: five, responseTemplates: long });
    // The 5xx types nothing was put at take its status, parameters and templates.
    for (const type of ['API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT']) {
      expect(await get(type)).toEqual({ status: 200, defaultResponse: true, responseType: type, statusCode: '599', responseParameters: five, responseTemplates: long });
    }
    expect(await get('ACCESS_DENIED')).toMatchObject({ statusCode: '403', responseParameters: {}, defaultResponse: true });
    expect(await put({ responseType: 'AUTHORIZER_FAILURE', responseParameters: { 'gatewayresponse.header.foo': "'bar'" } })).toEqual({
      status: 201, defaultResponse: false, responseType: 'AUTHORIZER_FAILURE', statusCode: '500', responseParameters: { 'gatewayresponse.header.foo': "'bar'" }, responseTemplates: messageTemplate,
    });
  });
});
