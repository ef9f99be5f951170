/** The findings one case hit: one per (checked call, broken rule). */
import type { CaseRun, CheckedCall } from '../../spec/properties/index.js';
import type { Blame } from '../compare/compareOutcomes.js';
import { findingIdentity, fingerprintOf, type FindingIdentity } from './findingKey.js';

export interface FindingHit {
  fingerprint: string;
  identity: FindingIdentity;
  check: CheckedCall;
  blame: Blame;
  /** Equally consistent explanations of the same answer (see Blame.alternatives), to be settled by the run. */
  alternatives?: FindingHit[];
}

function hitOf(check: CheckedCall, blame: Blame): FindingHit {
  const identity = findingIdentity(check.operation, blame, check.expected.outcome, check.actual);
  const hit: FindingHit = { fingerprint: fingerprintOf(identity), identity, check, blame };
  if (blame.alternatives?.length) hit.alternatives = blame.alternatives.map((b) => hitOf(check, b));
  return hit;
}

/** The findings one checked call hit. */
export function checkHits(check: CheckedCall): FindingHit[] {
  return check.comparison.blames.map((blame) => hitOf(check, blame));
}

export function findingHits(run: CaseRun): FindingHit[] {
  return run.checks.flatMap(checkHits);
}
