/**
 * The language-neutral corpus: one JSON object per line, each a case with the reference's expected
 * answer for every call, so an implementation in any language can replay it without TypeScript.
 * Documented in docs/corpus-format.md.
 */
import type { IntegrationContext, Outcome } from '../contract.js';

export const corpusFormat = 'apigw-patch-conformance/corpus@1';

export interface CorpusStep {
  operation: 'PutIntegration' | 'UpdateIntegration';
  /** The request body exactly as it goes on the wire. */
  body: unknown;
  /** The reference's answer. `cacheNamespace` equal to ctx.resourceId stands for "the resource id". */
  expected: Outcome;
  /** Compare `expected.error.message` too (AWS's wording is known); otherwise only name and status. */
  messageChecked: boolean;
  /** Rule ids that decided the answer, most decisive first. */
  rules: string[];
}

export interface CorpusCase {
  format: typeof corpusFormat;
  id: string;
  ctx: Required<IntegrationContext>;
  steps: CorpusStep[];
}

/** One line's problem in words, or null; `n` is the 1-based line number for the message. */
export function corpusLineProblem(v: unknown, n: number): string | null {
  const c = v as Partial<CorpusCase> | null;
  if (typeof c !== 'object' || c === null) return `line ${n}: not a JSON object`;
  if (c.format !== corpusFormat) return `line ${n}: format is ${JSON.stringify(c.format)}, expected "${corpusFormat}"`;
  if (typeof c.id !== 'string') return `line ${n}: missing "id"`;
  if (typeof c.ctx?.resourceId !== 'string') return `line ${n}: missing "ctx.resourceId"`;
  if (!Array.isArray(c.steps) || c.steps.length === 0) return `line ${n}: "steps" must be a non-empty list`;
  for (const [i, s] of c.steps.entries()) {
    if (s?.operation !== 'PutIntegration' && s?.operation !== 'UpdateIntegration') return `line ${n}: steps[${i}].operation must be PutIntegration or UpdateIntegration`;
    if (typeof s.expected?.ok !== 'boolean') return `line ${n}: steps[${i}].expected must be an outcome {ok, ...}`;
  }
  if (c.steps[0]!.operation !== 'PutIntegration') return `line ${n}: the first step must be a PutIntegration (it resets the integration)`;
  return null;
}
