/**
 * Where a rule's knowledge comes from, highest authority first. Reports show it next to every
 * expectation so a user can tell a target's bug from a question to settle on a real account.
 */
export const evidenceLevels = ['aws-recorded', 'aws-observed', 'aws-doc', 'aws-e2e', 'user-quote', 'inferred'] as const;
export type Evidence = (typeof evidenceLevels)[number];

export interface Provenance {
  evidence: Evidence;
  /** A citation a reader can follow: test name, doc page, issue. For `inferred`, the one-line reason. */
  source: string;
  /** The behaviour is known but AWS's wording is not: only the exception name and status are checked. */
  textInferred?: boolean;
}

/** Rules whose message text is AWS's own; for the others only the exception name and status are checked. */
export function messageIsAuthoritative(p: Provenance): boolean {
  return (p.evidence === 'aws-recorded' || p.evidence === 'aws-observed' || p.evidence === 'aws-doc') && !p.textInferred;
}

/** A named rule of the engine, as reports cite it. */
export interface RuleRef {
  id: string;
  provenance: Provenance;
}
