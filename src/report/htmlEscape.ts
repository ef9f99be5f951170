/** Escaping for HTML text and attribute values; control characters become visible `\uXXXX`. */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function htmlEscape(s: string): string {
  return s
    .replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
