/**
 * The edge sweep: a fixed list of cases, derived from the rule table, that every run checks before
 * its random cases. Every row x every value its domain tells apart (inside samples, each edge, each
 * constraint bound and one past it, no value) x every op it allows, every op it does not allow once,
 * keys held, missing and escaped; paths outside the table; and PutIntegration bodies with one and with
 * two breakages, so AWS's order of checks is checked. The same cases at every seed and budget: what a
 * subtle fault gets wrong at an edge is caught on the first run, and a baseline holds.
 */
import { integrationConstraints, integrationRules, KEY, type IntegrationPathRule } from '../src/rules/integration.js';
import { patchOpEnum } from '../src/rules/patchOperations.js';
import { escapePointer } from '../src/engine/escapePointer.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';
import { putIntegration } from '../src/engine/putIntegration.js';
import { updateIntegration } from '../src/engine/updateIntegration.js';
import { classifyOperation } from './classifyOperation.js';
import { invalidIntegrationUris, roleTargetUris, validIntegrationUris } from './integrationUri.js';
import type { PutIntegrationBody, UpdateCase, WirePatchItem } from './wireBodies.js';

/** A put holding a key of every keyed member, so replace and remove have something to find. */
const httpPut: PutIntegrationBody = {
  type: 'HTTP',
  httpMethod: 'GET',
  uri: 'https://example.com/items',
  requestParameters: { 'integration.request.header.X-Trace-Id': 'method.request.header.X-Trace-Id' },
  requestTemplates: { 'application/json': '{"id": 1}', 'text/x~tilde': 'tilde' },
  cacheKeyParameters: ['method.request.path.proxy'],
};
const mockPut: PutIntegrationBody = { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } };
/** An AWS-service integration, which needs its role (credentials.aws-role-required). */
const awsServicePut: PutIntegrationBody = { type: 'AWS', httpMethod: 'POST', uri: roleTargetUris[0]!, credentials: 'arn:aws:iam::123456789012:role/apigw-invoke' };
/** A private integration through a VPC link V2, naming its load balancer (integrationTarget.vpc-link-only). */
const vpcLinkTargetPut: PutIntegrationBody = {
  type: 'HTTP_PROXY',
  httpMethod: 'GET',
  uri: 'https://example.com:443/path',
  connectionType: 'VPC_LINK',
  connectionId: 'vpclink-a1b2c3',
  integrationTarget: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/0467ef3c8400ae65',
};

/** The smallest valid put of a type. */
function validPutOf(type: string): Record<string, unknown> {
  return type === 'MOCK' ? { type } : { type, httpMethod: 'POST', uri: validIntegrationUris(type)[0] };
}

/**
 * Keys per keyed member: held by httpPut; missing from it (a case variant of a held one among them);
 * fresh ones to add, some needing escapes in a path; and keys the member does not take.
 */
const keysOf: Record<string, { held: string[]; missing: string[]; fresh: string[]; refused: string[] }> = {
  requestParameters: {
    held: ['integration.request.header.X-Trace-Id'],
    missing: ['integration.request.querystring.absent', 'integration.request.header.x-trace-id'],
    fresh: ['integration.request.path.x~1', 'integration.request.header.Accept'],
    refused: ['method.request.header.X-Trace-Id', 'integration.request.cookie.session'],
  },
  requestTemplates: { held: ['application/json', 'text/x~tilde'], missing: ['text/csv', 'APPLICATION/JSON'], fresh: ['application/vnd.a~b+json', 'Application/JSON'], refused: ['json', 'application/'] },
  cacheKeyParameters: { held: ['method.request.path.proxy'], missing: ['method.request.querystring.page', 'method.request.path.PROXY'], fresh: ['method.request.header.X-Trace-Id'], refused: [] },
};

const pathOf = (row: IntegrationPathRule, key?: string): string => '/' + row.segments.map((s) => (s === KEY ? escapePointer(key ?? '') : s)).join('/');

/** The values the row's domain tells apart; `undefined` is "no value". Bounds come with the state they need. */
function valuesOf(row: IntegrationPathRule): { value: string | undefined; put?: Partial<PutIntegrationBody> }[] {
  const member = row.target.member;
  const inside =
    member === 'uri' ? validIntegrationUris('HTTP').slice(0, 2) : member === 'requestParameters' ? [...Object.keys(sandboxMethodRequestParameters).slice(0, 1), ...row.value.domain.inside.slice(0, 2)] : (row.examples ?? row.value.domain.inside).slice(0, 3);
  const edges = member === 'uri' ? invalidIntegrationUris('HTTP') : row.value.domain.edges;
  const bounds = integrationConstraints.flatMap((c) => (c.boundaries ?? []).filter((b) => b.member === member).flatMap((b) => b.values.map((v) => ({ value: String(v), put: b.given as Partial<PutIntegrationBody> }))));
  return [...inside.map((value) => ({ value })), ...edges.map((value) => ({ value })), ...bounds, { value: undefined }];
}

