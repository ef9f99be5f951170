/**
 * The property every declared resource (src/resources) is checked with, defined once: put the resource
 * (its external parents first, e.g. a MOCK integration under an integration response), apply one to
 * three patches, read it back, delete it. Each answer is compared with the declared-resource engine's;
 * the next call is judged from the target's own answer, so one divergence does not mask the rest.
 */
import fc from 'fast-check';
import { declaredPatchOperation, declaredSweep, type DeclaredPatchOperation } from '../../generators/declared/declaredPatchOperation.js';
import { declaredPutBody } from '../../generators/declared/declaredPutBody.js';
import type { Outcome } from '../../src/contract.js';
import type { Expectation } from '../../src/engine/expectation.js';
import { deleteDeclared, getDeclared, missingDeclared, putDeclared, updateDeclared } from '../../src/engine/declaredResource.js';
import type { DeclaredContext, PathParameters, ResourceDeclaration, ResourceValue } from '../../src/resources/declaration.js';
import { declarationNamed } from '../../src/resources/registry.js';
import { accountLevel } from '../../src/resources/accountLevel.js';
import { memberWireShape } from '../../src/resources/memberShape.js';
import { checkWireShape } from '../../src/rules/wireTypes.js';
import { createdKeyMember } from '../../src/resources/createdKey.js';
import { OperationNotImplementedError, type TargetSession } from '../../src/targets/target.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';

export interface DeclaredCase {
  /** The resource's key (a verb, a status code) within the sandbox method. */
  key: string;
  put: Record<string, unknown>;
  patches: { patchOperations: DeclaredPatchOperation[] }[];
}

/** A resource a case made before its put (a deployment a stage names), as the reference's world sees it. */
interface MadeResource {
  kind: ResourceDeclaration;
  params: PathParameters;
  id: string;
}

/**
 * What the reference knows of the sandbox's world: the instances every API has (models Empty and
 * Error), the sandbox's own method, and what the case made first; nothing else.
 */
function sandboxWorld(params: PathParameters, made: readonly MadeResource[] = [], account?: DeclaredContext['account'], tree: TargetSession['sandboxResources'] = []): DeclaredContext {
  const defaults = (kind: string) => declarationNamed(kind).defaultInstances ?? [];
  // The API's resource tree is the declaration located by a resource id alone; the sandbox made its root, slot and greedy child.
  const isTree = (kind: ResourceDeclaration) => kind.uri === '/restapis/{restApiId}/resources/{resourceId}';
  const treeNodes = (kind: ResourceDeclaration) => (isTree(kind) ? tree.map((r) => ({ params: { restApiId: params.restApiId ?? '', resourceId: r.id }, value: { ...r } as ResourceValue })) : []);
  // The sandbox's own resources: kept by the mock (not the implementation) and located by its parameters alone (its method).
  const sandboxOwn = (kind: ResourceDeclaration) => !kind.external && !isTree(kind) && [...kind.uri.matchAll(/\{(\w+)\}/g)].every((m) => ['restApiId', 'resourceId', 'httpMethod'].includes(m[1]!));
  return {
    params,
    world: {
      exists: (kind, id) =>
        defaults(kind).some((d) => d[declarationNamed(kind).lifecycle.put.idMember ?? 'id'] === id) || made.some((m) => m.kind.name === kind && m.id === id) || treeNodes(declarationNamed(kind)).some((n) => n.value.id === id),
      instances: (kind) => [
        ...(sandboxOwn(declarationNamed(kind)) ? [{ params, value: {} }] : []),
        ...treeNodes(declarationNamed(kind)),
        ...made.filter((m) => m.kind.name === kind).map((m) => ({ params: m.params, value: {} })),
      ],
      resourcePath: (resourceId) => tree.find((r) => r.id === resourceId)?.path,
    },
    now: () => 0,
    ...(account ? { account } : {}),
  };
}

/**
 * Members the target chooses (ids, dates, generated keys) are expected as the target answered them:
 * `create` ones after a put, `update` ones (lastUpdatedDate) after every call that changes the resource.
 */
function adoptAssigned(decl: ResourceDeclaration, expected: Expectation, answer: Outcome, when: 'create' | 'update'): Outcome {
  if (!answer.ok || !expected.outcome.ok) return answer;
  const value = expected.outcome.value as Record<string, unknown>;
  const got = answer.value as Record<string, unknown>;
  for (const m of decl.members) {
    if (m.assigned === undefined || (when === 'update' && m.assigned !== 'update')) continue;
    if (got[m.name] !== undefined && value[m.name] !== undefined) value[m.name] = got[m.name];
  }
  return answer;
}

