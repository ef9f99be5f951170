/**
 * PutIntegration as AWS answers it: deserialize, model validation, the backend verb, the URI for the
 * type, the role an AWS-service target needs, member checks, then AWS's defaults. Pure: the body in,
 * the integration or the error out.
 */
import type { Integration, IntegrationContext } from '../contract.js';
import { reject, type ErrorRule, type Rejection, type Rule } from '../rules/defineRule.js';
import { checkTemplateKey, httpVerbs, integrationConstraints, invalidContentType, passthroughBehaviors } from '../rules/integration.js';
import {
  arnWithoutPathOrAction,
  awsProxyTarget,
  awsRoleRequired,
  checkCredentialsForType,
  checkUriForType,
  invalidArn,
  invalidHttpEndpoint,
  invokesLambdaFunction,
  lambdaNeedsNoRole,
} from '../rules/integrationUri.js';
import { callerCredentials, callerIdentity, checkMappingExpression, integrationParameterKey, invalidMappingExpression } from '../rules/integrationValues.js';
import {
  backendVerbRequired,
  emptyTemplateIsNull,
  enumViolation,
  invalidBackendVerb,
  invalidPassthrough,
  mockDropsBackend,
  nullViolation,
  putAcceptsValid,
  putDefaults,
  putIntegrationBodyShape,
  putStoresMembers,
  putIntegrationEnums,
  putModelValidation,
  putTypeOutsideEnum,
  proxyBackendVerbRequired,
} from '../rules/putIntegration.js';
import { checkWireShape } from '../rules/wireTypes.js';
import { canonicalIntegration } from './cloneIntegration.js';
import { escapePointer } from './escapePointer.js';
import { rejected, type Decision, type Expectation, type Gate } from './expectation.js';

type PutBody = Omit<Integration, 'requestTemplates'> & { requestTemplates?: Record<string, string | null> | null };

const needsBackendVerb: ReadonlySet<string> = new Set(['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY']);

export function putIntegration(body: unknown, ctx: IntegrationContext): Expectation {
  const wire = checkWireShape(body, putIntegrationBodyShape);
  if (wire) return rejected(wire);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return rejected(reject(putModelValidation, [nullViolation('type')]));
  // Coral treats null members as absent.
  const b = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null)) as PutBody;

  const violations: string[] = [];
  for (const { member, values } of putIntegrationEnums) {
    const v = (b as Record<string, unknown>)[member];
    if (v === undefined) {
      if (member === 'type') violations.push(nullViolation(member));
    } else if (!values.includes(v as string)) violations.push(enumViolation(member, v, values));
  }
  if (violations.length > 0) {
    // Only a lone type outside the enum has AWS's recorded wording.
    const typeOnly = violations.length === 1 && b.type !== undefined && violations[0]!.includes("'putIntegrationInput.type'");
    return rejected(reject(typeOnly ? putTypeOutsideEnum : putModelValidation, violations));
  }

  const type = b.type!;
  if (needsBackendVerb.has(type)) {
    if (!b.httpMethod) return rejected(reject(type === 'AWS_PROXY' ? proxyBackendVerbRequired : backendVerbRequired));
    if (!(httpVerbs as readonly string[]).includes(b.httpMethod)) return rejected(reject(invalidBackendVerb, b.httpMethod));
    const uri = checkUriForType(b);
    if (uri) return rejected(uri);
    // Recorded after the uri checks; before the member checks is assumed (one check of type, uri and credentials).
    const role = checkCredentialsForType(b);
    if (role) return rejected(role);
  }
  const member = checkMembers(b, ctx);
  if (member) return rejected(member);

  const decisions: Decision[] = [{ at: '/status', rule: putDefaults }];
  const out: Integration = {
    type,
    httpMethod: b.httpMethod,
    uri: b.uri,
    connectionType: b.connectionType ?? (type === 'HTTP' || type === 'HTTP_PROXY' ? 'INTERNET' : undefined),
    connectionId: b.connectionId,
    credentials: b.credentials,
    requestParameters: b.requestParameters,
    requestTemplates: b.requestTemplates ? nullEmptyTemplates(b.requestTemplates, decisions) : undefined,
    passthroughBehavior: b.passthroughBehavior ?? 'WHEN_NO_MATCH',
    contentHandling: b.contentHandling,
    timeoutInMillis: b.timeoutInMillis === undefined ? 29000 : Math.trunc(b.timeoutInMillis),
    cacheNamespace: b.cacheNamespace ?? ctx.resourceId,
    cacheKeyParameters: b.cacheKeyParameters ?? [],
    tlsConfig: b.tlsConfig,
    responseTransferMode: b.responseTransferMode,
    integrationTarget: b.integrationTarget,
  };
  // Supplied members are stored as sent; the rest (and anything AWS does not answer) follow put.defaults.
  for (const k of Object.keys(b)) if (k in out) decisions.push({ at: `/value/${k}`, rule: putStoresMembers });
  // A target that refuses this body breaks put.accepts-valid unless its error names a check (the gates);
  // one that refuses the documented caller string (an AccessDeniedException) breaks that rule.
  const callerString = b.credentials === callerCredentials;
  if (callerString) decisions.push({ at: '/value/credentials', rule: callerIdentity });
  const rules: Rule[] = [...(callerString ? [callerIdentity] : []), putAcceptsValid, putStoresMembers, putDefaults];
  if (type === 'MOCK') {
    if (b.uri !== undefined || b.httpMethod !== undefined) {
      decisions.push({ at: '/value/uri', rule: mockDropsBackend }, { at: '/value/httpMethod', rule: mockDropsBackend });
      rules.push(mockDropsBackend);
    }
    out.uri = undefined;
    out.httpMethod = undefined;
  }
  if (decisions.some((d) => d.rule === emptyTemplateIsNull)) rules.push(emptyTemplateIsNull);
  for (const c of integrationConstraints) {
    const v = c.violation(out);
    if (v) return rejected(v);
  }
  return {
    outcome: { ok: true, status: 201, value: canonicalIntegration(out) },
    rules,
    decisions,
    fallback: putDefaults,
    passed: putGates(type, b),
  };
}