/** Whether a constraint reads the row's member together with `other`. */
const readWith = (row: IntegrationPathRule, other: string): boolean => integrationConstraints.some((c) => c.members.includes(row.target.member) && c.members.includes(other as never));

/**
 * The puts a row is checked on: the HTTP one; MOCK where the row is barred for MOCK; AWS and MOCK where
 * a constraint of the row reads the type; an AWS-service one where a constraint reads the member with
 * the credentials; a VPC link V2 one where a constraint reads it with the integrationTarget.
 */
const putsFor = (row: IntegrationPathRule): PutIntegrationBody[] => [
  httpPut,
  ...(row.notFor || row.constraints?.some((c) => c.members.includes('type')) ? [mockPut] : []),
  ...(row.constraints?.some((c) => c.members.includes('type')) ? [validPutOf('AWS') as unknown as PutIntegrationBody] : []),
  ...(readWith(row, 'credentials') ? [awsServicePut] : []),
  ...(readWith(row, 'integrationTarget') ? [vpcLinkTargetPut] : []),
];

function rowCases(row: IntegrationPathRule): UpdateCase[] {
  const cases: UpdateCase[] = [];
  const keyed = row.segments.includes(KEY);
  const keys = keyed ? keysOf[row.target.member]! : undefined;
  const op = (o: string, path: string, value: string | undefined, from?: string): WirePatchItem => ({ op: o, path, ...(value === undefined ? {} : { value }), ...(from ? { from } : {}) });
  for (const put of putsFor(row)) {
    for (const allowed of row.ops) {
      // Keys: held ones for replace and remove (and add, which overwrites), missing and escaped ones too.
      const keyChoices = keys ? [...keys.held, ...keys.missing, ...(allowed === 'remove' ? [] : keys.refused), ...(allowed === 'add' ? keys.fresh : [])] : [undefined];
      for (const key of keyChoices) {
        const values = allowed === 'remove' ? [{ value: undefined }, { value: 'ignored' }] : valuesOf(row);
        // Every value once, on the HTTP put and the first key; other puts and keys need only a couple.
        for (const { value, put: needs } of put === httpPut && key === keyChoices[0] ? values : values.slice(0, 2)) {
          cases.push({ put: { ...put, ...needs } as PutIntegrationBody, patch: { patchOperations: [op(allowed, pathOf(row, key), value)] } });
        }
      }
    }
    // Every op the row does not allow, once; move and copy with a real `from`.
    for (const other of patchOpEnum.filter((o) => !row.ops.includes(o))) {
      const value = (row.examples ?? row.value.domain.inside)[0];
      cases.push({ put, patch: { patchOperations: [op(other, pathOf(row, keys?.held[0]), value, other === 'move' || other === 'copy' ? pathOf(row, keys?.held[0]) : undefined)] } });
    }
  }
  return cases;
}

/**
 * Two operations on members one constraint reads (a mode and the bound it moves, a connection type
 * and its id), in both orders, on a put where the constraint holds: a patch that passes through a
 * state the constraint refuses, or ends in one, is judged on the end state alone.
 */
function constraintPairs(): UpdateCase[] {
  const rowOf = (member: string) => integrationRules.find((r) => r.pattern === `/${member}`);
  const cases: UpdateCase[] = [];
  for (const c of integrationConstraints) {
    const rows = c.members.map(rowOf).filter((r): r is IntegrationPathRule => r !== undefined && r.ops.includes('replace'));
    if (rows.length < 2) continue;
    const [a, b] = rows as [IntegrationPathRule, IntegrationPathRule];
    const valuesFor = (row: IntegrationPathRule) => [...new Set([...(row.examples ?? row.value.domain.inside).slice(0, 2), ...valuesOf(row).flatMap((v) => (v.put ? [v.value!] : []))])];
    // Puts where the constraint's other values are reachable: HTTP, and each bound's own set-up (its mode, its type).
    const puts = [httpPut, ...(c.boundaries ?? []).flatMap((bd) => (bd.given ? [{ ...validPutOf(String(bd.given.type ?? 'HTTP')), ...bd.given } as PutIntegrationBody] : []))];
    for (const put of puts) {
      for (const va of valuesFor(a)) {
        for (const vb of valuesFor(b)) {
          const ops: WirePatchItem[] = [{ op: 'replace', path: `/${a.target.member}`, value: va }, { op: 'replace', path: `/${b.target.member}`, value: vb }];
          cases.push({ put, patch: { patchOperations: ops } }, { put, patch: { patchOperations: [ops[1]!, ops[0]!] } });
        }
      }
    }
  }
  return cases;
}

