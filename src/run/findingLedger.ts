/**
 * The findings of a run as they accumulate across properties: for each fingerprint, the first case
 * that hit it (the one shrunk into its counterexample), how many cases hit it and which properties
 * did. A hit with equally consistent explanations (a tie) waits until the run's other cases have
 * spoken: it then counts for the explanation they found unambiguously, else for its first one.
 */
import type { CaseRun } from '../../spec/properties/index.js';
import type { FindingHit } from './findingHits.js';

export interface LedgerEntry {
  fingerprint: string;
  /** The property that met it first, and the 0-based index of that case in its main phase. */
  property: string;
  caseIndex: number;
  /** The first hit (replaced by the shrunk case's hit once shrunk). */
  hit: FindingHit;
  run: CaseRun;
  /** fast-check path of `run`: the first case's index until shrunk. */
  path: string;
  seed: number;
  hits: number;
  /** Every property with a case that hit it. */
  properties: Set<string>;
  /** The properties that hit it in a call they judge (not in the set-up of their cases). */
  judgedBy: Set<string>;
  /** Some case hit it with no other explanation. */
  unambiguous: boolean;
  shrunk: boolean;
}

interface PendingCase {
  property: string;
  seed: number;
  caseIndex: number;
  run: CaseRun;
  hits: FindingHit[];
  /** Fingerprints this case already counted. */
  counted: Set<string>;
}

export class FindingLedger {
  readonly entries = new Map<string, LedgerEntry>();
  private pending: PendingCase[] = [];

  /** Records the hits of one main-phase case; each finding counts a case once. */
  record(property: string, seed: number, caseIndex: number, run: CaseRun, hits: readonly FindingHit[]): void {
    const counted = new Set<string>();
    const ties: FindingHit[] = [];
    for (const hit of hits) {
      if (hit.alternatives) ties.push(hit);
      else this.count(hit, { property, seed, caseIndex, run }, counted, true);
    }
    if (ties.length > 0) this.pending.push({ property, seed, caseIndex, run, hits: ties, counted });
  }

  private count(hit: FindingHit, at: { property: string; seed: number; caseIndex: number; run: CaseRun }, counted: Set<string>, unambiguous: boolean): void {
    if (counted.has(hit.fingerprint)) return;
    counted.add(hit.fingerprint);
    const entry = this.entries.get(hit.fingerprint);
    const judged = hit.check.setup ? [] : [at.property];
    if (entry) {
      entry.hits += 1;
      entry.properties.add(at.property);
      for (const p of judged) entry.judgedBy.add(p);
      entry.unambiguous ||= unambiguous;
    } else {
      this.entries.set(hit.fingerprint, { fingerprint: hit.fingerprint, ...at, hit, path: String(at.caseIndex), hits: 1, properties: new Set([at.property]), judgedBy: new Set(judged), unambiguous, shrunk: false });
    }
  }

  /** The explanation a tie counts for: one the run found unambiguously (the most hit), else the first. */
  resolve(hit: FindingHit): FindingHit {
    if (!hit.alternatives) return hit;
    const candidates = [hit, ...hit.alternatives].filter((h) => this.entries.get(h.fingerprint)?.unambiguous);
    return candidates.sort((a, b) => this.entries.get(b.fingerprint)!.hits - this.entries.get(a.fingerprint)!.hits)[0] ?? hit;
  }

  /** Settles every tie waiting so far (call once the main phases are done). */
  settleTies(): void {
    const pending = this.pending;
    this.pending = [];
    // Ties resolve against unambiguous hits only, so the order they are settled in does not matter.
    for (const p of pending) for (const hit of p.hits) this.count(this.resolve(hit), p, p.counted, false);
  }

  /** The fingerprints a property's cases hit in the calls it judges. */
  fingerprintsOf(property: string): string[] {
    return [...this.entries.values()].filter((e) => e.judgedBy.has(property)).map((e) => e.fingerprint);
  }
}
