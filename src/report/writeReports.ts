/**
 * Writes a run's four report files as one unit. They are rendered into a hidden temp dir next to
 * the destination and renamed into place only when all four are on disk, so a reader (or a CI
 * artifact upload) sees either the whole report or none. Everything passes through redactSecrets
 * first. Runs under the default reports root also move `reports/latest` to the newest report.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { reproScript } from './reproScript.js';
import { basename, dirname, join, resolve } from 'node:path';
import type { RunReport } from '../run/runReport.js';
import { renderJunitXml } from './junitXml.js';
import { redactSecrets } from './redactSecrets.js';
import { renderReportHtml } from './reportHtml.js';
import { renderReportJson } from './reportJson.js';
import { renderReportMarkdown } from './reportMarkdown.js';

export const reportFileNames = ['report.json', 'junit.xml', 'report.md', 'report.html'] as const;
export type ReportFileName = (typeof reportFileNames)[number];
export type ReportRenderer = (report: RunReport) => string;

export const reportRenderers: Readonly<Record<ReportFileName, ReportRenderer>> = {
  'report.json': renderReportJson,
  'junit.xml': renderJunitXml,
  'report.md': renderReportMarkdown,
  'report.html': renderReportHtml,
};

export const reportsDirName = 'reports';
export const latestLinkName = 'latest';

/** `2026-11-26T21-30-05Z`: ISO 8601 without colons (Windows, artifact names) and sub-seconds. */
const reportTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/;

export function reportTimestampOf(startedAt: string | Date): string {
  const t = startedAt instanceof Date ? startedAt : new Date(startedAt);
  if (Number.isNaN(t.getTime())) throw new RangeError(`Cannot name a report directory after startedAt ${JSON.stringify(String(startedAt))}: not a date`);
  return t.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

/** The default reports root under a working directory: `<root>/reports`. */
export function defaultReportsRoot(root: string): string {
  return join(root, reportsDirName);
}

/** `<root>/reports/<timestamp>`, e.g. `reports/2026-11-26T21-30-05Z`. */
export function defaultReportDir(root: string, startedAt: string | Date): string {
  return join(defaultReportsRoot(root), reportTimestampOf(startedAt));
}

/** A directory defaultReportDir could have named: `.../reports/<timestamp>`. */
export function isDefaultReportDir(dir: string): boolean {
  const abs = resolve(dir);
  return basename(dirname(abs)) === reportsDirName && reportTimestamp.test(basename(abs));
}

export interface WriteReportsOptions {
  /** Replaces renderers, e.g. to make one fail in a test. */
  renderers?: Partial<Record<ReportFileName, ReportRenderer>>;
  /** Maintain `<parent>/latest`; by default only for directories named by defaultReportDir. */
  latestLink?: boolean;
}

/**
 * A directory reports may be written into: absent, empty, or an earlier report (only the four
 * files and the repro scripts). Anything else would be swapped out and deleted with it; the message says why and what to do.
 */
export function reportDirProblem(dir: string): string | null {
  let entries: string[];
  try {
    // A link (reports/latest) cannot be swapped for a directory: name the directory itself.
    if (lstatSync(dir).isSymbolicLink()) return `${dir} is a symbolic link; name a new directory, or the one it points at`;
    if (!statSync(dir).isDirectory()) return `${dir} is a file; name a directory`;
    entries = readdirSync(dir);
  } catch {
    return null; // absent: it will be created
  }
  const foreign = entries.filter((e) => !(reportFileNames as readonly string[]).includes(e) && e !== reproFolder);
  return foreign.length === 0 ? null : `${dir} holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', ...' : ''}) that replacing it would delete; name a new or empty directory`;
}

/** Where each finding's runnable script goes, inside the report folder. */
export const reproFolder = 'repro';

export async function writeReports(report: RunReport, dir: string, options: WriteReportsOptions = {}): Promise<{ files: string[] }> {
  const problem = reportDirProblem(dir);
  if (problem) throw new Error(problem);
  const target = resolve(dir);
  const parent = dirname(target);
  const safe = redactSecrets(report);
  const renderers = { ...reportRenderers, ...options.renderers };

  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(target)}.partial-`));
  try {
    // Render and write one file at a time: a renderer failing late still leaves earlier files
    // behind in the temp dir, which the catch removes.
    for (const name of reportFileNames) {
      await writeFile(join(temp, name), renderers[name](safe), { encoding: 'utf8', flush: true });
    }
    // A script per finding that a real account can run: repro/<id>.sh.
    if (safe.divergences.length > 0) {
      await mkdir(join(temp, reproFolder));
      const cli = safe.settings.endpoint ? { endpointUrl: safe.settings.endpoint } : {};
      for (const d of safe.divergences) await writeFile(join(temp, reproFolder, `${d.id}.sh`), reproScript(d, cli), { encoding: 'utf8', mode: 0o755, flush: true });
    }
    await moveIntoPlace(temp, target);
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }

  if (options.latestLink ?? isDefaultReportDir(target)) await pointLatestAt(target);
  return { files: reportFileNames.map((name) => join(target, name)) };
}

/** rename(2) replaces an empty directory; an existing report is swapped out and removed after. */
async function moveIntoPlace(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target);
    return;
  } catch (err) {
    if (!isErrno(err, 'ENOTEMPTY') && !isErrno(err, 'EEXIST')) throw err;
  }
  const old = `${join(dirname(target), `.${basename(target)}.replaced-`)}${randomBytes(4).toString('hex')}`;
  await rename(target, old);
  try {
    await rename(temp, target);
  } catch (err) {
    await rename(old, target);
    throw err;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Points `<parent>/latest` at `target` (relative, so the reports dir can be moved or archived) by
 * renaming a fresh symlink over it, which readers never see half-done. A run that finishes after a
 * newer one started (parallel shards, reruns) leaves the link on the newer report.
 */
async function pointLatestAt(target: string): Promise<void> {
  const parent = dirname(target);
  const link = join(parent, latestLinkName);
  const name = basename(target);
  const current = await readlink(link).catch(() => undefined);
  if (current !== undefined) {
    const currentName = basename(current);
    const newer = reportTimestamp.test(currentName) && reportTimestamp.test(name) && currentName > name;
    if (newer && (await stat(resolve(parent, current)).then(() => true, () => false))) return;
  }
  const tempLink = join(parent, `.${latestLinkName}.${process.pid}-${randomBytes(4).toString('hex')}`);
  await symlink(name, tempLink, 'dir');
  try {
    await rename(tempLink, link);
  } catch (err) {
    await rm(tempLink, { force: true });
    throw new Error(`Report written to ${target}, but ${link} could not be pointed at it: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const isErrno = (err: unknown, code: string): boolean => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
