/**
 * A RestApi's resource policy. AWS keeps the JSON document it was given, with `execute-api:/…` in
 * Resource rewritten to the API's own ARN (`arn:aws:execute-api:<region>:<account>:<apiId>/…`) and a
 * one-element Resource list kept as its element; it answers the document minified and escaped once
 * more (`{\"Version\":…}`, `/` as `\/`), as a string.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredContext, DeclaredValue, ValueReading } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { inferred, recordedVpcEndpoint } from './restApiEvidence.js';

/** The account and region a policy's ARN names: the call's (the mock's account in us-east-1 where the caller does not know them). */
const arnPrefix = (ctx: Pick<DeclaredContext, 'params' | 'account'>) =>
  `arn:aws:execute-api:${ctx.account?.region ?? 'us-east-1'}:${ctx.account?.id ?? '123456789012'}:${ctx.params.restApiId ?? ''}`;

export const invalidPolicy = badRequestRule(
  'rest-api.policy-json',
  'a policy that is not a JSON object: 400',
  () => 'Invalid policy document. Please check the policy syntax and try again.',
  inferred('AWS parses the policy (it rewrites its Resource); the text of a document it cannot parse is not recorded'),
  true,
);

export const policyRewritten = defineRule(
  'rest-api.policy-rewritten',
  "a policy is answered minified and escaped (`\\\"`, `\\/`), with `execute-api:/…` Resources rewritten to the API's ARN and a one-element Resource list as its element",
  ...recordedVpcEndpoint('api-details: Resource ["execute-api:/*"] answered as "arn:aws:execute-api:<region>:<account>:<id>/*", the policy unescaped once to be read; key order and the other members as sent inferred'),
);

const rewriteResource = (r: unknown, prefix: string): unknown => (typeof r === 'string' && r.startsWith('execute-api:/') ? prefix + r.slice('execute-api:'.length) : r);

/** The policy as AWS answers it, or null when the text is not a JSON object. */
export function storedPolicy(text: string, ctx: Pick<DeclaredContext, 'params'>): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const prefix = arnPrefix(ctx);
  const d = doc as Record<string, unknown>;
  const statements = Array.isArray(d.Statement) ? d.Statement : d.Statement === undefined ? undefined : [d.Statement];
  const rewritten = statements?.map((s) => {
    if (typeof s !== 'object' || s === null) return s;
    const out: Record<string, unknown> = { ...(s as Record<string, unknown>) };
    for (const k of ['Resource', 'NotResource']) {
      const v = out[k];
      if (v === undefined) continue;
      const list = (Array.isArray(v) ? v : [v]).map((r) => rewriteResource(r, prefix));
      out[k] = list.length === 1 ? list[0] : list;
    }
    return out;
  });
  const normal = rewritten === undefined ? d : { ...d, Statement: Array.isArray(d.Statement) ? rewritten : rewritten[0] };
  return JSON.stringify(normal).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\//g, '\\/');
}

/** Reads a stored policy back as the document it is (what a client does with AWS's answer). */
export function policyDocument(stored: string): unknown {
  return JSON.parse(stored.replace(/\\\//g, '/').replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
}

const readPolicy = (raw: string | undefined, ctx: DeclaredContext): ValueReading => {
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  const stored = storedPolicy(raw, ctx);
  return stored === null ? { ok: false, ...reject(invalidPolicy) } : { ok: true, value: stored };
};

const allowAll = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['arn:aws:execute-api:us-east-1:123456789012:*/*'] }] });

export const policyValue: DeclaredValue = {
  rule: policyRewritten,
  // Without `execute-api:/` forms: a case's world does not know the region and account the target uses.
  inside: [allowAll, ''],
  edges: ['not json', '[]', '{}'],
  read: readPolicy,
};
