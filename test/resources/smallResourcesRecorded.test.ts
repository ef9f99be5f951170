/**
 * The small resources (ClientCertificate, VpcLink, DocumentationVersion, Authorizer's update, DomainName,
 * BasePathMapping, Account) served with the registry, through the SDK over loopback. Tests named after a
 * LocalStack snapshot key replay AWS's recorded answer; the others check the declared (doc, user-quoted,
 * inferred) behaviour end to end.
 */
import {
  APIGatewayClient,
  CreateAuthorizerCommand,
  CreateBasePathMappingCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  CreateVpcLinkCommand,
  DeleteAuthorizerCommand,
  DeleteBasePathMappingCommand,
  DeleteClientCertificateCommand,
  DeleteDocumentationVersionCommand,
  DeleteDomainNameCommand,
  DeleteVpcLinkCommand,
  GenerateClientCertificateCommand,
  GetAccountCommand,
  GetAuthorizerCommand,
  GetBasePathMappingCommand,
  GetClientCertificateCommand,
  GetDocumentationVersionCommand,
  GetDomainNameCommand,
  GetVpcLinkCommand,
  UpdateAccountCommand,
  UpdateAuthorizerCommand,
  UpdateBasePathMappingCommand,
  UpdateClientCertificateCommand,
  UpdateDocumentationVersionCommand,
  UpdateDomainNameCommand,
  UpdateVpcLinkCommand,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { account } from '../../src/resources/account/account.js';
import { clientCertificate } from '../../src/resources/clientCertificate/clientCertificate.js';
import { documentationVersion } from '../../src/resources/documentationVersion/documentationVersion.js';
import { basePathMapping } from '../../src/resources/domainName/basePathMapping.js';
import { domainName } from '../../src/resources/domainName/domainName.js';
import { vpcLink } from '../../src/resources/vpcLink/vpcLink.js';
import { answerOf as call } from './answerOf.js';
import { useServedClient } from './servedApi.js';



const servedClient = useServedClient(41);
let client: APIGatewayClient;
let api: string;
beforeEach(() => void (client = servedClient()));
beforeEach(async () => {
  api = (await client.send(new CreateRestApiCommand({ name: 'recorded' }))).id!;
});

const notFound = (message: string) => ({ error: 'NotFoundException', message, status: 404 });
const badRequest = (message: string) => ({ error: 'BadRequestException', message, status: 400 });
const conflict = (message: string) => ({ error: 'ConflictException', message, status: 409 });
const nlb = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/my-load-balancer/50dc6c495c0c9188';

describe('test_apigateway_api.py::TestApiGatewayVpcLink (recorded against AWS)', () => {
  it('test_vpc_link_lifecycle: create_vpc_link, get_vpc_link, update_vpc_link, delete_vpc_link', async () => {
    // (answerOf's `status` would collide with the link's own `status` member: the metadata is read apart)
    const { $metadata: createMeta, ...created } = await client.send(new CreateVpcLinkCommand({ name: 'test-vpc-link-1', targetArns: [nlb] }));
    expect(createMeta.httpStatusCode).toBe(202);
    expect(created).toEqual({ id: expect.any(String), name: 'test-vpc-link-1', status: 'PENDING', targetArns: [nlb] });
    const id = created.id as string;
    const available = { id, name: 'test-vpc-link-1', status: 'AVAILABLE', statusMessage: 'Your vpc link is ready for use', tags: {}, targetArns: [nlb] };
    const { $metadata: getMeta, ...got } = await client.send(new GetVpcLinkCommand({ vpcLinkId: id }));
    expect(getMeta.httpStatusCode).toBe(200);
    expect(got).toEqual(available);
    const { $metadata: updateMeta, ...updated } = await client.send(new UpdateVpcLinkCommand({ vpcLinkId: id, patchOperations: [{ op: 'replace', path: '/name', value: 'test-vpc-link-1-updated' }] }));
    expect(updateMeta.httpStatusCode).toBe(200);
    expect(updated).toEqual({ ...available, name: 'test-vpc-link-1-updated' });
    expect((await client.send(new DeleteVpcLinkCommand({ vpcLinkId: id }))).$metadata.httpStatusCode).toBe(202);
    expect(await call(client.send(new GetVpcLinkCommand({ vpcLinkId: id })))).toEqual(notFound('Invalid Vpc Link identifier specified'));
  });

  it('test_create_vpc_link_invalid_parameters: create_vpc_link_invalid_target_arn, create_vpc_link_empty_name', async () => {
    expect(await call(client.send(new CreateVpcLinkCommand({ name: 'test-vpc-link-x', targetArns: ['invalid-arn'] })))).toEqual(badRequest('Invalid ARN. ARN is not well formed invalid-arn'));
    expect(await call(client.send(new CreateVpcLinkCommand({ name: '', targetArns: [] })))).toEqual(badRequest('Name cannot be empty'));
  });

  it('test_get_vpc_link_invalid_id, test_delete_vpc_link_invalid_id, test_update_vpc_link_invalid_id', async () => {
    const missing = notFound('Invalid Vpc Link identifier specified');
    expect(await call(client.send(new GetVpcLinkCommand({ vpcLinkId: 'invalid-id' })))).toEqual(missing);
    expect(await call(client.send(new DeleteVpcLinkCommand({ vpcLinkId: 'invalid-id' })))).toEqual(missing);
    expect(await call(client.send(new UpdateVpcLinkCommand({ vpcLinkId: 'invalid-id', patchOperations: [{ op: 'replace', path: '/name', value: 'new-name' }] })))).toEqual(missing);
  });

  it('(doc) update-vpc-link: replace /description adds it; a path outside the table gets the long-form text', async () => {
    const id = (await client.send(new CreateVpcLinkCommand({ name: 'l', targetArns: [nlb] }))).id!;
    const updated = await client.send(new UpdateVpcLinkCommand({ vpcLinkId: id, patchOperations: [{ op: 'replace', path: '/name', value: 'my-vpc-link' }, { op: 'replace', path: '/description', value: 'My custom description' }] }));
    expect(updated).toMatchObject({ name: 'my-vpc-link', description: 'My custom description', status: 'AVAILABLE' });
    expect(await call(client.send(new UpdateVpcLinkCommand({ vpcLinkId: id, patchOperations: [{ op: 'replace', path: '/targetArns', value: nlb }] })))).toEqual(
      badRequest("Invalid patch path  '/targetArns' specified for op 'replace'. Must be one of: [/name, /description]"),
    );
    await client.send(new DeleteVpcLinkCommand({ vpcLinkId: id }));
  });
});

describe('test_apigateway_common.py::TestDocumentations (recorded against AWS)', () => {
  it('test_documentation_parts_and_versions: create-version-response, update-version-response, get-version-response', async () => {
    await client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: JSON.stringify({ foo: 'bar' }) }));
    const created = await call(client.send(new CreateDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v123' })));
    expect(created).toEqual({ status: 201, createdDate: expect.any(Date), version: 'v123' });
    const updated = await call(client.send(new UpdateDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v123', patchOperations: [{ op: 'replace', path: '/description', value: 'doc version new' }] })));
    expect(updated).toEqual({ status: 200, createdDate: created.createdDate, description: 'doc version new', version: 'v123' });
    expect(await call(client.send(new GetDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v123' })))).toEqual(updated);
  });

  it('(user-quote, inferred) a missing version, a second create of the same version, delete', async () => {
    expect(await call(client.send(new GetDocumentationVersionCommand({ restApiId: api, documentationVersion: 'nope' })))).toEqual(notFound('Invalid Documentation version specified'));
    await client.send(new CreateDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1', description: 'first' }));
    expect(await call(client.send(new CreateDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1' })))).toMatchObject({ error: 'ConflictException', status: 409 });
    expect(await call(client.send(new DeleteDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1' })))).toEqual({ status: 202 });
    expect(await call(client.send(new DeleteDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1' })))).toEqual(notFound('Invalid Documentation version specified'));
  });
});

describe('Authorizer: CreateAuthorizer recordings and UpdateAuthorizer (doc rows)', () => {
  const authorizerUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations';

  it('test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method: authorizer', async () => {
    const created = await call(client.send(new CreateAuthorizerCommand({ restApiId: api, name: 'lambda_authorizer', type: 'TOKEN', authorizerUri, identitySource: 'method.request.header.Auth' })));
    expect(created).toEqual({ status: 201, authType: 'custom', authorizerUri, id: expect.any(String), identitySource: 'method.request.header.Auth', name: 'lambda_authorizer', type: 'TOKEN' });
  });

  it('test_apigateway_api.py::TestApiGatewayApiAuthorizer::test_authorizer_crud_no_api: wrong-rest-api-id-create-authorizer', async () => {
    expect(await call(client.send(new CreateAuthorizerCommand({ restApiId: 'test-fake-rest-id', name: 'fake-auth-name', type: 'TOKEN', authorizerUri, identitySource: 'method.request.header.Authorization' })))).toEqual(
      conflict('Unable to complete operation due to concurrent modification. Please try again later.'),
    );
  });

  it('(doc) update-authorizer: scalars replace, TTL as an integer, identitySource add/remove, providerARNs by value', async () => {
    const id = (await client.send(new CreateAuthorizerCommand({ restApiId: api, name: 'a', type: 'TOKEN', authorizerUri, identitySource: 'method.request.header.Authorization' }))).id!;
    const update = (...patchOperations: { op: 'add' | 'replace' | 'remove'; path: string; value?: string }[]) => call(client.send(new UpdateAuthorizerCommand({ restApiId: api, authorizerId: id, patchOperations })));
    expect(await update({ op: 'replace', path: '/name', value: 'testAuthorizer' }, { op: 'replace', path: '/authorizerResultTtlInSeconds', value: '300' })).toEqual({
      status: 200, id, name: 'testAuthorizer', type: 'TOKEN', authType: 'custom', authorizerUri, identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300,
    });
    expect(await update({ op: 'remove', path: '/identitySource' })).not.toHaveProperty('identitySource');
    const pool = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_a';
    expect(await update({ op: 'replace', path: '/type', value: 'COGNITO_USER_POOLS' }, { op: 'add', path: '/providerARNs', value: pool })).toMatchObject({ type: 'COGNITO_USER_POOLS', providerARNs: [pool] });
    expect(await update({ op: 'remove', path: '/providerARNs', value: pool })).not.toHaveProperty('providerARNs');
    expect(await update({ op: 'replace', path: '/authorizerResultTtlInSeconds', value: '3601' })).toMatchObject({ error: 'BadRequestException', status: 400 });
    expect(await update({ op: 'add', path: '/name', value: 'x' })).toEqual(
      badRequest("Invalid patch path  '/name' specified for op 'add'. Must be one of: [/identitySource, /providerARNs]"),
    );
    expect(await call(client.send(new GetAuthorizerCommand({ restApiId: api, authorizerId: id })))).toMatchObject({ status: 200, name: 'testAuthorizer', authorizerResultTtlInSeconds: 300 });
    expect(await call(client.send(new DeleteAuthorizerCommand({ restApiId: api, authorizerId: id })))).toEqual({ status: 202 });
  });
});

describe('ClientCertificate (doc and inferred: nothing recorded)', () => {
  it('generate, get, update /description, delete, get after delete', async () => {
    const generated = await call(client.send(new GenerateClientCertificateCommand({ description: 'My client certificate', tags: { team: 'x' } })));
    expect(generated).toEqual({
      status: 201,
      clientCertificateId: expect.stringMatching(/^[a-z0-9]{6}$/),
      description: 'My client certificate',
      pemEncodedCertificate: expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/),
      createdDate: expect.any(Date),
      expirationDate: expect.any(Date),
      tags: { team: 'x' },
    });
    expect((generated.expirationDate as Date).getTime() - (generated.createdDate as Date).getTime()).toBe(365 * 86400 * 1000);
    const id = generated.clientCertificateId as string;
    expect(await call(client.send(new GetClientCertificateCommand({ clientCertificateId: id })))).toEqual({ ...generated, status: 200 });
    expect(await call(client.send(new UpdateClientCertificateCommand({ clientCertificateId: id, patchOperations: [{ op: 'replace', path: '/description', value: 'My second client certificate' }] })))).toEqual({
      ...generated, status: 200, description: 'My second client certificate',
    });
    expect(await call(client.send(new UpdateClientCertificateCommand({ clientCertificateId: id, patchOperations: [{ op: 'add', path: '/description', value: 'x' }] })))).toEqual(
      badRequest("Invalid patch path  '/description' specified for op 'add'. Please choose supported operations"),
    );
    expect(await call(client.send(new DeleteClientCertificateCommand({ clientCertificateId: id })))).toEqual({ status: 202 });
    expect(await call(client.send(new GetClientCertificateCommand({ clientCertificateId: id })))).toEqual(notFound('Invalid Client Certificate identifier specified'));
  });
});

describe('DomainName and BasePathMapping (doc, user-quoted, inferred: nothing recorded)', () => {
  const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/fb1b9770-a305-495d-aefb-27e5e101ff3';

  it('create (EDGE by default), the certificate rule, update, mappings with (none), delete', async () => {
    expect(await call(client.send(new CreateDomainNameCommand({ domainName: 'nocert.example.com' })))).toEqual(badRequest('A certificate was not provided for the endpoint type EDGE.'));
    expect(await call(client.send(new CreateDomainNameCommand({ domainName: 'x.example.com', certificateArn: cert, endpointConfiguration: { types: ['REGIONAL'] } })))).toEqual(
      badRequest('Cannot import certificates for EDGE while REGIONAL is active.'),
    );
    const created = await call(client.send(new CreateDomainNameCommand({ domainName: 'my.domain.tld', certificateName: 'my.domain.tld cert', certificateArn: cert })));
    expect(created).toMatchObject({ status: 201, domainName: 'my.domain.tld', certificateArn: cert, certificateName: 'my.domain.tld cert', distributionDomainName: expect.stringMatching(/\.cloudfront\.net$/), endpointConfiguration: { types: ['EDGE'], ipAddressType: 'ipv4' } });
    expect(await call(client.send(new GetDomainNameCommand({ domainName: 'my.domain.tld' })))).toEqual({ ...created, status: 200 });
    expect(await call(client.send(new UpdateDomainNameCommand({ domainName: 'my.domain.tld', patchOperations: [{ op: 'replace', path: '/certificateName', value: 'newDomainCertName' }] })))).toMatchObject({ status: 200, certificateName: 'newDomainCertName' });
    expect(await call(client.send(new UpdateDomainNameCommand({ domainName: 'my.domain.tld', patchOperations: [{ op: 'replace', path: '/endpointConfiguration/types/0', value: '' }] })))).toEqual(
      badRequest('/endpointConfiguration/types/0 Invalid request input'),
    );
    expect(await call(client.send(new GetDomainNameCommand({ domainName: 'nope.example.com' })))).toEqual(notFound('Invalid domain name identifier specified'));

    expect(await call(client.send(new CreateBasePathMappingCommand({ domainName: 'nope.example.com', restApiId: api, stage: 'prod' })))).toEqual(notFound('Invalid domain name identifier specified'));
    expect(await call(client.send(new CreateBasePathMappingCommand({ domainName: 'my.domain.tld', restApiId: api, stage: 'prod' })))).toEqual({ status: 201, basePath: '(none)', restApiId: api, stage: 'prod' });
    expect(await call(client.send(new CreateBasePathMappingCommand({ domainName: 'my.domain.tld', restApiId: api, basePath: 'v1' })))).toEqual(conflict('Only one base path mapping is allowed if the base path is empty.'));
    expect(await call(client.send(new GetBasePathMappingCommand({ domainName: 'my.domain.tld', basePath: '(none)' })))).toEqual({ status: 200, basePath: '(none)', restApiId: api, stage: 'prod' });
    expect(await call(client.send(new UpdateBasePathMappingCommand({ domainName: 'my.domain.tld', basePath: '(none)', patchOperations: [{ op: 'replace', path: '/stage', value: 'dev' }] })))).toEqual({ status: 200, basePath: '(none)', restApiId: api, stage: 'dev' });
    expect(await call(client.send(new DeleteBasePathMappingCommand({ domainName: 'my.domain.tld', basePath: '(none)' })))).toEqual({ status: 202 });
    expect(await call(client.send(new GetBasePathMappingCommand({ domainName: 'my.domain.tld', basePath: '(none)' })))).toEqual(notFound('Invalid base path mapping identifier specified'));
    await client.send(new CreateBasePathMappingCommand({ domainName: 'my.domain.tld', restApiId: api, basePath: 'v1' }));
    expect(await call(client.send(new CreateBasePathMappingCommand({ domainName: 'my.domain.tld', restApiId: api, basePath: 'v1' })))).toEqual(conflict('Base path already exists for this domain name'));
    expect(await call(client.send(new DeleteDomainNameCommand({ domainName: 'my.domain.tld' })))).toEqual({ status: 202 });
    expect(await call(client.send(new GetBasePathMappingCommand({ domainName: 'my.domain.tld', basePath: 'v1' })))).toEqual(notFound('Invalid domain name identifier specified'));
  });
});

describe('Account (doc and inferred; not registered: the declaration type needs a put and a delete)', () => {
  it('the default settings, replace /cloudwatchRoleArn, features', async () => {
    expect(await call(client.send(new GetAccountCommand({})))).toEqual({ status: 200, throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'], apiKeyVersion: '4' });
    const role = 'arn:aws:iam::123412341234:role/APIGatewayToCloudWatchLogs';
    expect(await call(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/cloudwatchRoleArn', value: role }] })))).toMatchObject({ status: 200, cloudwatchRoleArn: role });
    expect(await call(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/cloudwatchRoleArn', value: '' }] })))).toEqual(badRequest('The role ARN is not well formed'));
    expect(await call(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'remove', path: '/features', value: 'UsagePlans' }] })))).toMatchObject({ error: 'BadRequestException', status: 400 });
    expect(await call(client.send(new GetAccountCommand({})))).toMatchObject({ cloudwatchRoleArn: role, features: ['UsagePlans'] });
  });
});
