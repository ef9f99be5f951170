/**
 * Whether an error text is one an error rule produces: the rule's message template with its
 * arguments as wildcards. Used to tell which check a target applied when it rejects a request the
 * reference accepts.
 */
import type { ErrorRule } from '../rules/defineRule.js';

const hole = '\u0000';
const patterns = new WeakMap<ErrorRule, RegExp | null>();

function patternOf(rule: ErrorRule): RegExp | null {
  if (patterns.has(rule)) return patterns.get(rule)!;
  let pattern: RegExp | null = null;
  try {
    const text = rule.message(hole, hole, hole, hole);
    // A template that is nothing but its argument (the text of another rule passed on) tells nothing.
    if (typeof text === 'string' && text.split(hole).join('').trim() !== '') {
      const literal = text.split(hole).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      pattern = new RegExp(`^${literal.join('[\\s\\S]*?')}$`);
    }
  } catch {
    pattern = null; // a template that needs structured arguments (a list of violations): the exception name decides
  }
  patterns.set(rule, pattern);
  return pattern;
}

/** True when `message` reads as this rule's message (any arguments); null when the rule's template cannot tell. */
export function messageFitsRule(rule: ErrorRule, message: string): boolean | null {
  const p = patternOf(rule);
  return p === null ? null : p.test(message);
}
