/**
 * One patch operation meant to be accepted on the integration it is aimed at: a row that allows an
 * op, one of its allowed ops, a key the integration holds or a fresh one, a value inside the row's
 * domain. Whether the whole integration then passes its constraints
 * is the model's to say (see modelCase.ts).
 */
import fc from 'fast-check';
import { KEY, integrationRules, type IntegrationPathRule } from '../src/rules/integration.js';
import type { Aimed } from './aimed.js';
import { insideValue } from './patchValue.js';
import { rowWeight } from './patchOperation.js';
import { rowKey } from './rulePath.js';
import { segmentWriting, writeSegment } from './pointerSegment.js';
import type { WirePatchOperation } from './wireBodies.js';

function onRow(row: IntegrationPathRule): fc.Arbitrary<Aimed<WirePatchOperation>> {
  const t = row.target;
  const keyed = row.segments.includes(KEY) && (t.kind === 'mapEntry' || t.kind === 'setMember');
  return fc.tuple(fc.constantFrom(...row.ops), insideValue(row), keyed ? rowKey(t.member as 'requestTemplates') : fc.constant(undefined), segmentWriting).map(
    ([op, value, key, writing]) =>
      (hint) => {
        // rowKey draws keys the integration holds and fresh ones; those an op cannot take are dropped by the model.
        const path = '/' + row.segments.map((s) => (s === KEY ? writeSegment(key?.(hint) ?? '', writing === 'raw' ? 'escaped' : writing) : s)).join('/');
        return op === 'remove' ? { op, path } : { op, path, value: value(hint) };
      },
  );
}

export const modelOperation: fc.Arbitrary<Aimed<WirePatchOperation>> = fc.oneof(
  ...integrationRules.filter((r) => r.ops.length > 0).map((row) => ({ weight: rowWeight(row), arbitrary: onRow(row) })),
);
