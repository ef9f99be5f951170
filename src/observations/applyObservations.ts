/**
 * Observations decide: every observed rule becomes evidence `aws-observed` with the observation as its
 * source (its text authoritative), and where the target contradicted an error rule, the rule answers as
 * observed from then on (exception, status, and the text, generalised over the rule's arguments) for
 * every case it decides. Later files win. Rules are the engine's own objects: this changes them for
 * the whole process, which is what `--observations` asks for.
 */
import type { ErrorRule, Rule } from '../rules/defineRule.js';
import type { ExceptionName } from '../engine/apiError.js';
import { ruleCatalogue } from '../rules/ruleCatalogue.js';
import { messageTemplate } from './messageTemplate.js';
import type { ObservationsFile } from './observationsFile.js';

export interface ObservationsApplied {
  files: string[];
  confirmed: string[];
  /** Rules the shipped reference had wrong, now answering as observed (or, for a rule that decides a value, only re-sourced). */
  contradicted: string[];
}

export const knownRuleId = (id: string): boolean => ruleCatalogue.some((r) => r.id === id);

const isErrorRule = (r: Rule): r is ErrorRule => typeof (r as ErrorRule).message === 'function' && typeof (r as ErrorRule).exception === 'string';

export function applyObservations(files: ReadonlyArray<{ file: string; content: ObservationsFile }>): ObservationsApplied {
  const latest = new Map<string, { file: string; content: ObservationsFile; o: ObservationsFile['observations'][number] }>();
  for (const f of files) for (const o of f.content.observations) latest.set(o.rule, { ...f, o });
  const out: ObservationsApplied = { files: files.map((f) => f.file), confirmed: [], contradicted: [] };
  for (const [id, { file, content, o }] of latest) {
    for (const rule of ruleCatalogue.filter((r) => r.id === id)) {
      const answer = o.observed.ok ? `${o.observed.status}` : `${o.observed.error.status} ${o.observed.error.name}: ${o.observed.error.message}`;
      rule.provenance = { evidence: 'aws-observed', source: `${file}: ${content.target.label}, ${content.date.slice(0, 10)}: ${o.request.operation} answered ${answer}` };
      if (o.verdict === 'contradicted' && !o.observed.ok && isErrorRule(rule)) {
        rule.exception = o.observed.error.name as ExceptionName;
        rule.status = o.observed.error.status;
        rule.message = messageTemplate(o.observed.error.message, o.args);
      }
    }
    (o.verdict === 'confirmed' ? out.confirmed : out.contradicted).push(id);
  }
  return out;
}
