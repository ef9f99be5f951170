/**
 * Escaping for GitHub-flavoured Markdown, where raw HTML renders: text is entity-escaped and
 * Markdown punctuation is backslash-escaped; code spans and fences pick a backtick run longer
 * than any inside the content, so content cannot close them.
 */
export function markdownText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

const longestBacktickRun = (s: string): number => Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));

/** Inline code on one line. In a table cell `|` must be escaped even inside code (GFM splits cells first). */
export function markdownCode(s: string, opts: { inTable?: boolean } = {}): string {
  const fence = '`'.repeat(longestBacktickRun(s) + 1);
  const oneLine = s.replace(/\r?\n/g, ' ');
  const body = opts.inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export function markdownFence(s: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(s) + 1));
  return `${fence}${lang}\n${s}\n${fence}`;
}
