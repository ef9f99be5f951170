/** Replays corpus cases against a target session; the session's resource id stands in for the corpus's. */
import type { Outcome } from '../contract.js';
import { comparableOutcome, diffJson } from '../compare/compareOutcomes.js';
import type { FieldDiff } from '../run/runReport.js';
import type { TargetSession } from '../targets/target.js';
import type { CorpusCase, CorpusStep } from './corpusFormat.js';

export interface CorpusDisagreement {
  id: string;
  /** 0 is the PutIntegration that starts the case. */
  step: number;
  operation: CorpusStep['operation'];
  expected: Outcome;
  actual: Outcome;
  diffs: FieldDiff[];
}

/** The corpus's resource id stands for "the resource id": the session's own, here. */
function inSession(o: Outcome, corpusResourceId: string, resourceId: string): Outcome {
  return o.ok && o.value.cacheNamespace === corpusResourceId ? { ...o, value: { ...o.value, cacheNamespace: resourceId } } : o;
}

export async function replayCorpusCase(session: TargetSession, c: CorpusCase): Promise<CorpusDisagreement | null> {
  for (const [n, s] of c.steps.entries()) {
    const actual = s.operation === 'PutIntegration' ? await session.putIntegration(s.body) : await session.updateIntegration(s.body);
    const expected = inSession(s.expected, c.ctx.resourceId, session.ctx.resourceId);
    const diffs = diffJson(comparableOutcome(expected, s.messageChecked), comparableOutcome(actual, s.messageChecked));
    if (diffs.length > 0) return { id: c.id, step: n, operation: s.operation, expected, actual, diffs };
  }
  return null;
}