/** Two operations on one key, each order (add then remove, remove then add): what the order of operations decides. */
function sameKeyPairs(): UpdateCase[] {
  return integrationRules
    .filter((row) => row.segments.includes(KEY) && row.ops.includes('add') && row.ops.includes('remove'))
    .flatMap((row) => {
      const keys = keysOf[row.target.member]!;
      const value = (row.examples ?? row.value.domain.inside)[0];
      const add = (key: string): WirePatchItem => ({ op: 'add', path: pathOf(row, key), ...(value === undefined ? {} : { value }) });
      const remove = (key: string): WirePatchItem => ({ op: 'remove', path: pathOf(row, key) });
      return [
        { put: httpPut, patch: { patchOperations: [add(keys.fresh.at(-1)!), remove(keys.fresh.at(-1)!)] } },
        { put: httpPut, patch: { patchOperations: [remove(keys.held[0]!), add(keys.held[0]!)] } },
      ];
    });
}

/** Paths outside the table, and bodies whose shape is wrong: each once, on the HTTP put. */
const malformed: WirePatchItem[][] = [
  [{ op: 'replace', path: '/unknownMember', value: 'x' }],
  [{ op: 'replace', path: '/requestTemplates', value: '{}' }],
  [{ op: 'remove', path: '/requestParameters' }],
  [{ op: 'replace', path: '/requestTemplates/application/json', value: 'x' }],
  [{ op: 'replace', path: '/requestTemplates/application~2json', value: 'x' }],
  [{ op: 'add', path: '/requestParameters/integration.request.header.X~2', value: "'static'" }],
  [{ op: 'add', path: '/requestTemplates/text~1plain~', value: 'x' }],
  [{ op: 'replace', path: '/TimeoutInMillis', value: '99' }],
  [{ op: 'replace', path: 'timeoutInMillis', value: '99' }],
  [{ op: 'replace', path: '', value: '99' }],
  [{ op: 'replace', path: '/timeoutInMillis/', value: '99' }],
  [{ op: 'replace', value: '99' }],
  [{ path: '/timeoutInMillis', value: '99' }],
  [{ op: 'REPLACE', path: '/timeoutInMillis', value: '99' }, { op: 'remove', path: '/requestTemplates/application~1json' }, { op: 'delete', path: '/x' }],
  // Alone, so an op matched without case is applied (the op-enum text is inferred: only its class is compared).
  [{ op: 'REPLACE', path: '/timeoutInMillis', value: '99' }],
  [{ op: 'Add', path: '/requestTemplates/text~1plain', value: 'x' }],
  [{ op: 'replace', path: '/timeoutInMillis', value: 99 }],
  [{ op: 'replace', path: '/timeoutInMillis', value: null }],
  [null],
  ['replace /timeoutInMillis 99'],
  [],
];

/** The update cases of the sweep, in a fixed order. */
export function updateSweep(): UpdateCase[] {
  return [...integrationRules.flatMap(rowCases), ...constraintPairs(), ...sameKeyPairs(), ...malformed.map((patchOperations) => ({ put: httpPut, patch: { patchOperations } }))];
}

const sweepCtx = { restApiId: 'sweep', resourceId: 'sweep', httpMethod: 'GET', methodRequestParameters: sandboxMethodRequestParameters };
const referenceAnswer = (c: UpdateCase) => {
  const put = putIntegration(c.put, sweepCtx).outcome;
  return put.ok ? updateIntegration(put.value, c.patch, sweepCtx) : null;
};
const firstOfEach = <T>(cases: readonly T[], key: (c: T) => string | null): T[] => {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const k = key(c);
    return k !== null && !seen.has(k) && seen.add(k);
  });
};

/**
 * For reading back after success: one accepted update sweep case per path family and op (what a
 * store keeps of each row is read back once).
 */
export function readBackSweep(): UpdateCase[] {
  return firstOfEach(updateSweep(), (c) => (referenceAnswer(c)?.outcome.ok ? JSON.stringify(c.patch.patchOperations.map((o) => [classifyOperation(o).family, classifyOperation(o).op])) : null));
}

/**
 * For all-or-nothing: each way a patch is rejected (per path family and deciding rule), after an
 * operation AWS accepts, so a target that keeps the operations before the rejected one shows it.
 */
export function atomicitySweep(): UpdateCase[] {
  const before: WirePatchItem = { op: 'replace', path: '/cacheNamespace', value: 'ns-before-the-rejected-op' };
  const rejected = firstOfEach(updateSweep(), (c) => {
    const e = referenceAnswer(c);
    const ops = c.patch.patchOperations;
    return e && !e.outcome.ok && Array.isArray(ops) && ops.length === 1 && e.rules[0] && !e.rules[0].id.startsWith('wire.') ? `${classifyOperation(ops[0]).family} ${e.rules[0].id}` : null;
  });
  return rejected.map((c) => ({ put: c.put, patch: { patchOperations: [before, ...c.patch.patchOperations] } }));
}

