/**
 * AWS's recorded answers for DocumentationPart (LocalStack test_apigateway_api.py#TestApiGatewayApiDocumentationPart,
 * recorded against AWS), replayed against `serve` over loopback through the SDK.
 */
import {
  CreateDocumentationPartCommand,
  DeleteDocumentationPartCommand,
  GetDocumentationPartCommand,
  UpdateDocumentationPartCommand,
} from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import { answerOf as call } from './answerOf.js';
import { useServedApi } from './servedApi.js';

const served = useServedApi(6);

const notPart = { error: 'NotFoundException', message: 'Invalid Documentation part identifier specified', status: 404 };
const noApi = (id: string) => ({ error: 'NotFoundException', message: `Invalid API identifier specified 123456789012:${id}`, status: 404 });

describe('TestApiGatewayApiDocumentationPart (LocalStack snapshots recorded against AWS)', () => {
  it('test_documentation_part_lifecycle: create, get, update, get after update, delete', async () => {
    const created = await call(served.client.send(new CreateDocumentationPartCommand({ restApiId: served.api, location: { type: 'API' }, properties: '{ "description": "Sample API description" }' })));
    const id = created.id as string;
    expect(created).toEqual({ status: 201, id: expect.any(String), location: { type: 'API' }, properties: '{ "description": "Sample API description" }' });
    expect(await call(served.client.send(new GetDocumentationPartCommand({ restApiId: served.api, documentationPartId: id })))).toEqual({ ...created, status: 200 });
    const updated = { id, location: { type: 'API' }, properties: '{ "description": "Updated Sample API description" }' };
    expect(await call(served.client.send(new UpdateDocumentationPartCommand({ restApiId: served.api, documentationPartId: id, patchOperations: [{ op: 'replace', path: '/properties', value: '{ "description": "Updated Sample API description" }' }] })))).toEqual({ status: 200, ...updated });
    expect(await call(served.client.send(new GetDocumentationPartCommand({ restApiId: served.api, documentationPartId: id })))).toEqual({ status: 200, ...updated });
    expect(await call(served.client.send(new DeleteDocumentationPartCommand({ restApiId: served.api, documentationPartId: id })))).toEqual({ status: 202 });
  });

  it('test_invalid_get_documentation_part, test_invalid_update_documentation_part, test_invalid_create_documentation_part_operations, test_invalid_delete_documentation_part, test_doc_parts_crud_no_api', async () => {
    expect(await call(served.client.send(new GetDocumentationPartCommand({ restApiId: 'api_id', documentationPartId: 'nope' })))).toEqual(notPart);
    expect(await call(served.client.send(new GetDocumentationPartCommand({ restApiId: served.api, documentationPartId: 'nope' })))).toEqual(notPart);
    expect(await call(served.client.send(new UpdateDocumentationPartCommand({ restApiId: 'api_id', documentationPartId: 'nope', patchOperations: [] })))).toEqual(notPart);
    expect(await call(served.client.send(new CreateDocumentationPartCommand({ restApiId: 'test-fake-rest-id', location: { type: 'API' }, properties: '{}' })))).toEqual(noApi('test-fake-rest-id'));
    expect(await call(served.client.send(new CreateDocumentationPartCommand({ restApiId: served.api, location: { type: 'INVALID' as never }, properties: '{}' })))).toEqual({
      error: 'ValidationException',
      message: "1 validation error detected: Value 'INVALID' at 'createDocumentationPartInput.location.type' failed to satisfy constraint: Member must satisfy enum value set: [RESPONSE_BODY, RESPONSE, METHOD, MODEL, AUTHORIZER, RESPONSE_HEADER, RESOURCE, PATH_PARAMETER, REQUEST_BODY, QUERY_PARAMETER, API, REQUEST_HEADER]",
      status: 400,
    });
    const id = (await served.client.send(new CreateDocumentationPartCommand({ restApiId: served.api, location: { type: 'API' }, properties: '{ "description": "d" }' }))).id!;
    const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
    expect(await call(served.client.send(new UpdateDocumentationPartCommand({ restApiId: served.api, documentationPartId: id, patchOperations: [{ op: 'add', path: '/properties', value: '{}' }] })))).toEqual(bad("Invalid patch path  '/properties' specified for op 'add'. Please choose supported operations"));
    expect(await call(served.client.send(new UpdateDocumentationPartCommand({ restApiId: served.api, documentationPartId: id, patchOperations: [{ op: 'replace', path: '/invalidPath', value: '{}' }] })))).toEqual(bad("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/properties]"));
    expect(await call(served.client.send(new DeleteDocumentationPartCommand({ restApiId: 'api_id', documentationPartId: id })))).toEqual(noApi('api_id'));
    expect(await call(served.client.send(new DeleteDocumentationPartCommand({ restApiId: served.api, documentationPartId: id })))).toEqual({ status: 202 });
    expect(await call(served.client.send(new DeleteDocumentationPartCommand({ restApiId: served.api, documentationPartId: id })))).toEqual(notPart);
  });

  it('test_import_documentation_parts (a METHOD part answered with path "/"); the location type is model-validated before the API is looked up', async () => {
    const created = await call(served.client.send(new CreateDocumentationPartCommand({ restApiId: served.api, location: { type: 'METHOD', method: 'GET' }, properties: '{"description": "m"}' })));
    expect(created).toMatchObject({ status: 201, location: { type: 'METHOD', method: 'GET', path: '/' } });
    expect(await call(served.client.send(new CreateDocumentationPartCommand({ restApiId: 'api_id', location: { type: 'INVALID' as never }, properties: '{}' })))).toMatchObject({ error: 'ValidationException', status: 400 });
  });
});
