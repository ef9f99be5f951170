import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CreateImplementation, IntegrationImplementation } from '../contract.js';
import { errorLine } from '../errorLine.js';
import { UsageError } from './usageError.js';

const mend =
  'give a .ts, .js or .mjs module that exports createImplementation() (the stateful form) or, as its default export, an object with putIntegration(body, ctx) and updateIntegration(current, body, ctx) (the pure form)';

/** An implementation as a module gives it: the stateful form's factory, or the pure form. */
export type LoadedImplementation = { createImplementation: CreateImplementation } | { implementation: IntegrationImplementation };

/** Loads a third-party implementation of the contract; any problem is one UsageError line. */
export async function loadImplementation(modulePath: string): Promise<LoadedImplementation> {
  const file = resolve(modulePath);
  if (!existsSync(file)) throw new UsageError(`--implementation: no such file ${modulePath}; ${mend}`);
  if (!/\.(ts|mts|js|mjs|cjs)$/.test(file)) throw new UsageError(`--implementation: ${modulePath} is not a .ts/.js/.mjs module; ${mend}`);
  let mod: { default?: unknown; createImplementation?: unknown };
  try {
    if (/\.(ts|mts|cts)$/.test(file)) await typeScriptLoader();
    mod = (await import(pathToFileURL(file).href)) as typeof mod;
  } catch (e) {
    throw new UsageError(`--implementation: ${modulePath} failed to load (${errorLine(e)}); fix the module or ${mend}`);
  }
  const factory = mod.createImplementation ?? (mod.default as { createImplementation?: unknown } | undefined)?.createImplementation;
  if (typeof factory === 'function') return { createImplementation: factory as CreateImplementation };
  const impl = mod.default as Partial<IntegrationImplementation> | undefined;
  if (!impl || typeof impl.putIntegration !== 'function' || typeof impl.updateIntegration !== 'function') {
    throw new UsageError(`--implementation: ${modulePath} exports neither createImplementation nor a default with putIntegration and updateIntegration; ${mend}`);
  }
  return { implementation: impl as IntegrationImplementation };
}

let registered: Promise<void> | undefined;

/** TypeScript modules load through tsx's loader, registered once and only when one is asked for. */
function typeScriptLoader(): Promise<void> {
  return (registered ??= import('tsx/esm/api').then(({ register }) => void register()));
}
