/**
 * One patch operation. Nine in ten address a rule-table row (weighted toward the rows where
 * implementations disagree most: maps, timeouts, uri); the rest are edge paths, a missing path or
 * an item that is not an object at all.
 */
import fc from 'fast-check';
import { integrationRules, type IntegrationPathRule } from '../src/rules/integration.js';
import { unaimed, type Aimed } from './aimed.js';
import { emptyOrTrailingPath, malformedEscapePath, unknownPath, wholeMapPath } from './edgePath.js';
import { opOutsideEnum, patchOpName } from './patchOpName.js';
import { patchValue } from './patchValue.js';
import { rulePath } from './rulePath.js';
import type { StateHint, WirePatchItem, WirePatchOperation } from './wireBodies.js';

/** Rows that deserve more cases than the default weight of 2. */
const rowWeights: Readonly<Record<string, number>> = {
  '/requestTemplates/{key}': 6,
  '/requestParameters/{key}': 6,
  '/timeoutInMillis': 8,
  '/cacheKeyParameters/{key}': 3,
  '/uri': 3,
  // Every op is rejected here; a few cases are enough.
  '/type': 1,
};

export function rowWeight(row: IntegrationPathRule): number {
  return rowWeights[row.pattern] ?? 2;
}

/** Rows some types cannot patch (MOCK's /uri and /httpMethod). */
const barredRows = integrationRules.filter((r) => r.notFor !== undefined);
const barredFor = (hint: StateHint | undefined): boolean =>
  typeof hint?.type === 'string' && barredRows.some((r) => (r.notFor!.types as readonly string[]).includes(hint.type as string));

/** A value on remove is tolerated and ignored by AWS; most clients send none. */
const keepValueOnRemove = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** An op and a value drawn for `row`, to be put at a path. */
function opAndValueOnRow(row: IntegrationPathRule): fc.Arbitrary<(path: string, hint: StateHint | undefined) => WirePatchOperation> {
  return fc.tuple(patchOpName(row), patchValue(row), keepValueOnRemove).map(([op, value, keep]) => (path, hint) => ({
    ...op,
    path,
    ...(op.op === 'remove' && !keep ? {} : value(hint)),
  }));
}

/** An operation on `row` at one of `paths`, with an op and a value drawn for that row. */
export function operationOnRow(row: IntegrationPathRule, paths: fc.Arbitrary<Aimed<string>>): fc.Arbitrary<Aimed<WirePatchOperation>> {
  return fc.tuple(paths, opAndValueOnRow(row)).map(([path, build]) => (hint) => build(path(hint), hint));
}

/**
 * One or two operations on the same row and path, so orderings that matter (add then remove, two
 * replaces of one member) come up often. The second is optional so shrinking can drop it.
 */
export function operationsOnOneTarget(row: IntegrationPathRule): fc.Arbitrary<Aimed<WirePatchOperation[]>> {
  // An array rather than (first, optional second): the shrinker may then drop either of the two.
  return fc
    .tuple(rulePath(row), fc.array(opAndValueOnRow(row), { maxLength: 2 }).filter((ops) => ops.length > 0))
    .map(([path, ops]) => (hint) => {
      const p = path(hint);
      return ops.map((op) => op(p, hint));
    });
}

/** An operation on a rule-table row, the row drawn by weight; aimed at a MOCK, one in four goes to the rows MOCK cannot patch. */
export const aimedRuleOperation: fc.Arbitrary<Aimed<WirePatchOperation>> = fc
  .tuple(
    fc.nat({ max: 3 }),
    fc.oneof(...integrationRules.map((row) => ({ weight: rowWeight(row), arbitrary: operationOnRow(row, rulePath(row)) }))),
    fc.oneof(...barredRows.map((row) => ({ weight: rowWeight(row), arbitrary: operationOnRow(row, rulePath(row)) }))),
  )
  .map(([n, usual, onBarredRow]) => (hint) => (barredFor(hint) && n === 0 ? onBarredRow(hint) : usual(hint)));

/** The ops a client would plausibly send on a path it got wrong. */
const edgeOp = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('replace', 'add', 'remove').map((op) => ({ op })) },
  { weight: 1, arbitrary: opOutsideEnum.map((op) => ({ op })) },
);
const edgeValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('{}', '99', 'true').map((value) => ({ value })) }, { weight: 1, arbitrary: fc.constant({}) });
const edgeOperation = (paths: fc.Arbitrary<string>): fc.Arbitrary<WirePatchOperation> =>
  fc.tuple(edgeOp, paths, edgeValue).map(([op, path, value]) => ({ ...op, path, ...value }));

/** A `from` without a path: what a client copying a JSON Patch move/copy example might send. */
const missingPathOperation: fc.Arbitrary<WirePatchOperation> = fc.constantFrom<WirePatchOperation>(
  { op: 'replace', value: '99' },
  { op: 'move', from: '/timeoutInMillis' },
  { op: 'remove' },
);

/** `null` reads as an empty operation; a string is a deserialization error on AWS. */
const notAnObject: fc.Arbitrary<WirePatchItem> = fc.constantFrom<WirePatchItem>(null, 'replace /timeoutInMillis 99');

/** One item of `patchOperations`, aimed once the integration is known. */
export const aimedPatchOperation: fc.Arbitrary<Aimed<WirePatchItem>> = fc.oneof(
  { weight: 180, arbitrary: aimedRuleOperation },
  ...[
    { weight: 8, arbitrary: edgeOperation(unknownPath) },
    { weight: 4, arbitrary: edgeOperation(wholeMapPath) },
    { weight: 4, arbitrary: edgeOperation(malformedEscapePath) },
    { weight: 4, arbitrary: edgeOperation(emptyOrTrailingPath) },
    { weight: 2, arbitrary: missingPathOperation },
    { weight: 1, arbitrary: notAnObject },
  ].map(({ weight, arbitrary }) => ({ weight, arbitrary: (arbitrary as fc.Arbitrary<WirePatchItem>).map((item) => unaimed(item)) })),
);

/** One item of `patchOperations`; `stateHint` (a put body or an Integration) lets keys hit what is there. */
export function patchOperation(stateHint?: StateHint): fc.Arbitrary<WirePatchItem> {
  return aimedPatchOperation.map((aim) => aim(stateHint));
}
