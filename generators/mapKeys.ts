/**
 * Keys of the Integration's maps and list: template content types, request-parameter names and cache
 * key names. The pools lean on characters that need (or look like they need) JSON-pointer escaping.
 */
import fc from 'fast-check';

/** An RFC 7230 token of 1..6 characters, `~` and case changes included (a generated name, not a pool). */
const token: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9~!#$&'*+.^_`|-]{1,6}$/);

/** Content types a template may be keyed by; `~` is a token character, so `text/x~tilde` needs `~0` in a path. */
export const templateContentType: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('application/json', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/vnd.api+json', 'image/*') },
  { weight: 1, arbitrary: fc.constantFrom('text/x~tilde', 'application/vnd.a~b+json', 'Application/JSON', 'text/PLAIN') },
  { weight: 2, arbitrary: fc.tuple(token, token).map(([type, subtype]) => `${type}/${subtype}`) },
);

/** Keys the media-type check refuses, at put and at patch: no subtype, parameters, an escape written literally. */
export const invalidTemplateContentType: fc.Arbitrary<string> = fc.constantFrom('123', 'json', 'application/json;charset=UTF-8', 'application~1json');

const parameterLocations = ['path', 'querystring', 'header', 'multivaluequerystring', 'multivalueheader'] as const;
/** Header-token names; `~` is a legal token character, so `x~1` is a real name whose pointer form is `x~01`. */
const parameterNames = ['proxy', 'page', 'X-Trace-Id', 'Accept', 'tag', 'a~b', 'x~1'] as const;

/** `integration.request.<location>.<name>`: the key PutIntegration and the patch table accept; names from a pool or generated. */
export const integrationParameterKey: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...parameterLocations), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...parameterNames) }, { weight: 1, arbitrary: token }))
  .map(([location, name]) => `integration.request.${location}.${name}`);

/** Keys outside `integration.request.<location>.<name>`: a `/`, another root, a location in another case. */
export const invalidIntegrationParameterKey: fc.Arbitrary<string> = fc.constantFrom(
  'integration.request.body.id',
  'method.request.path.proxy',
  'integration.request.header.a/b',
  'integration.response.header.X',
  'integration.request.Header.X-Trace-Id',
  'Integration.request.header.Accept',
);

/** Cache key names: method request parameters (as AWS documents) and integration ones (as Terraform sends). */
export const cacheKeyName: fc.Arbitrary<string> = fc.constantFrom(
  'method.request.path.proxy',
  'method.request.querystring.page',
  'method.request.header.X-Trace-Id',
  'integration.request.header.Accept',
);
