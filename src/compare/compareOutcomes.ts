/**
 * Compares a target's answer with the reference's expectation (the resource, or the error's name and
 * status, and its message only where the deciding rule carries AWS's own wording) and says which rule
 * each difference breaks: the rule that decided the differing part, never one that merely passed.
 */
import { noAnswerErrorName, type Outcome } from '../contract.js';
import { contendingRules, decidingRule, type Expectation } from '../engine/expectation.js';
import { escapePointer } from '../engine/escapePointer.js';
import { messageIsAuthoritative } from '../provenance.js';
import type { ErrorRule, Rule } from '../rules/defineRule.js';
import { unorderedListMembers } from '../rules/integration.js';
import { targetCrash, targetNoAnswer } from '../rules/targetFailures.js';
import type { FieldDiff } from '../run/runReport.js';
import { messageFitsRule } from './ruleMessagePattern.js';

/** What one broken rule explains of a divergent answer. */
export interface Blame {
  /** The rule the target broke: the deciding rule of a finding. */
  rule: Rule;
  /** The rules around it (the rest of the expectation), for a reader. */
  context: readonly Rule[];
  /** The differences this rule explains. */
  diffs: FieldDiff[];
  /** A 5xx answer: a crash, whatever the rule. */
  crash: boolean;
  /**
   * An error was due and the target let the request through: it answered success, or the error a
   * later operation raises once the rejected one is let through. One class, however the rest of the
   * patch ends, so one cause stays one finding.
   */
  accepted?: boolean;
  /** For a rule many rows share, the row the error was raised for: part of the finding's identity. */
  scope?: string;
  /**
   * Other rules the same answer is equally consistent with (a target that applies the operations in
   * the other order ends on the same error as one that lets the first rejected operation through).
   * The run settles such a tie by the evidence of its other cases.
   */
  alternatives?: Blame[];
}

export interface Comparison {
  conforms: boolean;
  diffs: FieldDiff[];
  messageChecked: boolean;
  /** One per broken rule; empty when the answer conforms. */
  blames: Blame[];
}

/** The outcome as it is compared: absent and undefined members are the same thing. */
export function comparableOutcome(o: Outcome, checkMessage: boolean): unknown {
  if (o.ok) return { ok: true, status: o.status, value: o.value };
  return { ok: false, error: checkMessage ? { name: o.error.name, status: o.error.status, message: o.error.message } : { name: o.error.name, status: o.error.status } };
}

/** Whether an expected error's message is compared: the rule whose words it is carries AWS's own wording. */
export function expectsExactMessage(expected: Expectation): boolean {
  const words = expected.wording ?? expected.rules[0];
  return !expected.outcome.ok && words !== undefined && messageIsAuthoritative(words.provenance);
}

export function compareOutcomes(expected: Expectation, actual: Outcome): Comparison {
  const messageChecked = !actual.ok && expectsExactMessage(expected);
  const e = comparableOutcome(expected.outcome, messageChecked);
  const a = comparableOutcome(actual, messageChecked);
  // A success where an error was due (or the reverse) is one difference, not one per member.
  const diffs = expected.outcome.ok === actual.ok ? diffJson(e, a) : [{ path: '/', expected: e, actual: a }];
  if (diffs.length === 0) return { conforms: true, diffs, messageChecked, blames: [] };
  return { conforms: false, diffs, messageChecked, blames: blame(expected, actual, diffs, messageChecked) };
}

