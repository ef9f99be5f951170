/**
 * An UpdateCase whose patch AWS accepts, by the reference engine's reading: the edges-first
 * updateCase is mostly rejected on purpose, so properties about what a successful patch leaves
 * behind draw from this one too. A filter keeps updateCase's shrinking (a smaller accepted case).
 */
import type fc from 'fast-check';
import { putIntegration } from '../src/engine/putIntegration.js';
import { updateIntegration } from '../src/engine/updateIntegration.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';
import { updateCase } from './updateCase.js';
import type { UpdateCase } from './wireBodies.js';

const ctx = { restApiId: 'generator1', resourceId: 'generator', httpMethod: 'GET', methodRequestParameters: sandboxMethodRequestParameters };

export function acceptedByReference(c: UpdateCase): boolean {
  const put = putIntegration(c.put, ctx).outcome;
  return put.ok && updateIntegration(put.value, c.patch, ctx).outcome.ok;
}

export const acceptedUpdateCase: fc.Arbitrary<UpdateCase> = updateCase.filter(acceptedByReference);
