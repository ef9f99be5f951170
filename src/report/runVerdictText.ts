/**
 * The run's verdict in words, one source for the terminal, report.md, report.html and junit.xml: it
 * reads the gate (what the exit code is made of), so the four never disagree.
 */
import type { Divergence, RunReport } from '../run/runReport.js';

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** What does not fail the run, in words: "2 known to the baseline, 1 below --fail-on aws-doc". */
function notFailing(r: RunReport): string[] {
  const g = r.gate;
  return [
    ...(g.known > 0 ? [`${g.known} known to the baseline`] : []),
    ...(g.expected > 0 ? [`${g.expected} expected`] : []),
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

function verdict(r: RunReport): { passed: boolean; text: string } {
  const g = r.gate;
  const findings = plural(r.divergences.length, 'finding');
  const unchecked = r.properties.filter((p) => p.verdict === 'not-implemented' || p.verdict === 'skipped').length;
  const fixedText = g.fixed > 0 ? `; ${plural(g.fixed, 'baseline entry')} fixed (its counterexample now conforms): drop ${g.fixed === 1 ? 'it' : 'them'} from the baseline` : '';
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
  if (r.verdict === 'incomplete' || unchecked > 0) return { passed: true, text: `incomplete: no finding, but ${unchecked} of ${plural(r.properties.length, 'property')} could not be checked` };
  return { passed: true, text: `conforms: ${plural(r.properties.length, 'property')} hold${r.properties.length === 1 ? 's' : ''}` };
}

/** How one finding counts, in a few words. */
export function gateLabel(d: Divergence, r: RunReport): string {
  switch (d.gate?.status) {
    case 'known':
      return 'known (baseline)';
    case 'expected':
      return 'expected';
    case 'below-fail-on':
      return `not gating (--fail-on ${r.gate.failOn})`;
    default:
      return d.kind === 'crash' ? 'fails (crash)' : 'fails';
  }
}

/** The rule a finding breaks, with the row it was raised for when the rule is shared: `value.invalid at /timeoutInMillis`. */
export function ruleLabel(d: Pick<Divergence, 'rules' | 'scope'>): string {
  const id = d.rules[0]?.id ?? '(no rule)';
  return d.scope ? `${id} at ${d.scope}` : id;
}