function blame(expected: Expectation, actual: Outcome, diffs: FieldDiff[], messageChecked: boolean): Blame[] {
  const context = expected.rules;
  const one = (rule: Rule, crash = false, accepted = false): Blame[] => [{ rule, context: context.filter((r) => r !== rule), diffs, crash, ...(accepted ? { accepted } : {}) }];
  // A 5xx is a crash; a request that got no answer in time, while the target answered others, a silence.
  if (!actual.ok && actual.error.status >= 500) return one(actual.error.name === noAnswerErrorName ? targetNoAnswer : targetCrash, true);
  // A counterfactual explains the answer only when it is the very same answer, message included.
  const explains = (o: Outcome): boolean => diffJson(comparableOutcome(o, true), comparableOutcome(actual, true)).length === 0;
  const letThrough = expected.lettingThrough?.() ?? [];
  // Let through: the target answered success, or the error that letting the rejected operations
  // through ends on (not the expected error's own text under another exception).
  const ownText = !actual.ok && !expected.outcome.ok && isErrorRule(context[0]) && messageFitsRule(context[0], actual.error.message) === true;
  const accepted =
    actual.ok ||
    (!ownText && letThrough.some((e) => !e.outcome.ok && e.outcome.error.name === actual.error.name && (explains(e.outcome) || !isErrorRule(e.rules[0]) || messageFitsRule(e.rules[0], actual.error.message) !== false)));
  const plain = plainBlame(expected, actual, diffs, accepted, one);
  // The target's answer is exactly what an implementation that breaks one rule a typical way answers.
  const mutants = [...new Set((expected.mutants?.() ?? []).filter((m) => explains(m.outcome)).map((m) => m.rule))].map((rule) => one(rule)[0]!);
  if (mutants.length === 0) return plain.blames;
  // When the plain reading explains the answer as exactly (letting a rejected operation through ends
  // on the same answer), or several mutants do, it is a tie for the run to settle by its other cases.
  const single = plain.blames.length === 1;
  const letThroughExplains = single && !expected.outcome.ok && letThrough.some((e) => explains(e.outcome));
  // Otherwise the mutant is the sharper reading (in its world the checks fired rightly), but the run's
  // other cases may show the plain rule broken on its own (a target that swallows those ops), so it
  // is a tie, the mutant first. Several rules behind the plain reading: the mutant alone explains it.
  const { alternatives: plainAlternatives = [], ...plainFirst } = plain.blames[0] ?? ({} as Blame);
  // A refusal whose text is no check's own is only a guess at the check: no contender then.
  const plainHolds = single && (actual.ok || !expected.outcome.ok || plain.byText === true);
  const ordered = letThroughExplains ? [plainFirst, ...plainAlternatives, ...mutants] : plainHolds ? [...mutants, plainFirst, ...plainAlternatives] : mutants;
  // Readings that blame the same rule are one reading: a tie is between rules.
  const [first, ...rest] = ordered.filter((b, n) => ordered.findIndex((o) => o.rule === b.rule && o.scope === b.scope) === n);
  return [rest.length > 0 ? { ...first!, alternatives: rest } : first!];
}

/** The blame without counterfactuals: the rule that decided each differing part, or raised the expected error, or the check the target applied. */
function plainBlame(expected: Expectation, actual: Outcome, diffs: FieldDiff[], accepted: boolean, one: (rule: Rule, crash?: boolean, accepted?: boolean) => Blame[]): { blames: Blame[]; byText?: boolean } {
  const context = expected.rules;
  if (!expected.outcome.ok) {
    // An expected error: the rule that raised it is broken, whatever the target answered instead.
    const blames = one(context[0]!, false, accepted).map((b) => (expected.scope ? { ...b, scope: expected.scope } : b));
    // Or the target refused earlier, at a check AWS passed whose text it gave: a tie for the run to settle.
    if (!actual.ok && !(isErrorRule(context[0]) && messageFitsRule(context[0], actual.error.message) === true)) {
      const r = rejectionRule({ ...expected, rules: [] }, actual.error);
      // Its text is a passed check's, or names the value only one passed check looked at, or only one
      // passed check could have said it: a tie.
      if ((r.byText || r.single) && r.rule !== undefined && r.rule !== context[0]) return { blames: [{ ...blames[0]!, alternatives: one(r.rule) }] };
      const contenders = (r.contenders ?? []).filter((c) => c !== context[0]);
      if (contenders.length > 0) return { blames: [{ ...blames[0]!, alternatives: contenders.flatMap((c) => one(c)) }] };
    }
    return { blames };
  }
  if (!actual.ok) {
    const r = rejectionRule(expected, actual.error);
    // Several checks could have said it, in the target's own words: a tie for the run's other cases to settle.
    const [first] = one(r.rule);
    const others = (r.contenders ?? []).filter((c) => c !== r.rule).flatMap((c) => one(c));
    return { blames: [others.length > 0 ? { ...first!, alternatives: others } : first!], byText: r.byText };
  }
  // Both succeeded: each differing part is blamed on the rule that decided it (a tie where several did).
  const byRule = new Map<Rule, { diffs: FieldDiff[]; contenders: Set<Rule> }>();
  for (const d of diffs) {
    const rule = decidingRule(expected, d.path) ?? context[0]!;
    const group = byRule.get(rule) ?? byRule.set(rule, { diffs: [], contenders: new Set() }).get(rule)!;
    group.diffs.push(d);
    for (const r of contendingRules(expected, d.path, rule)) group.contenders.add(r);
  }
  return {
    blames: [...byRule].map(([rule, g]) => {
      const b: Blame = { rule, context: context.filter((r) => r !== rule), diffs: g.diffs, crash: false };
      return g.contenders.size > 0 ? { ...b, alternatives: [...g.contenders].map((r) => ({ ...b, rule: r, context: context.filter((c) => c !== r) })) } : b;
    }),
  };
}

/**
 * A target rejected what the reference accepts: the check it applied, known by its error (name and
 * text, or the name alone when only one check answers with it); else the rule that accepts the request.
 */
