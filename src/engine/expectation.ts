import type { Outcome } from '../contract.js';
import type { Rule } from '../rules/defineRule.js';
import type { Rejection } from '../rules/defineRule.js';

/** The reference's answer together with the rules that decided it, for reports. */
export interface Expectation {
  outcome: Outcome;
  /** For an error, the rule that raised it comes first; for a success, every rule that shaped the value. */
  rules: readonly Rule[];
}

export function rejected(r: Rejection, context: readonly Rule[] = []): Expectation {
  return { outcome: { ok: false, error: r.error }, rules: [r.rule, ...context.filter((c) => c !== r.rule)] };
}
