import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IntegrationImplementation } from '../contract.js';
import { errorLine } from '../errorLine.js';
import { UsageError } from './usageError.js';

const mend = 'give a .ts, .js or .mjs module whose default export has putIntegration(body, ctx) and updateIntegration(current, body, ctx)';

/** Loads a third-party implementation of the contract; any problem is one UsageError line. */
export async function loadImplementation(modulePath: string): Promise<IntegrationImplementation> {
  const file = resolve(modulePath);
  if (!existsSync(file)) throw new UsageError(`--implementation: no such file ${modulePath}; ${mend}`);
  if (!/\.(ts|mts|js|mjs|cjs)$/.test(file)) throw new UsageError(`--implementation: ${modulePath} is not a .ts/.js/.mjs module; ${mend}`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    throw new UsageError(`--implementation: ${modulePath} failed to load (${errorLine(e)}); fix the module or ${mend}`);
  }
  const impl = mod.default as Partial<IntegrationImplementation> | undefined;
  if (!impl || typeof impl.putIntegration !== 'function' || typeof impl.updateIntegration !== 'function') {
    throw new UsageError(`--implementation: ${modulePath} has no default export with putIntegration and updateIntegration; ${mend}`);
  }
  return impl as IntegrationImplementation;
}
