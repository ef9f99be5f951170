import { installCleanupOnSignals } from '../targets/cleanupOnSignals.js';
import { newRunId } from '../targets/sandbox.js';
import type { TargetSession } from '../targets/target.js';
import type { TargetChoice } from './targetFlags.js';
import { describeTargetFailure } from './targetFailure.js';

/**
 * Opens the chosen target's sandbox for `use`, and deletes it afterwards whatever happens (also on
 * SIGINT/SIGTERM); target failures become one-line errors.
 */
export async function withTargetSession<T>(choice: TargetChoice, use: (session: TargetSession) => Promise<T>): Promise<T> {
  const target = await choice.build(newRunId());
  const uninstall = installCleanupOnSignals(target);
  try {
    const [session] = await target.open(1);
    return await use(session!);
  } catch (e) {
    throw describeTargetFailure(e, choice.label) ?? e;
  } finally {
    await target.close().catch(() => undefined);
    uninstall();
  }
}
