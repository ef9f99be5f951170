/**
 * Escaping for XML 1.0 text and attributes. XML 1.0 cannot carry most C0 control characters at all,
 * not even as character references, so they are written as visible `\uXXXX`; lone surrogates too.
 */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function xmlText(s: string): string {
  return s
    .replace(forbidden, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values also keep tabs and line breaks, which attribute normalisation would flatten. */
export function xmlAttribute(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
