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
  /** The status where it is not the exception's usual one (set by an observation from a real account). */
  status?: number;
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

/** The arguments each rejection's text was made from: a probe generalises an observed text by them. */
const argumentsOfError = new WeakMap<ApiError, readonly unknown[]>();
export const rejectionArguments = (error: ApiError): readonly unknown[] | undefined => argumentsOfError.get(error);

export function reject<Args extends unknown[]>(rule: ErrorRule<Args>, ...args: Args): Rejection {
  const error = apiError(rule.exception, rule.message(...args));
  if (rule.status !== undefined) error.status = rule.status;
  argumentsOfError.set(error, args);
  return { error, rule };
}
