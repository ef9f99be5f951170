/**
 * Command sequences for the model-based property: a put, then PutIntegration (a re-put),
 * GetIntegration, UpdateIntegration and DeleteIntegration calls on the same integration (calls after a
 * delete meet a missing integration). Updates are aimed at the current model, not at the first put:
 * candidate operations are drawn for the rows and keys the model holds, and each is kept only where
 * the reference accepts it on the state so far, so most steps are accepted and the integration
 * changes from step to step; one update in six is drawn edge-first instead.
 */
import fc from 'fast-check';
import type { Integration } from '../src/contract.js';
import { updateIntegration } from '../src/engine/updateIntegration.js';
import { integrationRules } from '../src/rules/integration.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';
import type { Aimed } from './aimed.js';
import { aimedUpdateIntegrationBody } from './patchOperations.js';
import { modelOperation } from './modelOperation.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';
import { invalidPutIntegrationBody } from './invalidPutIntegrationBody.js';
import type { PutIntegrationBody, UpdateIntegrationBody, WirePatchOperation } from './wireBodies.js';

export type ModelCommand =
  | { kind: 'update'; aim: Aimed<UpdateIntegrationBody> }
  | { kind: 'get' }
  | { kind: 'put'; body: PutIntegrationBody }
  | { kind: 'delete' };

export interface ModelCase {
  put: PutIntegrationBody;
  commands: ModelCommand[];
}

const ctx = { restApiId: 'generator1', resourceId: 'generator', httpMethod: 'GET', methodRequestParameters: sandboxMethodRequestParameters };

/** Up to `wanted` of the candidates, each kept only if the reference accepts it after the ones kept before. */
function acceptedOperations(state: Integration, candidates: readonly Aimed<WirePatchOperation>[], wanted: number): WirePatchOperation[] {
  const kept: WirePatchOperation[] = [];
  let draft = state;
  for (const aim of candidates) {
    if (kept.length >= wanted) break;
    const op = aim(draft);
    const out = updateIntegration(draft, { patchOperations: [op] }, ctx).outcome;
    if (!out.ok) continue;
    kept.push(op);
    draft = out.value;
  }
  return kept;
}

/** 1..3 operations the model accepts (or as many of the candidates as it does). */
const acceptedUpdate: fc.Arbitrary<Aimed<UpdateIntegrationBody>> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(modelOperation, { minLength: 8, maxLength: 8 }))
  .map(([wanted, candidates]) => (hint) => ({ patchOperations: acceptedOperations((hint ?? {}) as Integration, candidates, wanted) }));

const command: fc.Arbitrary<ModelCommand> = fc.oneof(
  { weight: 70, arbitrary: acceptedUpdate.map((aim): ModelCommand => ({ kind: 'update', aim })) },
  { weight: 14, arbitrary: aimedUpdateIntegrationBody.map((aim): ModelCommand => ({ kind: 'update', aim })) },
  { weight: 8, arbitrary: fc.constant<ModelCommand>({ kind: 'get' }) },
  { weight: 2, arbitrary: validPutIntegrationBody.map((body): ModelCommand => ({ kind: 'put', body })) },
  // A re-put AWS refuses leaves the integration as it was: the next calls show whether it did.
  { weight: 1, arbitrary: invalidPutIntegrationBody.map((body): ModelCommand => ({ kind: 'put', body: body as unknown as PutIntegrationBody })) },
  { weight: 2, arbitrary: fc.constant<ModelCommand>({ kind: 'delete' }) },
);

/**
 * 1..40 commands (about 20 on average): long enough that ten and more accepted updates on one
 * integration are common, and one put spread over many steps keeps a step at about one API call.
 */
export const modelCase: fc.Arbitrary<ModelCase> = fc.record({ put: validPutIntegrationBody, commands: fc.array(command, { minLength: 1, maxLength: 40, size: 'max' }) });

/** Rows a model step can address: every row that allows some op. */
export const modelRows = integrationRules.filter((r) => r.ops.length > 0);
