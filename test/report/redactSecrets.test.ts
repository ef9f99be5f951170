import { describe, expect, it } from 'vitest';
import { redactSecrets, redactText } from '../../src/report/redactSecrets.js';

describe('redactText', () => {
  const cases: [string, string, string][] = [
    ['access key id', 'key AKIAIOSFODNN7EXAMPLE used', 'key AKIA[REDACTED] used'],
    ['temporary key id in a credential scope', 'Credential=ASIAZXCVBNMLKJHGFDSA/20261126/us-east-1', 'Credential=ASIA[REDACTED]/20261126/us-east-1'],
    ['env secret', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY npx x', 'AWS_SECRET_ACCESS_KEY=[REDACTED] npx x'],
    ['json secret', '{"secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}', '{"secretAccessKey":"[REDACTED]"}'],
    ['ini secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG', 'aws_secret_access_key = [REDACTED]'],
    ['session token', 'sessionToken: FwoGZXIvYXdzEJr//////////wEaDA==, next', 'sessionToken: [REDACTED], next'],
    ['security token header', 'X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr', 'X-Amz-Security-Token: [REDACTED]'],
    ['sigv4 authorization', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/2026, SignedHeaders=host, Signature=abc123', 'Authorization: [REDACTED]'],
    ['bearer authorization', '"authorization": "Bearer abc.def"', '"authorization": "[REDACTED]"'],
    ['presigned url', 'https://b.s3.amazonaws.com/k?X-Amz-Credential=ASIA%2F1&X-Amz-Signature=ff00&x-amz-security-token=Zm9v&y=1',
      'https://b.s3.amazonaws.com/k?X-Amz-Credential=[REDACTED]&X-Amz-Signature=[REDACTED]&x-amz-security-token=[REDACTED]&y=1'],
    ['url user info', 'endpoint https://user:pass@host:4566/path', 'endpoint https://[REDACTED]@host:4566/path'],
  ];
  it.each(cases)('masks %s', (_, input, output) => {
    expect(redactText(input)).toBe(output);
    expect(redactText(output)).toBe(output); // idempotent
  });

  it('stays fast on long blobs (no quadratic backtracking)', () => {
    const blob = 'QUJD'.repeat(250_000) + ' ' + 'a/'.repeat(100_000) + ' sessionToken=' + 'x'.repeat(100_000);
    const started = performance.now();
    const out = redactText(blob);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out.endsWith('sessionToken=[REDACTED]')).toBe(true);
  });

  it('leaves look-alikes that are data alone', () => {
    const data = [
      '/requestParameters/integration.request.header.Authorization',
      '{"integration.request.header.Authorization":"method.request.header.Authorization"}',
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
      'https://example.com/items?page=2',
      'AKIA1234', // too short to be a key id
    ];
    for (const s of data) expect(redactText(s)).toBe(s);
  });
});

describe('redactSecrets', () => {
  it('masks values under secret keys and secret-shaped strings anywhere, without touching the input', () => {
    const input = {
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoG//token' },
      headers: { 'x-amz-security-token': 'IQoJ', Authorization: 'AWS4-HMAC-SHA256 Credential=x' },
      list: ['plain', 'https://u:p@h', 42, null, true],
      requestParameters: { 'integration.request.header.Authorization': 'method.request.header.Authorization' },
    };
    const copy = JSON.parse(JSON.stringify(input));
    const out = redactSecrets(input);
    expect(input).toEqual(copy);
    expect(out).toEqual({
      credentials: { accessKeyId: 'AKIA[REDACTED]', secretAccessKey: '[REDACTED]', sessionToken: '[REDACTED]' },
      headers: { 'x-amz-security-token': '[REDACTED]', Authorization: '[REDACTED]' },
      list: ['plain', 'https://[REDACTED]@h', 42, null, true],
      requestParameters: { 'integration.request.header.Authorization': 'method.request.header.Authorization' },
    });
  });

  it('keeps key order and own __proto__ keys, which are part of a counterexample', () => {
    const body = JSON.parse('{"z":1,"__proto__":{"a":1},"a":2}');
    const out = redactSecrets(body);
    expect(Object.keys(out)).toEqual(['z', '__proto__', 'a']);
    expect(JSON.stringify(out)).toBe('{"z":1,"__proto__":{"a":1},"a":2}');
  });
});