/** One thing wrong with a put body, named, and the types it applies to. */
interface Breakage {
  name: string;
  apply(b: Record<string, unknown>): Record<string, unknown>;
  types: readonly string[];
}

const backend = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY'];
const breakages: readonly Breakage[] = [
  { name: 'type outside the enum', types: ['HTTP'], apply: (b) => ({ ...b, type: 'HTTPS_PROXY' }) },
  { name: 'no type', types: ['HTTP'], apply: ({ type: _t, ...b }) => b },
  { name: 'no backend verb', types: backend, apply: ({ httpMethod: _h, ...b }) => b },
  { name: 'backend verb not a verb', types: backend, apply: (b) => ({ ...b, httpMethod: 'FETCH' }) },
  { name: 'backend verb in lower case', types: ['HTTP'], apply: (b) => ({ ...b, httpMethod: 'post' }) },
  // Before the uri's breakage, so the pair sends a bad uri without a role (AWS names the uri first).
  { name: 'AWS-service target without a role', types: ['AWS'], apply: ({ credentials: _c, ...b }) => ({ ...b, uri: roleTargetUris[0] }) },
  { name: 'uri of the wrong shape', types: backend, apply: (b) => ({ ...b, uri: invalidIntegrationUris(b.type)[0] }) },
  { name: 'contentHandling outside the enum', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, contentHandling: 'CONVERT_TO_JSON' }) },
  { name: 'passthroughBehavior outside the enum', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, passthroughBehavior: 'ALWAYS' }) },
  { name: 'timeout one past the bound', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, timeoutInMillis: 29001 }) },
  { name: 'VPC_LINK without its id', types: ['HTTP'], apply: (b) => ({ ...b, connectionType: 'VPC_LINK' }) },
  { name: 'tlsConfig off HTTP', types: ['AWS', 'MOCK'], apply: (b) => ({ ...b, tlsConfig: { insecureSkipVerification: true } }) },
  { name: 'STREAM off proxy', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, responseTransferMode: 'STREAM' }) },
  { name: 'undeclared mapping source', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, requestParameters: { 'integration.request.header.X': 'method.request.querystring.undeclared' } }) },
  { name: 'template key not a media type', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, requestTemplates: { json: '{}' } }) },
  { name: 'integrationTarget off a VPC link', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, integrationTarget: vpcLinkTargetPut.integrationTarget }) },
  { name: 'a number where a string goes', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, requestTemplates: { 'application/json': 3 } }) },
  { name: 'a string where a number goes', types: ['HTTP', 'MOCK'], apply: (b) => ({ ...b, timeoutInMillis: '1000' }) },
];

const validPut = (type: string): Record<string, unknown> => validPutOf(type);

/** Valid puts at the edges: every bound of every constraint (with its mode), MOCK with a backend, empty templates. */
function validEdgePuts(): Record<string, unknown>[] {
  const bounds = integrationConstraints.flatMap((c) => (c.boundaries ?? []).flatMap((b) => b.values.map((v) => ({ ...validPut(String(b.given?.type ?? 'HTTP')), ...b.given, [b.member]: v }))));
  return [
    ...bounds,
    ...['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'].map(validPut),
    { type: 'MOCK', httpMethod: 'GET', uri: 'https://example.com/items' },
    { type: 'MOCK', requestTemplates: { 'application/json': '', 'text/plain': null } },
    { type: 'HTTP', httpMethod: 'ANY', uri: 'https://example.com/items', connectionType: 'VPC_LINK', connectionId: '${stageVariables.vpcLinkId}' },
    { type: 'AWS', httpMethod: 'POST', uri: validIntegrationUris('AWS')[1], credentials: awsServicePut.credentials, connectionId: 'vpclink-a1b2c3' },
    { ...awsServicePut, credentials: 'arn:aws:iam::*:user/*' },
    { ...vpcLinkTargetPut },
  ];
}

/** The put cases of the sweep: valid edges, each breakage alone, and every pair on a type both apply to (AWS's order of checks). */
export function putSweep(): Record<string, unknown>[] {
  const cases = validEdgePuts();
  for (const [i, a] of breakages.entries()) {
    for (const type of a.types) cases.push(a.apply(validPut(type)));
    for (const b of breakages.slice(i + 1)) {
      const type = a.types.find((t) => b.types.includes(t));
      if (type) cases.push(b.apply(a.apply(validPut(type))));
    }
  }
  return cases;
}