const gate = (guard: ErrorRule, blame: Rule = guard): Gate => ({ guard, blame });
const modelGates = [gate(putTypeOutsideEnum), gate(putModelValidation)];
const constraintGates = integrationConstraints.map((c) => gate(c.rule));
const uriGates: Record<string, readonly Gate[]> = {
  HTTP: [gate(backendVerbRequired), gate(invalidBackendVerb), gate(invalidHttpEndpoint)],
  HTTP_PROXY: [gate(backendVerbRequired), gate(invalidBackendVerb), gate(invalidHttpEndpoint)],
  AWS: [gate(backendVerbRequired), gate(invalidBackendVerb), gate(invalidArn), gate(arnWithoutPathOrAction)],
  AWS_PROXY: [gate(proxyBackendVerbRequired), gate(invalidBackendVerb), gate(invalidArn), gate(arnWithoutPathOrAction), gate(awsProxyTarget)],
  MOCK: [],
};

/** The role check an AWS or AWS_PROXY body passed: a target refusing a Lambda body for want of a role breaks the recorded exemption. */
function roleGate(b: PutBody): Gate {
  return gate(awsRoleRequired, !b.credentials && invokesLambdaFunction(b.uri) ? lambdaNeedsNoRole : awsRoleRequired);
}

/** The checks a valid body passed, in AWS's order (what a target that rejects it anyway may have applied). */
function putGates(type: string, b: PutBody): Gate[] {
  return [
    ...modelGates,
    ...(uriGates[type] ?? []),
    ...(type === 'AWS' || type === 'AWS_PROXY' ? [roleGate(b)] : []),
    ...(b.passthroughBehavior !== undefined ? [gate(invalidPassthrough)] : []),
    ...(b.requestTemplates ? [gate(invalidContentType)] : []),
    ...(b.requestParameters ? [gate(invalidMappingExpression)] : []),
    ...constraintGates,
  ];
}

function checkMembers(b: PutBody, ctx: IntegrationContext): Rejection | null {
  if (b.passthroughBehavior !== undefined && !(passthroughBehaviors as readonly string[]).includes(b.passthroughBehavior)) {
    return reject(invalidPassthrough, b.passthroughBehavior);
  }
  for (const key of Object.keys(b.requestTemplates ?? {})) {
    const r = checkTemplateKey(key);
    if (r) return r;
  }
  for (const [key, source] of Object.entries(b.requestParameters ?? {})) {
    if (!integrationParameterKey.test(key)) return reject(invalidMappingExpression, `Invalid mapping expression specified: ${key}`);
    const r = checkMappingExpression(source ?? undefined, ctx);
    if (r) return r;
  }
  return null;
}

function nullEmptyTemplates(t: Record<string, string | null>, decisions: Decision[]): Record<string, string> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(t)) {
    if (v === '' || v === null) {
      out[k] = null;
      decisions.push({ at: `/value/requestTemplates/${escapePointer(k)}`, rule: emptyTemplateIsNull });
    } else out[k] = v;
  }
  return out as Record<string, string>;
}
