/**
 * The expectations file a team keeps in its own repository: divergences it knows its implementation
 * has, by rule id (and optionally operation and rule-table path), each with the reason and a link.
 * Unlike a baseline it is written by hand and survives any change of seed or budget. An entry that
 * names something this suite does not have is an error; an entry no finding matched is reported stale.
 */
import { readFile } from 'node:fs/promises';
import { errorLine } from '../errorLine.js';
import { expectationsVersion, type ExpectationsFile } from '../run/expectationMatch.js';

export { expectationMatches, expectationsVersion, matchExpectations, type Expectation, type ExpectationsFile } from '../run/expectationMatch.js';

/** What the suite knows, to check entries against. */
export interface KnownNames {
  rules: ReadonlySet<string>;
  operations: ReadonlySet<string>;
  paths: ReadonlySet<string>;
}

const entryKeys: ReadonlySet<string> = new Set(['rule', 'operation', 'path', 'reason', 'link']);

/** Reads and checks an expectations file; every problem is one line naming the file and the entry. */
export async function readExpectations(file: string, known: KnownNames): Promise<ExpectationsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`Expectations ${file} cannot be read (${errorLine(err)}): point --expectations at your expectations JSON file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`Expectations ${file} is not JSON (${errorLine(err)}): fix the syntax.`);
  }
  const shape = 'write {"expectationsVersion": 1, "expectations": [{"rule", "reason", "link", optional "operation" and "path"}]}';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`Expectations ${file} is not an object: ${shape}.`);
  const { expectationsVersion: version, expectations } = json as { expectationsVersion?: unknown; expectations?: unknown };
  if (version !== expectationsVersion) throw new Error(`Expectations ${file} has expectationsVersion ${JSON.stringify(version) ?? 'missing'}, this tool reads ${expectationsVersion}: ${shape}.`);
  if (!Array.isArray(expectations)) throw new Error(`Expectations ${file} has no "expectations" list: ${shape}.`);
  expectations.forEach((e, n) => {
    const problem = entryProblem(e, known);
    if (problem) throw new Error(`Expectations ${file} entry ${n}: ${problem}.`);
  });
  return json as ExpectationsFile;
}

function entryProblem(e: unknown, known: KnownNames): string | null {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'not an object';
  const entry = e as Record<string, unknown>;
  const extra = Object.keys(entry).find((k) => !entryKeys.has(k));
  if (extra) return `unknown member "${extra}" (an entry has rule, operation, path, reason, link)`;
  if (typeof entry.rule !== 'string' || !known.rules.has(entry.rule)) return `rule ${JSON.stringify(entry.rule)} is not a rule of this suite (the README's rule table lists them)`;
  if (entry.operation !== undefined && (typeof entry.operation !== 'string' || !known.operations.has(entry.operation))) {
    return `operation ${JSON.stringify(entry.operation)} is not one of ${[...known.operations].join(', ')}`;
  }
  if (entry.path !== undefined && (typeof entry.path !== 'string' || !known.paths.has(entry.path))) return `path ${JSON.stringify(entry.path)} is not a rule-table path (e.g. /requestTemplates/{key})`;
  if (typeof entry.reason !== 'string' || entry.reason.trim() === '') return 'needs a "reason": why the implementation differs';
  if (typeof entry.link !== 'string' || entry.link.trim() === '') return 'needs a "link": the issue or decision behind it';
  return null;
}
