import type { Outcome } from '../contract.js';
import type { ErrorRule, Rejection, Rule } from '../rules/defineRule.js';

/**
 * One part of an expected answer and the rule that decided it: `at` is a JSON pointer into the
 * compared outcome (`/status`, `/value/timeoutInMillis`, `/value/requestTemplates/application~1json`).
 */
export interface Decision {
  at: string;
  rule: Rule;
}

/** What an implementation answers that breaks `rule` in one typical way. */
export interface Mutant {
  rule: Rule;
  outcome: Outcome;
}

/** A check a request passed: the error it guards against, and the rule a target breaks by raising that error here. */
export interface Gate {
  guard: ErrorRule;
  blame: Rule;
  /** The text this check would give for this very request, where the engine can say: a target's error is only this check's if it is this text. */
  says?: () => string;
  /** What of the request the check looked at (the value an op carries): a text that names it points at this check among others. */
  mentions?: string;
  /** The member the check looked at (`apiKeyRequired`): among checks whose values the text names, the one whose member it names too. */
  member?: string;
}

/**
 * The reference's answer together with why it is so, for exact blame: a target that differs is
 * blamed on the rule that decided the part it got wrong, never on a rule that merely passed.
 */
export interface Expectation {
  outcome: Outcome;
  /** What the resource is after the call where the answer is a view of it (an API key's value hidden): what a store keeps. */
  stored?: Record<string, unknown>;
  /** The members that view changed (top level): a caller that keeps the target's answer as its state takes these from `stored`. */
  viewed?: readonly string[];
  /** The rules behind the answer, deciding rule first: for an error, the rule that raised it. */
  rules: readonly Rule[];
  /** An error whose text is another rule's (a row that refuses every op speaks unknown-path's words): that rule's provenance says whether the text is compared. */
  wording?: Rule;
  /** An error raised by a rule many rows share (a value outside its domain): the row it was raised for, so each row's gap is its own finding. */
  scope?: string;
  /** A success: which rule decided each part of the answer; the longest matching pointer wins. */
  decisions?: readonly Decision[];
  /** A success: the rule behind every part no decision names. */
  fallback?: Rule;
  /** The checks the request passed, in order (for an error, those before it); a target that refuses at one of them is blamed on the check it applied. */
  passed?: readonly Gate[];
  /** A patch: how many of its operations were evaluated (those after a rejected one never were). */
  evaluated?: number;
  /**
   * Answers of implementations that break one rule in a typical way (operations applied last to
   * first, path escapes misread): a target whose answer is exactly one of them broke that rule.
   */
  mutants?: () => Mutant[];
  /** A rejected patch of several operations: the answers had the rejected operation been let through, then the next rejected one too, and so on. */
  lettingThrough?: () => Expectation[];
}

export function rejected(r: Rejection, context: readonly Rule[] = [], evaluated?: number): Expectation {
  const rules = [r.rule, ...context.filter((c) => c !== r.rule)];
  return evaluated === undefined ? { outcome: { ok: false, error: r.error }, rules } : { outcome: { ok: false, error: r.error }, rules, evaluated };
}

/**
 * The rule that decided the part of a success answer at `pointer`: the decision at it or at its
 * nearest parent; for a whole member that differs (one side lacks it), the first decision inside it.
 */
export function decidingRule(e: Expectation, pointer: string): Rule | undefined {
  let best: Decision | undefined;
  let inside: Decision | undefined;
  for (const d of e.decisions ?? []) {
    if ((pointer === d.at || pointer.startsWith(`${d.at}/`)) && (!best || d.at.length >= best.at.length)) best = d;
    else if (!inside && d.at.startsWith(`${pointer}/`)) inside = d;
  }
  return (best ?? inside)?.rule ?? e.fallback ?? e.rules[0];
}

/** Other rules that decided the very same part (two ops on one list, compared whole): equally likely to be the broken one. */
export function contendingRules(e: Expectation, pointer: string, decided: Rule): Rule[] {
  const at = (e.decisions ?? []).filter((d) => pointer === d.at || pointer.startsWith(`${d.at}/`));
  const longest = Math.max(-1, ...at.map((d) => d.at.length));
  return [...new Set(at.filter((d) => d.at.length === longest && d.rule !== decided).map((d) => d.rule))];
}

/** Every rule an expectation rests on: a target that answered it conformingly honoured each of them. */
export function exercisedRules(e: Expectation): Set<Rule> {
  const rules = new Set<Rule>(e.rules);
  for (const d of e.decisions ?? []) rules.add(d.rule);
  for (const g of e.passed ?? []) rules.add(g.blame);
  if (e.fallback) rules.add(e.fallback);
  return rules;
}
