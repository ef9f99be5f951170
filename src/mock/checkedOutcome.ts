/**
 * Runs an implementation and vouches for its answer: a throw or a malformed Outcome becomes a 500
 * InternalFailure whose message names the problem, instead of a crash of the mock. The same request
 * fails the same way on every retry, so targets report that 500 as the operation's answer (a
 * divergence), not as an unreachable mock.
 */
import { noAnswerErrorName, type Outcome } from '../contract.js';
import { internalFailure } from './wireErrors.js';

/** How long an implementation may take to answer before the mock answers for it (504 NoAnswer). */
export const defaultAnswerTimeoutMs = 10_000;

/**
 * The implementation's answer, or a 504 NoAnswer once `timeoutMs` passed without one: a promise that
 * never settles becomes a finding (and the timer keeps Node's loop alive, so the run cannot just end).
 */
function withTimeLimit<T>(operation: string, answer: Promise<T>, timeoutMs: number): Promise<T | Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: { name: noAnswerErrorName, status: 504, message: `the implementation gave no answer to ${operation} in ${timeoutMs / 1000} s` } }), timeoutMs);
  });
  return Promise.race([answer, silence]).finally(() => clearTimeout(timer));
}

export async function checkedOutcome(operation: string, run: () => Outcome | Promise<Outcome>, timeoutMs = defaultAnswerTimeoutMs): Promise<Outcome> {
  let answer: unknown;
  try {
    answer = await withTimeLimit(operation, Promise.resolve().then(run), timeoutMs);
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, error: internalFailure(`implementation threw in ${operation}: ${detail}`) };
  }
  const problem = outcomeProblem(answer);
  return problem === null
    ? (answer as Outcome)
    : { ok: false, error: internalFailure(`implementation returned an invalid Outcome from ${operation}: ${problem}`) };
}

/** What is wrong with a would-be Outcome, or null when it is well formed. */
export function outcomeProblem(answer: unknown): string | null {
  if (!isRecord(answer)) return `expected an object, got ${describe(answer)}`;
  if (answer.ok === true) {
    if (!isStatus(answer.status, 200, 299)) return `status must be an integer 200-299 on success, got ${describe(answer.status)}`;
    if (!isRecord(answer.value)) return `value must be an Integration object, got ${describe(answer.value)}`;
    return null;
  }
  if (answer.ok === false) {
    const e = answer.error;
    if (!isRecord(e)) return `error must be an object, got ${describe(e)}`;
    if (typeof e.name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(e.name)) return `error.name must be an exception name, got ${describe(e.name)}`;
    if (!isStatus(e.status, 400, 599)) return `error.status must be an integer 400-599, got ${describe(e.status)}`;
    if (typeof e.message !== 'string') return `error.message must be a string, got ${describe(e.message)}`;
    return null;
  }
  return `ok must be true or false, got ${describe(answer.ok)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStatus(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
