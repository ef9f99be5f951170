/**
 * The findings of a run as they accumulate across properties: for each fingerprint, the first case
 * that hit it (the one shrunk into its counterexample), how many cases hit it and which properties
 * did. A hit with equally consistent explanations (a tie) waits until the run's other cases have
 * spoken: it then counts for the explanation they found unambiguously, else for its first one.
 */
import type { CaseRun } from '../../spec/properties/index.js';
import type { FindingHit } from './findingHits.js';
import { pathFamiliesOf } from './pathFamilies.js';

export interface LedgerEntry {
  fingerprint: string;
  /** The property that met it first, and the 0-based index of that case in its phase (the sweep, or the random cases). */
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
  /** 1-based index of the first edge-sweep case that hit it, in any property (none: the sweep did not). */
  sweepCase?: number;
  /** Random cases run up to and including the first that hit it, in any property (none: no random case did). */
  randomCase?: number;
  /** The path families (`/requestTemplates/{key}`) of the operations evaluated in every call that hit it. */
  pathFamilies: Set<string>;
}

interface PendingCase {
  property: string;
  seed: number;
  caseIndex: number;
  run: CaseRun;
  path: string;
  hits: FindingHit[];
  /** Fingerprints this case already counted. */
  counted: Set<string>;
}

export class FindingLedger {
  readonly entries = new Map<string, LedgerEntry>();
  private pending: PendingCase[] = [];
  /** How many tied cases each fingerprint explains (kept after settling: shrinking resolves ties the same way). */
  private readonly support = new Map<string, number>();

  /**
   * Records the hits of one case; each finding counts a case once. `path` replays the case: a sweep
   * case's (`sweep:N`, fixed and already minimal: never shrunk) or fast-check's index.
   */
  record(property: string, seed: number, caseIndex: number, run: CaseRun, hits: readonly FindingHit[], path = String(caseIndex)): void {
    const counted = new Set<string>();
    const ties: FindingHit[] = [];
    const at = { property, seed, caseIndex, run, path };
    for (const hit of hits) {
      if (hit.alternatives) ties.push(hit);
      else this.count(hit, at, counted, true);
    }
    if (ties.length > 0) this.pending.push({ ...at, hits: ties, counted });
  }

  private count(hit: FindingHit, at: { property: string; seed: number; caseIndex: number; run: CaseRun; path: string }, counted: Set<string>, unambiguous: boolean): void {
    if (counted.has(hit.fingerprint)) return;
    counted.add(hit.fingerprint);
    const judged = hit.check.setup ? [] : [at.property];
    const sweep = at.path.startsWith('sweep:');
    const entry =
      this.entries.get(hit.fingerprint) ??
      this.entries
        .set(hit.fingerprint, { fingerprint: hit.fingerprint, ...at, hit, hits: 0, properties: new Set(), judgedBy: new Set(), unambiguous, shrunk: sweep, pathFamilies: new Set() })
        .get(hit.fingerprint)!;
    entry.hits += 1;
    entry.properties.add(at.property);
    for (const p of judged) entry.judgedBy.add(p);
    entry.unambiguous ||= unambiguous;
    const nth = at.caseIndex + 1;
    if (sweep) entry.sweepCase = Math.min(entry.sweepCase ?? nth, nth);
    else entry.randomCase = Math.min(entry.randomCase ?? nth, nth);
    for (const f of pathFamiliesOf(hit)) entry.pathFamilies.add(f);
  }

  /**
   * The explanation a tie counts for: one the run found unambiguously (the most hit); else one whose
   * rule the run found broken unambiguously on the same operation (with other answers); else the one
   * that explains the most tied cases, three at least (`support`: one cause behind many ties beats a
   * different coincidence in each); else the first.
   */
  resolve(hit: FindingHit, support: ReadonlyMap<string, number> = this.support): FindingHit {
    if (!hit.alternatives) return hit;
    const all = [hit, ...hit.alternatives];
    const candidates = all.filter((h) => this.entries.get(h.fingerprint)?.unambiguous);
    if (candidates.length > 0) return candidates.sort((a, b) => this.entries.get(b.fingerprint)!.hits - this.entries.get(a.fingerprint)!.hits)[0]!;
    const ruleOf = (h: FindingHit) => `${h.identity.operation} ${h.identity.rule}`;
    const broken = new Set([...this.entries.values()].filter((e) => e.unambiguous).map((e) => ruleOf(e.hit)));
    const proven = all.find((h) => broken.has(ruleOf(h)));
    if (proven) return proven;
    // A cause wins over the first reading only when it explains several tied cases, not one coincidence.
    const backing = (h: FindingHit) => support.get(h.fingerprint) ?? 0;
    const best = all.reduce((b, h) => (backing(h) > backing(b) ? h : b));
    return backing(best) >= 3 && backing(best) > backing(hit) ? best : hit;
  }

  /** Settles every tie waiting so far (call once the main phases are done). */
  settleTies(): void {
    const pending = this.pending;
    this.pending = [];
    const support = this.support;
    for (const p of pending) for (const hit of p.hits) for (const fp of new Set([hit, ...(hit.alternatives ?? [])].map((h) => h.fingerprint))) support.set(fp, (support.get(fp) ?? 0) + 1);
    // Every tie is resolved before any is counted: counting adds hits, which resolve() ranks by.
    const resolved = pending.map((p) => p.hits.map((hit) => this.resolve(hit, support)));
    pending.forEach((p, n) => {
      for (const hit of resolved[n]!) this.count(hit, p, p.counted, false);
    });
  }

  /** The fingerprints a property's cases hit in the calls it judges. */
  fingerprintsOf(property: string): string[] {
    return [...this.entries.values()].filter((e) => e.judgedBy.has(property)).map((e) => e.fingerprint);
  }
}