/**
 * The target's state after a call whose answer is a view (declaration.answerView): the answer's members,
 * except those the view changes (tags shown as {}, a key's hidden value, a link shown PENDING), which are
 * taken as the reference keeps them. Without a view, the answer itself.
 */
function stateAfter(expected: Expectation, answer: ResourceValue): ResourceValue {
  const stored = expected.stored;
  if (!stored || !expected.viewed?.length) return answer;
  const state: ResourceValue = { ...answer };
  for (const k of expected.viewed) {
    if (stored[k] === undefined) delete state[k];
    else state[k] = stored[k];
  }
  return state;
}

/**
 * An expectation computed from the target's own state, which its answers shaped: where the engine
 * cannot read that state (a list answered as a map), it is computed again without the members of the
 * wrong wire type. A malformed member is a finding of the call that answered it, not a reason to stop.
 */
function fromTargetState<T>(decl: ResourceDeclaration, state: ResourceValue, expect: (state: ResourceValue) => T): T {
  try {
    return expect(state);
  } catch {
    const readable = Object.fromEntries(
      Object.entries(state).filter(([k, v]) => {
        const member = decl.members.find((m) => m.name === k);
        const shape = member && memberWireShape(member);
        return !shape || checkWireShape(v, shape) === null;
      }),
    );
    return expect(readable);
  }
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, n * size + size));

const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/** The full put a sweep patches: every map with its first example key, so replace and remove find something. */
function fullPut(decl: ResourceDeclaration): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [m, values] of Object.entries(decl.lifecycle.put.required ?? {})) body[m] = values[0];
  // Scalar members a row writes: their first value (a boolean as false), so a create that needs them succeeds.
  for (const row of decl.rows) {
    if (row.target.kind !== 'member' || body[row.target.member] !== undefined) continue;
    const member = decl.members.find((x) => x.name === (row.target as { member: string }).member);
    // Not members naming other resources: the sandbox has none, and the put would be refused.
    if (member?.refersTo) continue;
    const kind = member?.kind;
    const value = row.value.inside.find((v) => v !== '');
    if (kind === 'boolean') body[row.target.member] = false;
    else if (kind === 'string' && value !== undefined) body[row.target.member] = value;
  }
  for (const row of decl.rows) {
    if (row.target.kind !== 'mapEntry') continue;
    const m = decl.members.find((x) => x.name === (row.target as { member: string }).member);
    const key = m?.examples?.[0];
    const value = row.value.inside.find((v) => v !== '');
    if (key && value !== undefined) body[row.target.member] = { [key]: m!.kind === 'booleanMap' ? value === 'true' : value };
  }
  return body;
}

