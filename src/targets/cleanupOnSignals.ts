/**
 * Deletes sandboxes when the run is interrupted: on SIGINT/SIGTERM every registered target is
 * closed, then the process exits with 128 + the signal number. A second signal exits at once.
 */
import type { Target } from './target.js';

const registered = new Set<Pick<Target, 'close'>>();
const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
type CleanupSignal = keyof typeof exitCodes;
let cleaning = false;

function onSignal(signal: CleanupSignal): void {
  if (cleaning) process.exit(exitCodes[signal]);
  cleaning = true;
  const targets = [...registered];
  process.stderr.write(`\n${signal}: deleting the sandbox of ${targets.length} target(s); send it again to exit now\n`);
  void Promise.allSettled(targets.map((t) => t.close())).then((results) => {
    for (const r of results) if (r.status === 'rejected') process.stderr.write(`cleanup failed: ${String((r.reason as Error)?.message ?? r.reason)}\n`);
    process.exit(exitCodes[signal]);
  });
}

const listeners = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') };

/** Registers `target` for cleanup on SIGINT/SIGTERM; the returned function unregisters it (after a normal close). */
export function installCleanupOnSignals(target: Pick<Target, 'close'>): () => void {
  if (registered.size === 0) for (const s of Object.keys(listeners) as CleanupSignal[]) process.on(s, listeners[s]);
  registered.add(target);
  return () => {
    registered.delete(target);
    if (registered.size === 0) for (const s of Object.keys(listeners) as CleanupSignal[]) process.off(s, listeners[s]);
  };
}
