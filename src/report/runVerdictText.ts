/**
 * The run's verdict in words, one source for the terminal, report.md, report.html and junit.xml: it
 * reads the gate (what the exit code is made of), so the four never disagree.
 */
import type { Divergence, PropertyResult, RunReport } from '../run/runReport.js';
import { selectedPropertyIds } from '../run/selectedProperties.js';

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** What does not fail the run, in words: "2 known to the baseline, 1 below --fail-on aws-doc". */
function notFailing(r: RunReport): string[] {
  const g = r.gate;
  return [
    ...(g.known > 0 ? [`${g.known} known to the baseline`] : []),
    ...(g.expected > 0 ? [`${g.expected} accepted by expectations`] : []),
    ...(g.belowFailOn > 0 ? [`${g.belowFailOn} below --fail-on ${g.failOn}`] : []),
  ];
}

export interface VerdictText {
  /** The exit code is 0 for it (the target may still be unreachable: exit 3 is separate). */
  passed: boolean;
  /** The target's label, then what it did: writers set the label in their own markup. */
  target: string;
  text: string;
  /** `${target} ${text}`. */
  headline: string;
}

export function runVerdictText(r: RunReport): VerdictText {
  const t = r.settings.target;
  const { passed, text } = verdict(r);
  return { passed, target: t, text, headline: `${t} ${text}` };
}

/** The selected properties, and those of them whose cases were checked (they hold or diverge). */
function checkedOfSelected(r: RunReport): { selected: number; unchecked: number } {
  const selected = selectedPropertyIds(r.settings);
  const checked = new Set(r.properties.filter((p) => p.verdict === 'holds' || p.verdict === 'fails').map((p) => p.id));
  return { selected: selected.length, unchecked: selected.filter((id) => !checked.has(id)).length };
}

function verdict(r: RunReport): { passed: boolean; text: string } {
  const g = r.gate;
  const findings = plural(r.divergences.length, 'finding');
  const { selected, unchecked } = checkedOfSelected(r);
  const fixedText = g.fixed > 0 ? `; ${plural(g.fixed, 'baseline entry')} fixed (its counterexample now conforms): drop ${g.fixed === 1 ? 'it' : 'them'} from the baseline` : '';
  if (r.unreachable) {
    // The target went away (exit 3): what the run got through, then why it stopped.
    const sofar = r.properties.length > 0 ? ` (${unchecked} of ${plural(selected, 'property')} could not be checked${r.divergences.length > 0 ? `; ${findings} so far` : ''})` : '';
    return { passed: false, text: `unreachable${sofar}: ${r.unreachable}` };
  }
  if (r.interrupted) return { passed: false, text: `interrupted: only the properties that finished are reported${r.divergences.length > 0 ? ` (${findings} so far)` : ''}` };
  if (g.failing > 0) {
    const others = notFailing(r);
    return { passed: false, text: `diverges: ${plural(g.failing, 'finding')} fail${g.failing === 1 ? 's' : ''} the run${others.length > 0 ? ` (and ${others.join(', ')})` : ''}${fixedText}` };
  }
  if (g.fixed > 0) return { passed: false, text: `has no new finding${fixedText}` };
  if (r.divergences.length > 0) {
    const updated = r.baseline?.updated ? '; the baseline was updated to match' : '';
    return { passed: true, text: `passes: ${findings}, none failing (${notFailing(r).join(', ')})${updated}` };
  }
  // Nothing drawn by this run's cases, but baseline entries re-run still diverge: not "conforms".
  const confirmed = r.baseline?.confirmed.length ?? 0;
  if (confirmed > 0) return { passed: g.passed, text: `passes: no new finding; ${plural(confirmed, 'baseline entry')} not hit by this run's cases but confirmed by ${confirmed === 1 ? 'its' : 'their'} counterexample` };
  if (r.verdict === 'incomplete' || unchecked > 0) return { passed: g.passed, text: `incomplete: no finding, but ${unchecked} of ${plural(selected, 'property')} could not be checked` };
  return { passed: g.passed, text: `conforms: ${plural(r.properties.length, 'property')} hold${r.properties.length === 1 ? 's' : ''}` };
}

/** How one finding counts, in a few words. */
export function gateLabel(d: Divergence, r: RunReport): string {
  switch (d.gate?.status) {
    case 'known':
      return 'known (baseline)';
    case 'expected':
      return 'accepted by expectations';
    case 'below-fail-on':
      return `not gating (--fail-on ${r.gate.failOn})`;
    default:
      return d.kind === 'crash' ? 'fails (crash)' : 'fails';
  }
}

/** How a non-failing finding counts, in one word, for a property's label. */
const acceptedWord: Record<Exclude<NonNullable<Divergence['gate']>['status'], 'fails'>, string> = { known: 'known', expected: 'accepted', 'below-fail-on': 'not gating' };

/**
 * A property's verdict as the gate has it: `fails` when one of its findings fails the run; when its
 * cases diverged but every finding they hit is accepted, `fails (known)`, `fails (accepted)` or
 * `fails (not gating)`, so the row never reads as a failure next to a run that passes.
 */
export function propertyVerdictLabel(p: PropertyResult, r: RunReport): { label: string; failing: boolean } {
  const words: Record<PropertyResult['verdict'], string> = { holds: 'holds', fails: 'fails', 'not-implemented': 'not implemented', skipped: 'skipped' };
  if (p.verdict !== 'fails') return { label: words[p.verdict], failing: false };
  const ids = new Set(p.divergences);
  const findings = r.divergences.filter((d) => ids.has(d.id));
  if (findings.length === 0 || findings.some((d) => d.gate?.failing !== false)) return { label: 'fails', failing: true };
  const why = [...new Set(findings.map((d) => acceptedWord[d.gate!.status as keyof typeof acceptedWord]))];
  return { label: `fails (${why.join(', ')})`, failing: false };
}

/** The rule a finding breaks, with the row it was raised for when the rule is shared: `value.invalid at /timeoutInMillis`. */
export function ruleLabel(d: Pick<Divergence, 'rules' | 'scope'>): string {
  const id = d.rules[0]?.id ?? '(no rule)';
  return d.scope ? `${id} at ${d.scope}` : id;
}