function rejectionRule(expected: Expectation, error: { name: string; message: string }): { rule: Rule; byText: boolean; single?: boolean; contenders?: Rule[] } {
  const gates = (expected.passed ?? []).filter((g) => g.guard.exception === error.name);
  const fitting = gates.filter((g) => messageFitsRule(g.guard, error.message) === true);
  // A check that can say its text for this very request is the target's only if that is the text.
  const own = fitting.find((g) => g.says?.() === error.message);
  if (own) return { rule: own.blame, byText: true };
  const open = fitting.filter((g) => !g.says);
  if (open.length > 0 && new Set(open.map((g) => g.blame)).size === 1) return { rule: open[0]!.blame, byText: true };
  // Several checks share the text's template: the one whose value the text names.
  const named = open.filter((g) => g.mentions !== undefined && error.message.includes(g.mentions));
  if (named.length > 0 && new Set(named.map((g) => g.blame)).size === 1) return { rule: named[0]!.blame, byText: true };
  if (fitting.length > 0) return { rule: fitting[0]!.blame, byText: false };
  // A text of the target's own wording that names the value one check looked at: that check.
  const mentioned = gates.filter((g) => g.mentions !== undefined && namesToken(error.message, g.mentions));
  if (mentioned.length > 0 && new Set(mentioned.map((g) => g.blame)).size === 1) return { rule: mentioned[0]!.blame, byText: false, single: true };
  // Several values named (two ops without a value): the one whose member the text names too.
  const atMember = mentioned.filter((g) => g.member !== undefined && namesToken(error.message, g.member));
  if (atMember.length > 0 && new Set(atMember.map((g) => g.blame)).size === 1) return { rule: atMember[0]!.blame, byText: false, single: true };
  // Checks whose wording AWS is known to use, and which this text is not: the target's own words are another check's.
  const unworded = gates.filter((g) => !messageIsAuthoritative(g.guard.provenance) || messageFitsRule(g.guard, error.message) !== false);
  const candidates = unworded.length > 0 ? unworded : gates;
  // A text that names the member one value check looked at.
  const namingMember = candidates.filter((g) => g.member !== undefined && namesToken(error.message, g.member));
  if (namingMember.length > 0 && new Set(namingMember.map((g) => g.blame)).size === 1) return { rule: namingMember[0]!.blame, byText: false, single: true };
  const blames = new Set(candidates.map((g) => g.blame));
  if (blames.size === 1) return { rule: candidates[0]!.blame, byText: false, single: true };
  // Checks whose values the text could name (a value-less op): each may be the one the target applied.
  const valueChecks = [...new Set(candidates.filter((g) => g.mentions !== undefined).map((g) => g.blame))];
  return { rule: expected.rules[0]!, byText: false, ...(valueChecks.length > 0 && valueChecks.length <= 3 ? { contenders: valueChecks } : {}) };
}

/** Whether `text` names `token` as a word of its own (`Invalid boolean: 1` names "1"; `v1.2` does not). */
function namesToken(text: string, token: string): boolean {
  if (token.trim() === '') return false;
  // No value at all: AWS's texts say null; emulators say undefined or None.
  if (token === 'null') return /(^|[^A-Za-z0-9])(null|undefined|None)($|[^A-Za-z0-9])/.test(text);
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`).test(text);
}

/** The pointers at which two JSON values differ (undefined members count as absent). */
export function diffJson(expected: unknown, actual: unknown, at = ''): FieldDiff[] {
  if (Object.is(expected, actual)) return [];
  const bothObjects = typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) return [{ path: at || '/', expected, actual }];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    // Lists are compared whole: a shifted element would otherwise show as many diffs. Lists whose
    // order no rule fixes (cacheKeyParameters.order-ignored) are compared as multisets.
    const [e, a] = unordered.has(at.slice(at.lastIndexOf('/') + 1)) ? [sortedCopy(expected), sortedCopy(actual)] : [expected, actual];
    return e.length === a.length && e.every((v, n) => diffJson(v, a[n]).length === 0) ? [] : [{ path: at || '/', expected, actual }];
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)].filter((k) => e[k] !== undefined || a[k] !== undefined));
  return [...keys].sort().flatMap((k) => diffJson(e[k], a[k], `${at}/${escapePointer(k)}`));
}

const unordered: ReadonlySet<string> = new Set(unorderedListMembers.map((m) => m.member));
const sortedCopy = (l: readonly unknown[]): unknown[] => l.map((v) => [JSON.stringify(v) ?? '', v] as const).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);

const isErrorRule = (r: Rule | undefined): r is ErrorRule => r !== undefined && typeof (r as ErrorRule).message === 'function';
