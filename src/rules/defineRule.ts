import type { ApiError } from '../contract.js';
import { apiError, type ExceptionName } from '../engine/apiError.js';
import type { Evidence, Provenance, RuleRef } from '../provenance.js';

/** A rule of the engine: what AWS does, and how we know. */
export interface Rule extends RuleRef {
  summary: string;
}

/** A rule that rejects a request, with the exception AWS answers and the text it uses. */
export interface ErrorRule<Args extends unknown[] = any[]> extends Rule {
  exception: ExceptionName;
  message: (...args: Args) => string;
}

/** An error together with the rule that decided it. */
export interface Rejection {
  error: ApiError;
  rule: Rule;
}

export function defineRule(id: string, summary: string, evidence: Evidence, source: string, textInferred = false): Rule {
  const provenance: Provenance = textInferred ? { evidence, source, textInferred } : { evidence, source };
  return { id, summary, provenance };
}

export function defineErrorRule<Args extends unknown[]>(
  spec: { id: string; summary: string; exception: ExceptionName; message: (...args: Args) => string },
  evidence: Evidence,
  source: string,
  opts: { textInferred?: boolean } = {},
): ErrorRule<Args> {
  return { ...defineRule(spec.id, spec.summary, evidence, source, opts.textInferred), exception: spec.exception, message: spec.message };
}

export function reject<Args extends unknown[]>(rule: ErrorRule<Args>, ...args: Args): Rejection {
  return { error: apiError(rule.exception, rule.message(...args)), rule };
}
