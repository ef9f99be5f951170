/** Error rules a declaration writes in one line: the exception, the text, and how we know it. */
import type { ExceptionName } from '../engine/apiError.js';
import type { Evidence } from '../provenance.js';
import { defineErrorRule, type ErrorRule } from '../rules/defineRule.js';

type Sourced = readonly [Evidence, string];

/** A lookup that finds nothing: 404 with a fixed text. */
export function notFoundRule(id: string, summary: string, text: string, sourced: Sourced): ErrorRule<[]> {
  return errorRule(id, summary, 'NotFoundException', () => text, sourced);
}

export function badRequestRule<A extends unknown[]>(id: string, summary: string, message: (...a: A) => string, sourced: Sourced, textInferred = false): ErrorRule<A> {
  return errorRule(id, summary, 'BadRequestException', message, sourced, textInferred);
}

export function errorRule<A extends unknown[]>(id: string, summary: string, exception: ExceptionName, message: (...a: A) => string, [evidence, source]: Sourced, textInferred = false): ErrorRule<A> {
  return defineErrorRule({ id, summary, exception, message }, evidence, source, { textInferred });
}
