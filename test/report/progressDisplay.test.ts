import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressOptions } from '../../src/report/progressDisplay.js';
import type { PropertyResult } from '../../src/run/runReport.js';

function capture(opts: Omit<ProgressOptions, 'stream'> = {}) {
  let out = '';
  const progress = createProgress({ stream: { write: (s: string) => (out += s) }, now: () => 0, redrawIntervalMs: 0, ...opts });
  return { progress, output: () => out };
}

const result = (over: Partial<PropertyResult> = {}): PropertyResult => ({
  id: 'update-matches-reference', title: 'UpdateIntegration answers as the reference', verdict: 'fails',
  cases: 3, rejectedCases: 1, divergingCases: 2, apiCalls: 9, durationMs: 1500, seed: 7, divergences: ['d1'], ...over,
});

function drive(progress: ReturnType<typeof capture>['progress']): void {
  progress.propertyStarted('update-matches-reference', 'UpdateIntegration answers as the reference', 3);
  progress.caseDone(0);
  progress.log('retrying after throttling, key AKIAIOSFODNN7EXAMPLE');
  progress.caseDone(1);
  progress.caseDone(1);
  progress.propertyFinished(result());
  progress.finish();
}

describe('createProgress', () => {
  it('on a TTY updates one line with \\r and prints the finished property and summary as lines', () => {
    const { progress, output } = capture({ isTTY: true });
    drive(progress);
    const out = output();
    expect(out).toContain('\rupdate-matches-reference  2/3 cases  1 diverging'.replace('\r', '\r\u001b[2K'));
    expect(out).toContain('update-matches-reference  3/3 cases  1 diverging');
    expect(out).toMatch(/diff update-matches-reference: diverges, 3 cases \(1 rejected, 2 diverging\), 9 API calls, 1\.5 s\n/);
    expect(out).toMatch(/1 property ran: 0 hold, 1 diverges; 3 cases \(2 diverging\), 9 API calls\n$/);
    expect(out).toContain('key AKIA[REDACTED]');
    expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('off a TTY writes plain lines only: start, log, finish, summary', () => {
    const { progress, output } = capture({ isTTY: false });
    drive(progress);
    expect(output()).not.toContain('\r');
    expect(output().trimEnd().split('\n')).toEqual([
      '▶ update-matches-reference: UpdateIntegration answers as the reference (3 cases)',
      'retrying after throttling, key AKIA[REDACTED]',
      'diff update-matches-reference: diverges, 3 cases (1 rejected, 2 diverging), 9 API calls, 1.5 s',
      '1 property ran: 0 hold, 1 diverges; 3 cases (2 diverging), 9 API calls',
    ]);
  });

  it('quiet prints only the final summary, even on a TTY', () => {
    const { progress, output } = capture({ isTTY: true, quiet: true });
    drive(progress);
    expect(output()).toBe('1 property ran: 0 hold, 1 diverges; 3 cases (2 diverging), 9 API calls\n');
  });

  it('verbose prints one line per case, without \\r', () => {
    const { progress, output } = capture({ isTTY: true, verbose: true });
    drive(progress);
    expect(output()).not.toContain('\r');
    expect(output().split('\n').filter((l) => / case \d\/3/.test(l))).toEqual([
      '  update-matches-reference case 1/3, 0 diverging so far',
      '  update-matches-reference case 2/3, 1 diverging so far',
      '  update-matches-reference case 3/3, 1 diverging so far',
    ]);
  });

  it('throttles redraws on a TTY but always draws the last case', () => {
    let t = 0;
    let out = '';
    const progress = createProgress({ stream: { write: (s: string) => (out += s) }, isTTY: true, now: () => t, redrawIntervalMs: 100 });
    progress.propertyStarted('p', 'P', 50);
    for (let i = 0; i < 50; i++) {
      t += 1;
      progress.caseDone(0);
    }
    const frames = out.split('\r\u001b[2K').filter((f) => f !== '');
    expect(frames.length).toBeLessThan(5);
    expect(frames.at(-1)).toBe('p  50/50 cases  0 diverging');
  });

  it('fits the TTY line to the terminal width', () => {
    let out = '';
    const progress = createProgress({ stream: { write: (s: string) => (out += s), columns: 20 }, isTTY: true, now: () => 0, redrawIntervalMs: 0 });
    progress.propertyStarted('a-very-long-property-identifier', 'T', 10);
    expect(out.replace('\r\u001b[2K', '').length).toBeLessThanOrEqual(19);
  });

  it('says what the cases did, never a verdict nor a findings count (both are settled after every property has run)', () => {
    const { progress, output } = capture({ isTTY: false });
    progress.propertyFinished(result({ divergences: ['d1', 'd2'] }));
    progress.finish();
    expect(output()).not.toMatch(/finding|FAIL|DIVERGES|CONFORMS|pass/);
  });

  it('tallies a run with a not-implemented property and no divergence', () => {
    const { progress, output } = capture({ quiet: true });
    progress.propertyFinished(result({ verdict: 'holds', divergences: [], divergingCases: 0 }));
    progress.propertyFinished(result({ id: 'get', verdict: 'not-implemented', cases: 0, apiCalls: 1, divergences: [], divergingCases: 0 }));
    progress.finish();
    progress.finish();
    expect(output()).toBe('2 properties ran: 1 holds, 0 diverge, 1 not implemented; 3 cases (0 diverging), 10 API calls\n');
  });
});
