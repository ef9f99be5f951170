import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CreateImplementation, IntegrationImplementation } from '../contract.js';
import { errorLine } from '../errorLine.js';
import { UsageError } from './usageError.js';

const mend =
  'give a .ts, .mts, .cts, .js, .mjs or .cjs module that exports createImplementation() (the stateful form) or putIntegration(body, ctx) and updateIntegration(current, body, ctx) (the pure form), as named exports or on its default export';

/** An implementation as a module gives it: the stateful form's factory, or the pure form. */
export type LoadedImplementation = { createImplementation: CreateImplementation } | { implementation: IntegrationImplementation };

type Loaded = Record<string, unknown> & { default?: unknown };

/** Loads a third-party implementation of the contract from any folder; any problem is one UsageError line. */
export async function loadImplementation(modulePath: string): Promise<LoadedImplementation> {
  const file = resolve(modulePath);
  if (!existsSync(file)) throw new UsageError(`--implementation: no such file ${modulePath}; ${mend}`);
  if (!/\.(ts|mts|cts|js|mjs|cjs)$/.test(file)) throw new UsageError(`--implementation: ${modulePath} is not a .ts/.mts/.cts/.js/.mjs/.cjs module; ${mend}`);
  let mod: Loaded;
  try {
    // TypeScript through tsx's isolated loader: it picks ESM or CommonJS per file, whatever folder the file is in.
    mod = /\.(ts|mts|cts)$/.test(file) ? ((await (await import('tsx/esm/api')).tsImport(pathToFileURL(file).href, import.meta.url)) as Loaded) : ((await import(pathToFileURL(file).href)) as Loaded);
  } catch (e) {
    throw new UsageError(`--implementation: ${modulePath} failed to load: ${loadFailure(e)}`);
  }
  // Named exports first, then the default export (a CommonJS module's exports arrive as the default).
  const candidates = [mod, mod.default].filter((m): m is Loaded => typeof m === 'object' && m !== null || typeof m === 'function');
  for (const m of candidates) if (typeof m.createImplementation === 'function') return { createImplementation: m.createImplementation as CreateImplementation };
  for (const m of candidates) if (typeof m.putIntegration === 'function' && typeof m.updateIntegration === 'function') return { implementation: m as unknown as IntegrationImplementation };
  const found = Object.keys(mod).filter((k) => k !== 'default');
  throw new UsageError(`--implementation: ${modulePath} exports neither createImplementation nor putIntegration and updateIntegration (it exports ${found.length > 0 ? found.join(', ') : 'nothing by name'}); ${mend}`);
}

/** Why a module did not load, in one line: a syntax error with its file:line:column, a missing package, or the error's first line. */
function loadFailure(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // esbuild (through tsx): "Transform failed with 1 error:\n/path/x.ts:2:18: ERROR: Expected ..."
  const syntax = /^(\S+:\d+:\d+): ERROR: (.*)$/m.exec(text);
  if (syntax) return `syntax error at ${syntax[1]}: ${syntax[2]}`;
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(text);
  if (missing) return `it imports ${missing[1]}, which is not installed where the module is (npm install it there)`;
  if (e instanceof SyntaxError) return `syntax error: ${errorLine(e)}`;
  return errorLine(e);
}
