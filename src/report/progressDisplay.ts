/**
 * Progress on the terminal while a run works. On a TTY one line updates in place (\r); in CI logs,
 * which keep every \r frame, plain lines: one per property start and finish. `quiet` prints only
 * the closing tally, `verbose` adds a line per case. Every line passes through redactText.
 *
 * These lines say what the cases did, never whether the run passes nor how many findings a property
 * has: findings are settled (ties between rules, shrinking) and gated (--fail-on, baseline,
 * expectations) only after every property has run. The run's verdict and each property's findings
 * come after, in the summary, from the settled report.
 */
import type { PropertyResult } from '../run/runReport.js';
import { redactText } from './redactSecrets.js';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream: ProgressStream;
  quiet?: boolean;
  verbose?: boolean;
  /** Defaults to stream.isTTY. */
  isTTY?: boolean;
  /** Minimum time between redraws of the TTY line; the clock is injectable for tests. */
  redrawIntervalMs?: number;
  now?: () => number;
}

export interface Progress {
  propertyStarted(id: string, title: string, total: number): void;
  caseDone(divergencesSoFar: number): void;
  propertyFinished(result: PropertyResult): void;
  log(line: string): void;
  finish(): void;
}

const clearLine = '\r\u001b[2K';
const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const verdictMark: Record<PropertyResult['verdict'], string> = { holds: 'ok  ', fails: 'diff', 'not-implemented': 'n/i ', skipped: 'skip' };
/** What the cases did (not the gate's word: a property whose cases diverge may still pass the run). */
const verdictWord: Record<PropertyResult['verdict'], string> = { holds: 'holds', fails: 'diverges', 'not-implemented': 'not implemented', skipped: 'skipped' };

export function createProgress(options: ProgressOptions): Progress {
  const { stream, quiet = false, verbose = false } = options;
  const tty = (options.isTTY ?? stream.isTTY ?? false) && !quiet && !verbose;
  const now = options.now ?? Date.now;
  const interval = options.redrawIntervalMs ?? 100;

  let current: { id: string; title: string; total: number; done: number; divergences: number } | undefined;
  let statusShown = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let finished = false;
  const results: PropertyResult[] = [];

  const fit = (line: string): string => {
    const width = stream.columns;
    return width && width > 1 && line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line;
  };
  const println = (line: string): void => {
    if (statusShown) {
      stream.write(clearLine);
      statusShown = false;
    }
    stream.write(`${redactText(line)}\n`);
  };
  const statusText = (): string =>
    current ? `${current.id}  ${current.done}/${current.total} cases  ${current.divergences} diverging` : '';
  const drawStatus = (force: boolean): void => {
    if (!tty || !current) return;
    const t = now();
    if (!force && t - lastDraw < interval) return;
    lastDraw = t;
    stream.write(`${clearLine}${fit(redactText(statusText()))}`);
    statusShown = true;
  };

  return {
    propertyStarted(id, title, total) {
      current = { id, title, total, done: 0, divergences: 0 };
      if (quiet) return;
      if (tty) drawStatus(true);
      else println(`▶ ${id}: ${title} (${plural(total, 'case')})`);
    },
    caseDone(divergencesSoFar) {
      if (!current) return;
      current.done += 1;
      current.divergences = divergencesSoFar;
      if (quiet) return;
      if (verbose) println(`  ${current.id} case ${current.done}/${current.total}, ${divergencesSoFar} diverging so far`);
      else drawStatus(current.done === current.total);
    },
    propertyFinished(result) {
      results.push(result);
      current = undefined;
      if (quiet) return;
      const detail = result.detail ? ` (${result.detail})` : '';
      println(
        `${verdictMark[result.verdict]} ${result.id}: ${verdictWord[result.verdict]}${detail}, ${plural(result.cases, 'case')}${result.sweepCases ? ` + ${result.sweepCases} sweep` : ''} (${result.rejectedCases} rejected, ${result.divergingCases ?? 0} diverging), ` +
          `${plural(result.apiCalls, 'API call')}, ${(result.durationMs / 1000).toFixed(1)} s`,
      );
    },
    log(line) {
      if (quiet) return;
      println(line);
      drawStatus(true);
    },
    finish() {
      if (finished) return;
      finished = true;
      const count = (v: PropertyResult['verdict']): number => results.filter((r) => r.verdict === v).length;
      const diverging = results.reduce((n, r) => n + (r.divergingCases ?? 0), 0);
      const parts = [
        `${count('holds')} hold${count('holds') === 1 ? 's' : ''}`,
        `${count('fails')} diverge${count('fails') === 1 ? 's' : ''}`,
        ...(count('not-implemented') > 0 ? [`${count('not-implemented')} not implemented`] : []),
        ...(count('skipped') > 0 ? [`${count('skipped')} skipped`] : []),
      ];
      const cases = results.reduce((n, r) => n + r.cases, 0);
      const calls = results.reduce((n, r) => n + r.apiCalls, 0);
      // A tally, not a verdict: whether the run passes is the summary's headline (the gate).
      println(`${plural(results.length, 'property')} ran: ${parts.join(', ')}; ${plural(cases, 'case')} (${diverging} diverging), ${plural(calls, 'API call')}`);
    },
  };
}
