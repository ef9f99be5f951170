/**
 * How a patch `value` (always a string on the wire) becomes a member of the Integration.
 * A parser answers the stored value (`undefined` removes the member) or the error AWS gives.
 */
import type { IntegrationContext } from '../contract.js';
import { defineErrorRule, defineRule, reject, type ErrorRule, type Rejection, type Rule } from './defineRule.js';

export type Parsed = { ok: true; value: unknown } | ({ ok: false } & Rejection);

/**
 * The texts a parser tells apart, for generators and the edge sweep: values it takes (bounds among
 * them) and values at or just past its edge (case and spacing variants, empty, out of range).
 */
export interface ValueDomain {
  inside: readonly string[];
  edges: readonly string[];
}

export interface ValueParser {
  rule: Rule;
  /** The error it answers for a value outside its domain (none for parsers that take anything). */
  rejects?: ErrorRule;
  /** What it tells apart; rows may narrow `inside` to examples of their member. */
  domain: ValueDomain;
  /** The text its rejection of `raw` carries (for blame: a target's error is this parser's only if it is this text). */
  says?(raw: string | undefined): string;
  /** A value with a documented meaning of its own: the rule that decides it where stored (none for ordinary values). */
  decides?(raw: string | undefined): Rule | undefined;
  parse(raw: string | undefined, ctx: IntegrationContext): Parsed;
}

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (r: Rejection): Parsed => ({ ok: false, ...r });

export const invalidPatchValue = defineErrorRule(
  { id: 'value.invalid', summary: 'a value outside the member\'s domain: 400', exception: 'BadRequestException', message: (what: string, value: string | undefined) => `Invalid ${what} specified: ${value ?? 'null'}` },
  'inferred',
  'no recording of a bad enum or number on UpdateIntegration; BadRequestException is what every other member validation answers',
);

/** Free text stored verbatim; `""` or no value removes the member. */
export const clearableText: ValueParser = {
  rule: defineRule('value.text', 'stored verbatim; "" or a missing value removes the member', 'inferred', 'Terraform clears members with replace ""; a missing value is treated the same'),
  domain: { inside: ['x', 'a value with spaces', ''], edges: [' ', 'null'] },
  parse: (raw) => ok(raw === undefined || raw === '' ? undefined : raw),
};

/** The credentials string that passes the caller's own identity through (Integration.credentials). */
export const callerCredentials = 'arn:aws:iam::*:user/*';

export const callerIdentity = defineRule(
  'credentials.caller-identity',
  `credentials "${callerCredentials}" (pass the caller's identity through) is accepted on PutIntegration and UpdateIntegration and answered as sent; being one of the three documented options for AWS integrations, it satisfies credentials.aws-role-required`,
  'aws-doc',
  'API reference, Integration.credentials (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html; the same text in the @aws-sdk/client-api-gateway model): "For AWS integrations, three options are available. To specify an IAM Role for API Gateway to assume, use the role\'s Amazon Resource Name (ARN). To require that the caller\'s identity be passed through from the request, specify the string arn:aws:iam::*:user/*. To use resource-based permissions on supported Amazon Web Services services, specify null."',
);

/** /credentials: free text like clearableText; the caller string is decided by its documented rule. */
export const credentialsText: ValueParser = {
  ...clearableText,
  decides: (raw) => (raw === callerCredentials ? callerIdentity : undefined),
};

const requiredTextRule = defineRule('value.required-text', 'stored verbatim; a missing or empty value is rejected', 'inferred', 'the member always has a value after PutIntegration, so clearing it cannot be allowed');

/** Text that must be present (the member has no empty state). */
export function requiredText(what: string): ValueParser {
  return {
    rule: requiredTextRule,
    rejects: invalidPatchValue,
    says: (raw) => reject(invalidPatchValue, what, raw).error.message,
    domain: { inside: ['x', 'a value with spaces'], edges: ['', ' '] },
    parse: (raw) => (raw === undefined || raw === '' ? fail(reject(invalidPatchValue, what, raw)) : ok(raw)),
  };
}

export function enumValue(what: string, values: readonly string[], opts: { clearable?: boolean; rule: Rule }): ValueParser {
  const first = values[0]!;
  return {
    rule: opts.rule,
    rejects: invalidPatchValue,
    says: (raw) => reject(invalidPatchValue, what, raw).error.message,
    // Case and spacing variants of a value, a value of the family that is not one, and nothing.
    domain: { inside: [...values, ...(opts.clearable ? [''] : [])], edges: [first.toLowerCase(), `${first} `, ` ${first}`, `${first}_X`, ...(opts.clearable ? [] : [''])] },
    parse: (raw) => {
      if (opts.clearable && (raw === undefined || raw === '')) return ok(undefined);
      return raw !== undefined && values.includes(raw) ? ok(raw) : fail(reject(invalidPatchValue, what, raw));
    },
  };
}

