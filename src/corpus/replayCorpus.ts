/** Replays corpus cases against a target session; the session's resource id stands in for the corpus's. */
import type { Integration, Outcome } from '../contract.js';
import { diffJson } from '../compare/compareOutcomes.js';
import type { FieldDiff } from '../run/runReport.js';
import type { TargetSession } from '../targets/target.js';
import type { CorpusCase, CorpusStep } from './corpusFormat.js';

export interface CorpusDisagreement {
  id: string;
  step: number;
  operation: CorpusStep['operation'];
  diffs: FieldDiff[];
}

function comparable(o: Outcome, messageChecked: boolean, resourceId: string, corpusResourceId: string): unknown {
  if (!o.ok) return { ok: false, error: messageChecked ? o.error : { name: o.error.name, status: o.error.status } };
  const value: Integration = o.value.cacheNamespace === corpusResourceId ? { ...o.value, cacheNamespace: resourceId } : o.value;
  return { ok: true, status: o.status, value };
}

export async function replayCorpusCase(session: TargetSession, c: CorpusCase): Promise<CorpusDisagreement | null> {
  for (const [n, s] of c.steps.entries()) {
    const actual = s.operation === 'PutIntegration' ? await session.putIntegration(s.body) : await session.updateIntegration(s.body);
    const diffs = diffJson(comparable(s.expected, s.messageChecked, session.ctx.resourceId, c.ctx.resourceId), comparable(actual, s.messageChecked, session.ctx.resourceId, session.ctx.resourceId));
    if (diffs.length > 0) return { id: c.id, step: n, operation: s.operation, diffs };
  }
  return null;
}
