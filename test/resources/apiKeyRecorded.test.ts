/**
 * AWS's recorded answers for ApiKey (LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud,
 * recorded against AWS), replayed against `serve` over loopback through the SDK. ApiKey is not in the
 * registry yet: the test serves it next to the registry's resources.
 */
import { APIGatewayClient, CreateApiKeyCommand, DeleteApiKeyCommand, GetApiKeyCommand, UpdateApiKeyCommand, type PatchOperation } from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiKey } from '../../src/resources/apiKey/apiKey.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';

const servedClient = useServedClient(11);
let client: APIGatewayClient;
beforeEach(() => void (client = servedClient()));

const create = (input: ConstructorParameters<typeof CreateApiKeyCommand>[0] = {}) => call(client.send(new CreateApiKeyCommand(input)));
const update = (id: string, patchOperations: PatchOperation[]) => call(client.send(new UpdateApiKeyCommand({ apiKey: id, patchOperations })));
const bad = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const generated = expect.stringMatching(/^[A-Za-z0-9]{40}$/);
const dates = { createdDate: expect.any(Date), lastUpdatedDate: expect.any(Date) };

describe('TestApigatewayApiKeysCrud (LocalStack snapshots recorded against AWS)', () => {
  it('test_get_api_keys: create-api-key, create-api-key-2 (the GetApiKeys list calls are not served)', async () => {
    expect(await create({ name: 'test-key-1' })).toEqual({ status: 201, id: expect.any(String), name: 'test-key-1', enabled: false, stageKeys: [], value: generated, ...dates });
    expect(await create({ name: 'test-key-2' })).toEqual({ status: 201, id: expect.any(String), name: 'test-key-2', enabled: false, stageKeys: [], value: generated, ...dates });
  });

  it('test_negative_get_usage_plan_api_keys: create-api-key, update-api-key-name (no value, tags {})', async () => {
    const created = await create({ name: 'key-enabled-false', enabled: false });
    expect(created).toEqual({ status: 201, id: expect.any(String), name: 'key-enabled-false', enabled: false, stageKeys: [], value: generated, ...dates });
    expect(await update(created.id as string, [{ op: 'replace', path: '/name', value: 'new-name' }])).toEqual({ status: 200, id: created.id, name: 'new-name', enabled: false, stageKeys: [], tags: {}, ...dates });
  });

  it('test_create_api_key_with_invalid_name: create-api-key-name-too-long, -empty-name, -no-name', async () => {
    expect(await create({ name: 'a'.repeat(1025) })).toEqual(bad('Invalid API Key name, can be at most 1024 characters.'));
    expect(await create({ name: '' })).toEqual({ status: 201, id: expect.any(String), enabled: false, stageKeys: [], value: generated, ...dates });
    expect(await create()).toEqual({ status: 201, id: expect.any(String), enabled: false, stageKeys: [], value: generated, ...dates });
  });

  it('test_create_api_key_with_invalid_value: create-api-key-short-value, -invalid-value-too-long, -empty-value', async () => {
    expect(await create({ value: 'short' })).toEqual(bad('API Key value should be at least 20 characters'));
    expect(await create({ value: 'a'.repeat(129) })).toEqual(bad('API Key value exceeds maximum size of 128 characters'));
    expect(await create({ value: '' })).toEqual({ status: 201, id: expect.any(String), enabled: false, stageKeys: [], value: generated, ...dates });
  });

  it('test_update_api_key_invalid_description_length: create- and update-api-key-description-too-long', async () => {
    expect(await create({ description: 'a'.repeat(125001) })).toEqual(bad('Invalid API Key description specified.'));
    const id = (await create()).id as string;
    expect(await update(id, [{ op: 'replace', path: '/description', value: 'a'.repeat(125001) }])).toEqual(bad('Invalid API Key description specified.'));
  });

  it('test_update_api_key_invalid_enabled_type: update-api-key-invalid-enabled-type (taken, the key stays disabled)', async () => {
    const id = (await create()).id as string;
    expect(await update(id, [{ op: 'replace', path: '/enabled', value: 'not-a-boolean' }])).toEqual({ status: 200, id, enabled: false, stageKeys: [], tags: {}, ...dates });
  });

  it('test_update_api_key_immutable_field: update-api-key-immutable-field (the long form, AWS order)', async () => {
    const id = (await create()).id as string;
    expect(await update(id, [{ op: 'replace', path: '/id', value: 'new-id' }])).toEqual(bad("Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/description, /enabled, /name, /customerId]"));
  });
});

describe('ApiKey beyond the recordings (declared behaviour)', () => {
  it('a sent value is kept, a second key with it conflicts; stage keys from the create; /stages add of a stage that is not there; unknown keys; delete 202', async () => {
    const value = 'abcdefghijklmnopqrstuvwxyz0123';
    const created = await create({ name: 'k', value, enabled: true, customerId: 'c1', stageKeys: [{ restApiId: 'a1', stageName: 'dev' }], tags: { t: 'v' } });
    expect(created).toEqual({ status: 201, id: expect.any(String), name: 'k', value, enabled: true, customerId: 'c1', stageKeys: ['a1/dev'], tags: { t: 'v' }, ...dates });
    expect(await create({ value })).toEqual({ error: 'ConflictException', message: 'API Key already exists', status: 409 });
    const id = created.id as string;
    // A stage key must name a stage that exists (inferred, as a usage plan's API stages must).
    expect(await update(id, [{ op: 'add', path: '/stages', value: 'a1/prod' }])).toEqual(bad('Invalid stage key specified: a1/prod'));
    expect(await update(id, [{ op: 'replace', path: '/customerId', value: '' }])).toMatchObject({ status: 200, stageKeys: ['a1/dev'], tags: { t: 'v' } });
    expect(await update(id, [{ op: 'add', path: '/name', value: 'x' }])).toEqual(bad("Invalid patch path  '/name' specified for op 'add'. Must be one of: [/stages]"));
    const missing = { error: 'NotFoundException', message: 'Invalid API Key identifier specified', status: 404 };
    expect(await update('nosuchkey', [{ op: 'replace', path: '/name', value: 'x' }])).toEqual(missing);
    expect(await call(client.send(new DeleteApiKeyCommand({ apiKey: id })))).toEqual({ status: 202 });
    expect(await call(client.send(new GetApiKeyCommand({ apiKey: id })))).toEqual(missing);
  });
});