/** One operation the first row takes (on the full put), so a case with a refused key still sends a real patch. */
function firstRowOperation(decl: ResourceDeclaration): DeclaredPatchOperation[] {
  const row = decl.rows[0];
  if (!row) return [];
  const m = decl.members.find((x) => row.target.kind !== 'member' && x.name === row.target.member);
  const path = row.pattern.replace('{key}', (m?.examples?.[0] ?? 'x').replace(/~/g, '~0').replace(/\//g, '~1'));
  return [{ op: row.ops[0]!, path, ...(row.value.inside[0] !== undefined ? { value: row.value.inside[0] } : {}) }];
}

export function declaredResourceLifecycle(decl: ResourceDeclaration): ConformanceProperty<DeclaredCase> {
  const keptRequirements = new WeakMap<TargetSession, Map<string, MadeResource[]>>();
  const { put, get, update, delete: del } = decl.lifecycle;
  const keys = decl.keyExamples ?? ['(assigned)'];
  const heldKeys = (member: string) => decl.members.find((m) => m.name === member)?.examples ?? [];
  const arbitrary: fc.Arbitrary<DeclaredCase> = fc.record({
    key: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...keys) }, ...(decl.keyEdges?.length ? [{ weight: 1, arbitrary: fc.constantFrom(...decl.keyEdges) }] : [])),
    put: declaredPutBody(decl, { required: put.required ?? {} }),
    patches: fc.array(fc.array(declaredPatchOperation(decl, heldKeys), { minLength: 1, maxLength: 4 }).map((patchOperations) => ({ patchOperations })), { minLength: 1, maxLength: 3 }),
  });
  return {
    id: `${kebab(decl.name)}-lifecycle`,
    title: decl.singleton ? `${update?.operation} and ${get.operation} answer as the reference (the settings put back after)` : `${put.operation}, ${update?.operation}, ${get.operation} and ${del.operation} answer as the reference`,
    resource: decl.name,
    operations: (decl.singleton ? [...(update ? [update.operation] : []), get.operation] : [put.operation, ...(update ? [update.operation] : []), get.operation, del.operation]) as never,
    ...(update ? { continuesWithout: [update.operation] } : {}),
    arbitrary,
    sweep: () => [
      // Three sweep patches per case, one after the other: a case's set-up (a stage's deployment and
      // integration) is paid once for three, and each patch is still judged on its own.
      ...chunks(declaredSweep(decl), 3).map((patches) => ({ key: keys[0]!, put: fullPut(decl), patches: patches.map((patchOperations) => ({ patchOperations })) })),
      // Keys AWS refuses, with a patch that would be taken and one with a bad op (model validation lists both).
      ...(decl.keyEdges ?? []).flatMap((key) => [
        { key, put: fullPut(decl), patches: [{ patchOperations: firstRowOperation(decl) }] },
        { key, put: fullPut(decl), patches: [{ patchOperations: [{ op: 'wrong_op', path: decl.rows[0]?.pattern.replace('{key}', 'x') ?? '/x', value: 'x' }] }] },
      ]),
    ],
    fromRecord: (r) => ({ key: String((r as { key?: string }).key ?? keys[0]), put: r.put as Record<string, unknown>, patches: r.patches as DeclaredCase['patches'] }),
    steps: (run) => run.checks.filter((c) => !c.setup).length,
    async run(session: TargetSession, c: DeclaredCase) {
      const rec = new CaseRecorder(session.ctx, c.put);
      rec.record.resource = decl.name;
      rec.record.key = c.key;
      rec.record.patches.push(...c.patches);
      const speaks = session.call?.bind(session);
      const call: NonNullable<TargetSession['call']> = speaks ?? ((operation: string) => Promise.reject(new OperationNotImplementedError(operation, 'the target speaks only Integration')));
      // The sandbox's own locations; `parentId` is where a case adds a resource to the API's tree (its root).
      const root = session.sandboxResources?.find((r) => r.parentId === undefined);
      const params: Record<string, string> = { restApiId: session.ctx.restApiId, resourceId: session.ctx.resourceId, httpMethod: session.ctx.httpMethod, ...(root ? { parentId: root.id } : {}), [decl.key]: c.key };
      // A created resource (CreateModel) is named by a member of its body: the case's key.
      const created = put.verb === 'post';
      const body0: Record<string, unknown> = created && put.idMember ? { ...c.put, [put.idBodyMember ?? put.idMember]: c.key } : { ...c.put };
      // On a real account, what outlives the sandbox RestApi carries the run's tags, so sweep can find it.
      if (session.creationTags && accountLevel(decl) && decl.members.some((m) => m.name === 'tags')) body0.tags = { ...(body0.tags as object | undefined), ...session.creationTags };
      rec.record.put = body0;
      // What the case needs before its put, made with the smallest bodies and not judged here (their own
      // properties judge them): its parents the sandbox lacks (the integration under an integration
      // response, the usage plan of a usage plan key), outermost first, their keys into the path; then
      // resources it requires elsewhere (a deployment for a stage), their ids into the put. A case whose
      // set-up could not be made has nothing to check.
      const made: MadeResource[] = [];
      const make = async (name: string, at: Record<string, string>): Promise<string | null> => {
        const kind = declarationNamed(name);
        const body: Record<string, unknown> = { ...(kind.lifecycle.put.minimal ?? {}) };
        for (const need of kind.requires ?? []) {
          const id = await make(need.resource, at);
          if (id === null) return null;
          if (need.into) body[need.into] = id;
        }
        if (session.creationTags && accountLevel(kind) && kind.members.some((m) => m.name === 'tags')) body.tags = { ...session.creationTags };
        const answer = await speaks!(kind.lifecycle.put.operation, at, body).catch(() => null);
        if (!answer?.ok) return null;
        const id = kind.lifecycle.put.verb === 'post' ? String((answer.value as ResourceValue)[createdKeyMember(kind)] ?? '') : (at[kind.key] ?? '');
        made.push({ kind, params: { ...at, [kind.key]: id }, id });
        return id;
      };
      const chain: ResourceDeclaration[] = [];
      for (let p = decl.parent; p; p = declarationNamed(p).parent) chain.unshift(declarationNamed(p));
      // They go at the end, last made first, so nothing of this case stays in the sandbox for the other properties.
      const dropMade = async () => {
        for (const m of [...made].reverse()) await speaks!(m.kind.lifecycle.delete.operation, m.params, undefined, { idempotent: false }).catch(() => undefined);
      };
      let setUp = Boolean(speaks);
      // External parents live at the sandbox's own key (its method's integration); others need a key the sandbox lacks.
      for (const parent of chain) {
        if (!setUp || !parent.lifecycle.put.minimal || (!parent.external && parent.key in params)) continue;
        const id = await make(parent.name, params);
        if (id === null) setUp = false;
        else params[parent.key] = id;
      }
      // Requirements are made once per session and kept for the property's later cases (a deployment
      // costs 5 s of AWS's CreateDeployment quota): cases never change them, and the sandbox's deletion
      // (and its ledger, for the account's own) takes them at the end.
      const kept = keptRequirements.get(session) ?? new Map<string, MadeResource[]>();
      keptRequirements.set(session, kept);
      const reused: MadeResource[] = [];
      for (const need of decl.requires ?? []) {
        if (!setUp) break;
        let mine = kept.get(need.resource);
        if (!mine) {
          const before = made.length;
          const id = await make(need.resource, params);
          // Made for the session: not this case's to drop.
          mine = id === null ? undefined : made.splice(before);
          if (mine) kept.set(need.resource, mine);
        }
        if (!mine) setUp = false;
        else {
          reused.push(...mine);
          if (need.into) body0[need.into] = mine.at(-1)!.id;
        }
      }
      if (speaks && !setUp) {
        await dropMade();
        return rec.done();
      }
      const ctx = sandboxWorld(params, [...reused, ...made], session.account, session.sandboxResources);
      try {
        // A lost answer to a call that changes state is settled by reading the resource back, never by sending it again blindly.
        const readBack = () => call(get.operation, params);
        // A put that answers 409 over an existing resource (PutMethod) is not sent twice blindly.
        const once = (operation: string) => operation !== get.operation && (operation !== put.operation || put.exists !== undefined);
        const send = (operation: string, step: number, expected: ReturnType<typeof putDeclared>, body?: unknown, setup = false, before?: ResourceValue | null) =>
          rec.send(operation as never, step, expected, async () => adoptAssigned(decl, expected, await call(operation, params, body, { idempotent: !once(operation) }), operation === put.operation ? 'create' : 'update'), {
            ...(body === undefined ? {} : { body }),
            setup,
            ...(before !== undefined ? { settle: { before: before as never, readBack } } : {}),
          });
        /** The case's patches on the target's own state, each judged; the state after them, or null when the case cannot go on. */
        const patchAll = async (start: ResourceValue | null): Promise<{ current: ResourceValue | null } | null> => {
          let current = start;
          if (!update) return { current };
          for (const [n, body] of c.patches.entries()) {
            // On a resource the put did not make: model validation first, then its missing answer.
            const base = current ?? decl.defaultFor?.(params[decl.key] ?? '', ctx) ?? null;
            const expected = base ? fromTargetState(decl, base, (b) => updateDeclared(decl, b, body, ctx)) : missingDeclared(decl, body, params, ctx.account);
            const answered: Outcome | null = await send(update.operation, n + 1, expected, body, false, current);
            // A target without the update still gets its put, get and delete checked.
            if (!answered && rec.lacks(update.operation)) break;
            if (!answered) return null;
            // The target's state from its answer (what a view changes, as the reference keeps it).
            if (answered.ok) current = stateAfter(expected, answered.value as ResourceValue);
            // Taken where the reference refuses: the answer may be a view the reference has no stored form for
            // (tags: {} on updates), so the target's state is read back, not judged (the update was).
            if (answered.ok && !expected.outcome.ok && decl.answerView && speaks) {
              const read = await speaks(get.operation, params).catch(() => null);
              if (read?.ok) current = read.value as ResourceValue;
            }
            // A patch of the member that names it (a base path mapping's basePath) moves it: later calls follow.
            // Only where the reference renames it too: a target answering a wrong name is a finding, not where the case goes next.
            const name = put.idMember && answered.ok && expected.outcome.ok ? (expected.outcome.value as ResourceValue)[put.idMember] : undefined;
            if (typeof name === 'string' && name !== params[decl.key] && current?.[put.idMember!] === name) rec.record.key = params[decl.key] = name;
            else if (current && !expected.outcome.ok && expected.evaluated !== undefined && expected.evaluated > 1) {
              // Refused after other operations: read back at once; any change is the all-or-nothing rule broken.
              const unchanged = getDeclared(decl, current, params, ctx);
              await send(get.operation, n + 1, { ...unchanged, rules: [decl.dialect.ordered, ...unchanged.rules], fallback: decl.dialect.ordered });
            }
          }
          return { current };
        };
        if (decl.singleton) {
          // The one instance always exists and is the target's (earlier runs may have changed it): read first,
          // not judged; the patches and the read-back are; then it is put back as it was, whatever happened.
          const first = speaks ? await speaks(get.operation, params).catch(() => null) : null;
          if (!first?.ok || !update) return rec.done();
          const before = first.value as ResourceValue;
          let after: ResourceValue = before;
          try {
            const patched = await patchAll(before);
            if (patched?.current) after = patched.current;
            if (patched) await send(get.operation, c.patches.length + 1, getDeclared(decl, after, params, ctx));
          } finally {
            const read = await speaks!(get.operation, params).catch(() => null);
            const now = read?.ok ? (read.value as ResourceValue) : after;
            const undo = decl.singleton.restore(before, now);
            // Judged, so a restore the target refuses (a throttle that outlasted the retries) is a finding, never silent.
            if (undo.length > 0) {
              const body = { patchOperations: undo };
              await send(update.operation, c.patches.length + 2, fromTargetState(decl, now, (v) => updateDeclared(decl, v, body, ctx)), body, false, now);
            }
          }
          return rec.done();
        }
        // A resource an earlier case left behind (its delete lost or refused) would turn this put into a
        // 409: cleared first, not judged.
        if (speaks && put.exists) await speaks(del.operation, params, undefined, { idempotent: false }).catch(() => undefined);
        const put0 = putDeclared(decl, body0, ctx);
        const made = created
          ? await rec.send(put.operation as never, 0, put0, async () => {
              const answer = await call(put.operation, params, body0, { idempotent: false });
              // The id is the target's to choose: the expected answer takes it from the answer.
              if (answer.ok && put0.outcome.ok) {
                const expected = put0.outcome.value as Record<string, unknown>;
                const got = answer.value as Record<string, unknown>;
                // Where the resource has an id, and where the key is generated under its own name (clientCertificateId).
                for (const m of ['id', put.generatedIdMember]) if (m && got[m] !== undefined && decl.members.some((x) => x.name === m)) expected[m] = got[m];
              }
              return adoptAssigned(decl, put0, answer, 'create');
            }, {
              body: body0,
              // The put is one of the calls this property judges (no other property checks it).
              setup: false,
              // A lost create is read back by its name where the body names it; a generated id went with the
              // answer, so the case ends unsettled (never created twice blindly).
              settle: { before: null, readBack: put.idMember ? readBack : async () => ({ ok: true, status: 200, value: { unknownId: 'the created id was lost with the answer' } as never }) },
            })
          : await send(put.operation, 0, put0, body0, false, put.exists ? null : undefined);
        // The target's own state from here on (its put answer where it took the put).
        // Where the create's answer is a view (a VPC link shown PENDING), what the view changes as the reference keeps it.
        let current: ResourceValue | null = made?.ok ? stateAfter(put0, made.value as ResourceValue) : null;
        if (!made) return rec.done();
        // Found by the id the target gave it (a request validator); a made-up one when the create was refused.
        if (created && !put.idMember) {
          const key = current?.[createdKeyMember(decl)];
          rec.record.key = params[decl.key] = typeof key === 'string' ? key : 'nosuchid';
        }
        const patched = await patchAll(current);
        if (!patched) return rec.done();
        current = patched.current;
        await send(get.operation, c.patches.length + 1, getDeclared(decl, current, params, ctx));
        const deleted = await send(del.operation, c.patches.length + 2, current ? fromTargetState(decl, current, (v) => deleteDeclared(decl, v, ctx)) : deleteDeclared(decl, null, ctx), undefined, false, current);
        // Gone after its delete: a target whose delete keeps the resource is caught here, not in the next case.
        if (deleted?.ok) await send(get.operation, c.patches.length + 3, getDeclared(decl, null, params, ctx));
        return rec.done();
      } finally {
        await dropMade();
      }
    },
  };
}