/** Java's Integer.parseInt: an optional sign and decimal digits, within 32 bits. */
export const integerText: ValueParser = {
  rule: defineRule('value.integer', 'a decimal integer sent as a string ("99" becomes 99)', 'aws-e2e', 'ACK apigateway-controller test/e2e/tests/integration_test.py: timeoutInMillis 101 -> 99 read back as a number'),
  rejects: invalidPatchValue,
  says: (raw) => reject(invalidPatchValue, 'timeout', raw).error.message,
  domain: { inside: ['99', '1000', '+99', '0050'], edges: [' 99', '99 ', '1e3', '99.5', '0x10', 'abc', '', '2147483648', '-2147483649'] },
  parse: (raw) => {
    if (raw === undefined || !/^[+-]?\d+$/.test(raw)) return fail(reject(invalidPatchValue, 'timeout', raw));
    const n = Number(raw);
    return n > 2147483647 || n < -2147483648 ? fail(reject(invalidPatchValue, 'timeout', raw)) : ok(n);
  },
};

/** "true" (any case) is true; any other string is false, without error. */
export const lenientBoolean: ValueParser = {
  rule: defineRule('value.boolean', '"true" in any case is true, any other string is false, never an error (Java Boolean.parseBoolean)', 'inferred', 'recorded for UpdateMethod /apiKeyRequired = "whatever" (false, no error); assumed the same parser here'),
  domain: { inside: ['true', 'false'], edges: ['TRUE', 'True', ' true', 'yes', '1', ''] },
  parse: (raw) => ok(raw !== undefined && raw.toLowerCase() === 'true'),
};

/** A mapping template; no value or `""` is the input-passthrough template, returned as null. */
export const templateText: ValueParser = {
  rule: defineRule('value.template', 'a template string; add/replace without a value (or with "") stores the passthrough template, returned as null', 'aws-doc', 'AWS CLI update-integration examples (add with no value = Input Passthrough); "" -> null recorded for responseTemplates'),
  domain: { inside: ['{"id": "$input.params(\'id\')"}', "#set($b = $input.path('$'))$b", 'Action=SendMessage&MessageBody=$input.body', '{statusCode: 200}'], edges: ['', ' ', 'null'] },
  parse: (raw) => ok(raw === undefined || raw === '' ? null : raw),
};

/** The value is not used: the key is the whole information (cache key names). */
export const ignoredValue: ValueParser = {
  rule: defineRule('value.ignored', 'the value is ignored; the name in the path is what is added or removed', 'aws-e2e', 'Terraform sends value "" and ACK sends no value for /cacheKeyParameters/{name}; both work against AWS'),
  domain: { inside: ['', 'ignored'], edges: ['true', 'method.request.path.other'] },
  parse: () => ok(true),
};

export const invalidMappingExpression = defineErrorRule(
  {
    id: 'value.mapping-expression',
    summary: 'a request-parameter source that is not a known expression, or names a method request parameter the method does not declare',
    exception: 'BadRequestException',
    message: (detail: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${detail}]`,
  },
  'user-quote',
  'terraform-provider-aws PR #40124 / issue #39801: "Invalid mapping expression parameter specified: method.request.querystring.X"',
);

const parameterLocations = '(path|querystring|header|multivaluequerystring|multivalueheader)';
const token = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
export const integrationParameterKey = new RegExp(`^integration\\.request\\.${parameterLocations}\\.${token}$`);
const methodParameter = new RegExp(`^method\\.request\\.${parameterLocations}\\.${token}$`);
const otherSources = /^(method\.request\.body(\..+)?|context\.[A-Za-z0-9_.-]+|stageVariables\.[A-Za-z0-9_]+|'[^']*')$/;

/** Validates a mapping expression against the method's declared request parameters, when known. */
export function checkMappingExpression(expr: string | undefined, ctx: IntegrationContext): Rejection | null {
  if (expr !== undefined && methodParameter.test(expr)) {
    const declared = ctx.methodRequestParameters;
    if (declared && !(expr in declared)) return reject(invalidMappingExpression, `Invalid mapping expression parameter specified: ${expr}`);
    return null;
  }
  if (expr !== undefined && otherSources.test(expr)) return null;
  return reject(invalidMappingExpression, `Invalid mapping expression specified: ${expr ?? 'null'}`);
}

export const mappingExpression: ValueParser = {
  rule: defineRule(
    'value.mapping-source',
    "a declared method.request.{location}.{name}, method.request.body[.path], context.*, stageVariables.* or a 'static' literal",
    'aws-doc',
    'developer guide, request parameter mapping sources; undeclared method parameters fail with value.mapping-expression',
  ),
  rejects: invalidMappingExpression,
  // Sources depend on the method's declared parameters: generators add those of the sandbox method.
  domain: {
    inside: ["'static'", "'application/json'", 'context.requestId', 'context.identity.sourceIp', 'stageVariables.backendHost', 'method.request.body', 'method.request.body.order.id'],
    edges: ['method.request.querystring.undeclared', 'method.request.path.undeclared', 'method.request.cookie.session', 'static', "'unclosed", 'request.header.X-Trace-Id', 'Method.request.path.proxy', ''],
  },
  parse: (raw, ctx) => {
    const r = checkMappingExpression(raw, ctx);
    return r ? fail(r) : ok(raw);
  },
};
