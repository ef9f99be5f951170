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
function sandboxWorld(params: PathParameters, made: readonly MadeResource[] = []): DeclaredContext {
  const defaults = (kind: string) => declarationNamed(kind).defaultInstances ?? [];
  // The sandbox's own resources: kept by the mock (not the implementation) and located by its parameters alone (its method).
  const sandboxOwn = (kind: ResourceDeclaration) => !kind.external && [...kind.uri.matchAll(/\{(\w+)\}/g)].every((m) => ['restApiId', 'resourceId', 'httpMethod'].includes(m[1]!));
  return {
    params,
    world: {
      exists: (kind, id) => defaults(kind).some((d) => d[declarationNamed(kind).lifecycle.put.idMember ?? 'id'] === id) || made.some((m) => m.kind.name === kind && m.id === id),
      instances: (kind) => [
        ...(sandboxOwn(declarationNamed(kind)) ? [{ params, value: {} }] : []),
        ...made.filter((m) => m.kind.name === kind).map((m) => ({ params: m.params, value: {} })),
      ],
      resourcePath: () => undefined,
    },
    now: () => 0,
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
    title: `${put.operation}, ${update?.operation}, ${get.operation} and ${del.operation} answer as the reference`,
    resource: decl.name,
    operations: [put.operation, ...(update ? [update.operation] : []), get.operation, del.operation] as never,
    ...(update ? { continuesWithout: [update.operation] } : {}),
    arbitrary,
    sweep: () => [
      ...declaredSweep(decl).map((patchOperations) => ({ key: keys[0]!, put: fullPut(decl), patches: [{ patchOperations }] })),
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
      const params: Record<string, string> = { restApiId: session.ctx.restApiId, resourceId: session.ctx.resourceId, httpMethod: session.ctx.httpMethod, [decl.key]: c.key };
      // A created resource (CreateModel) is named by a member of its body: the case's key.
      const created = put.verb === 'post';
      const body0: Record<string, unknown> = created && put.idMember ? { ...c.put, [put.idMember]: c.key } : { ...c.put };
      // On a real account, what outlives the sandbox RestApi carries the run's tags, so sweep can find it.
      if (session.creationTags && accountLevel(decl) && decl.members.some((m) => m.name === 'tags')) body0.tags = { ...(body0.tags as object | undefined), ...session.creationTags };
      rec.record.put = body0;
      // External parents (the integration) are made first with their smallest body; not judged here (their
      // own properties judge them), but a case whose parent could not be made has nothing to check.
      const madeParents: ResourceDeclaration[] = [];
      for (let p = decl.parent; p; p = declarationNamed(p).parent) {
        const parent = declarationNamed(p);
        if (!speaks || !parent.external || !parent.lifecycle.put.minimal) continue;
        const answer = await speaks(parent.lifecycle.put.operation, params, parent.lifecycle.put.minimal).catch(() => null);
        if (!answer?.ok) return rec.done();
        madeParents.push(parent);
      }
      // Resources the put needs elsewhere (a deployment for a stage, an integration for a deployment):
      // made first with their smallest bodies, their ids written into the put; not judged here either.
      const made: MadeResource[] = [];
      const make = async (name: string): Promise<string | null> => {
        const kind = declarationNamed(name);
        const body: Record<string, unknown> = { ...(kind.lifecycle.put.minimal ?? {}) };
        for (const need of kind.requires ?? []) {
          const id = await make(need.resource);
          if (id === null) return null;
          if (need.into) body[need.into] = id;
        }
        if (session.creationTags && accountLevel(kind) && kind.members.some((m) => m.name === 'tags')) body.tags = { ...session.creationTags };
        const answer = await speaks!(kind.lifecycle.put.operation, params, body).catch(() => null);
        if (!answer?.ok) return null;
        const id = String((answer.value as ResourceValue)[kind.lifecycle.put.idMember ?? 'id'] ?? '');
        made.push({ kind, params: kind.lifecycle.put.verb === 'post' ? { ...params, [kind.key]: id } : params, id });
        return id;
      };
      for (const need of decl.requires ?? []) {
        const id = speaks ? await make(need.resource) : null;
        if (id === null) {
          await dropMade();
          return rec.done();
        }
        if (need.into) body0[need.into] = id;
      }
      // They go at the end, last made first, so nothing of this case stays in the sandbox for the other properties.
      async function dropMade() {
        for (const m of [...made].reverse()) await speaks!(m.kind.lifecycle.delete.operation, m.params, undefined, { idempotent: false }).catch(() => undefined);
        for (const parent of madeParents) await speaks!(parent.lifecycle.delete.operation, params, undefined, { idempotent: false }).catch(() => undefined);
      }
      const ctx = sandboxWorld(params, made);
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
        // A resource an earlier case left behind (its delete lost or refused) would turn this put into a
        // 409: cleared first, not judged.
        if (speaks && put.exists) await speaks(del.operation, params, undefined, { idempotent: false }).catch(() => undefined);
        const put0 = putDeclared(decl, body0, ctx);
        const made = created
          ? await rec.send(put.operation as never, 0, put0, async () => {
              const answer = await call(put.operation, params, body0, { idempotent: false });
              // The id is the target's to choose: the expected answer takes it from the answer.
              if (answer.ok && put0.outcome.ok) (put0.outcome.value as Record<string, unknown>).id = (answer.value as Record<string, unknown>).id;
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
        let current: ResourceValue | null = made?.ok ? (made.value as ResourceValue) : null;
        if (!made) return rec.done();
        // Found by the id the target gave it (a request validator); a made-up one when the create was refused.
        if (created && !put.idMember) rec.record.key = params[decl.key] = typeof current?.id === 'string' ? current.id : 'nosuchid';
        if (update) {
          for (const [n, body] of c.patches.entries()) {
            // On a resource the put did not make: model validation first, then its missing answer.
            const base = current ?? decl.defaultFor?.(params[decl.key] ?? '', ctx) ?? null;
          const expected = base ? updateDeclared(decl, base, body, ctx) : missingDeclared(decl, body, params);
            const answered: Outcome | null = await send(update.operation, n + 1, expected, body, false, current);
            // A target without the update still gets its put, get and delete checked.
            if (!answered && rec.lacks(update.operation)) break;
            if (!answered) return rec.done();
            if (answered.ok) current = answered.value as ResourceValue;
            else if (current && !expected.outcome.ok && expected.evaluated !== undefined && expected.evaluated > 1) {
              // Refused after other operations: read back at once; any change is the all-or-nothing rule broken.
              const unchanged = getDeclared(decl, current, params, ctx);
              await send(get.operation, n + 1, { ...unchanged, rules: [decl.dialect.ordered, ...unchanged.rules], fallback: decl.dialect.ordered });
            }
          }
        }
        await send(get.operation, c.patches.length + 1, getDeclared(decl, current, params, ctx));
        const deleted = await send(del.operation, c.patches.length + 2, deleteDeclared(decl, current, ctx), undefined, false, current);
        // Gone after its delete: a target whose delete keeps the resource is caught here, not in the next case.
        if (deleted?.ok) await send(get.operation, c.patches.length + 3, getDeclared(decl, null, params, ctx));
        return rec.done();
      } finally {
        await dropMade();
      }
    },
  };
}
