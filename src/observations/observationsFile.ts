/**
 * An observations file: what a target (a real account, ideally) answered to the experiments `probe`
 * ran, one entry per rule. Versioned JSON; read whole or not at all: a bad version, a missing member or
 * an unknown rule id is one line naming the file and the entry.
 */
import { readFile } from 'node:fs/promises';
import type { Outcome } from '../contract.js';

export const observationsVersion = 1;

export interface Observation {
  /** The rule the experiment decides. */
  rule: string;
  /** The shipped rule's answer held (`confirmed`), or the target answered otherwise (`contradicted`). */
  verdict: 'confirmed' | 'contradicted';
  /** The experiment: the operation and the case it was part of (set-up put, patches). */
  request: { operation: string; body?: unknown; case?: unknown };
  /** What the rule expected, and what the target answered (the error's name, status and message, or the value). */
  expected: Outcome;
  observed: Outcome;
  /** The arguments the rule's text was made from, to generalise an observed text (a key named in it). */
  args?: readonly unknown[];
}

export interface ObservationsFile {
  version: typeof observationsVersion;
  tool: string;
  target: { kind: string; label: string; region?: string };
  /** ISO date of the probe. */
  date: string;
  observations: Observation[];
  /** Rules the probe was after that no experiment reached (settle them by hand, or probe with more runs). */
  unreached?: string[];
}

const isOutcome = (v: unknown): v is Outcome => typeof v === 'object' && v !== null && typeof (v as Outcome).ok === 'boolean' && ((v as Outcome).ok ? typeof (v as { status?: unknown }).status === 'number' : typeof (v as { error?: { name?: unknown } }).error?.name === 'string');

/** Parses and checks a file's text; `knownRule` says whether an id is a rule of this version. */
export function parseObservations(file: string, text: string, knownRule: (id: string) => boolean): ObservationsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message}); an observations file is what \`probe --out\` writes`);
  }
  const f = data as Partial<ObservationsFile>;
  if (typeof f !== 'object' || f === null) throw new Error(`${file}: not an observations file (an object with version, tool, target, date, observations)`);
  if (f.version !== observationsVersion) throw new Error(`${file}: version ${JSON.stringify(f.version)}; this version of the suite reads version ${observationsVersion} (probe again with it)`);
  for (const m of ['tool', 'date'] as const) if (typeof f[m] !== 'string') throw new Error(`${file}: missing ${m}`);
  if (typeof f.target !== 'object' || f.target === null || typeof f.target.kind !== 'string') throw new Error(`${file}: missing target.kind`);
  if (!Array.isArray(f.observations)) throw new Error(`${file}: missing observations (a list)`);
  f.observations.forEach((o, n) => {
    const at = `${file}: observation ${n + 1}`;
    if (typeof o !== 'object' || o === null) throw new Error(`${at}: not an object`);
    if (typeof o.rule !== 'string') throw new Error(`${at}: missing rule`);
    if (!knownRule(o.rule)) throw new Error(`${at}: unknown rule ${o.rule} (rules are this version's: \`apigw-patch-conformance rules\` lists them)`);
    if (o.verdict !== 'confirmed' && o.verdict !== 'contradicted') throw new Error(`${at} (${o.rule}): verdict must be confirmed or contradicted`);
    if (typeof o.request?.operation !== 'string') throw new Error(`${at} (${o.rule}): missing request.operation`);
    if (!isOutcome(o.expected) || !isOutcome(o.observed)) throw new Error(`${at} (${o.rule}): expected and observed must be outcomes ({ ok, status, value } or { ok: false, error: { name, status, message } })`);
  });
  return f as ObservationsFile;
}

export async function readObservations(file: string, knownRule: (id: string) => boolean): Promise<ObservationsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseObservations(file, text, knownRule);
}
