/**
 * POSIX shell quoting for commands printed into reports, so a reader can paste them into sh/bash/zsh.
 * Words made only of safe characters stay bare; anything else is single-quoted, with each `'`
 * written as `'\''` (close, escaped quote, reopen) since nothing can be escaped inside single quotes.
 */
const bareWord = /^[A-Za-z0-9_\-.,:/@%+=]+$/;

export function shellQuote(word: string): string {
  if (bareWord.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
