/** AwsTarget's account guard, with STS and API Gateway mocked in-process by msw. */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/mockServer.js';
import { dummyCredentials } from '../../src/sdk/dummyCredentials.js';
import { AccountNotAllowedError, AwsTarget } from '../../src/targets/awsTarget.js';

/** STS speaks the AWS query protocol: an XML answer. */
const stsAnswering = (account: string) =>
  http.post(/^https:\/\/sts(\.[a-z0-9-]+)?\.amazonaws\.com\/?$/, () =>
    new HttpResponse(
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
        `<Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>${account}</Account>` +
        `</GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      { headers: { 'content-type': 'text/xml' } },
    ),
  );

describe('AwsTarget', () => {
  let mock: MockServer | null = null;
  afterEach(() => mock?.close());

  it('refuses an account other than the allowed one, before creating anything', async () => {
    mock = startMockServer({ extraHandlers: [stsAnswering('111111111111')] });
    const target = new AwsTarget({ allowAccount: '222222222222', region: 'us-east-1', credentials: dummyCredentials(), retry: { baseDelayMs: 1 } });
    const error = await target.open(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountNotAllowedError);
    expect((error as Error).message).toBe('refusing to run against AWS account 111111111111: only 222222222222 is allowed');
    expect((error as Error).message).not.toContain('\n');
    expect(mock.controlPlane.state.restApis.size).toBe(0);
    expect(target.calls).toBe(1); // the STS call only
    await target.close(); // nothing to delete
  });

  it('refuses when the account cannot be verified', async () => {
    mock = startMockServer({
      extraHandlers: [http.post(/^https:\/\/sts(\.[a-z0-9-]+)?\.amazonaws\.com\/?$/, () => new HttpResponse(
        '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>',
        { status: 403, headers: { 'content-type': 'text/xml' } },
      ))],
    });
    const target = new AwsTarget({ allowAccount: '222222222222', region: 'eu-west-1', credentials: dummyCredentials() });
    await expect(target.open(1)).rejects.toThrow(/^refusing to run against AWS: could not verify the account \(InvalidClientTokenId: The security token/);
  });

  it('opens and closes its sandbox in the allowed account', async () => {
    mock = startMockServer({ extraHandlers: [stsAnswering('222222222222')] });
    const target = new AwsTarget({ allowAccount: '222222222222', region: 'us-east-1', credentials: dummyCredentials() });
    const [session] = await target.open(1);
    expect(await session!.putIntegration({ type: 'MOCK' })).toMatchObject({ ok: true, status: 201 });
    expect([...mock.controlPlane.state.restApis.values()][0]!.tags).toMatchObject({ createdBy: 'apigw-patch-conformance', runId: target.runId });
    await target.close();
    expect(mock.controlPlane.state.restApis.size).toBe(0);
  });

  it('rejects an allowAccount that is not an account id', () => {
    expect(() => new AwsTarget({ allowAccount: 'prod', region: 'us-east-1' })).toThrow(/12-digit/);
  });
});
