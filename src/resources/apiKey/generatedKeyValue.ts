/**
 * The value CreateApiKey generates when none (or "") is sent: 40 letters and digits. The member is
 * `assigned`, so cases take the target's; this one only has to be well-formed and distinct from the
 * account's other keys, so a later create that sends it conflicts as AWS's would. Derived from the
 * world it is made in (state in, value out), not from a counter.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const generatedKeyLength = 40;

/** A value none of `taken` has, from a seed (the time and what the account holds). */
export function generatedKeyValue(seed: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    let x = 0x811c9dc5;
    for (const ch of `${seed}#${attempt}`) x = Math.imul(x ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    let out = '';
    for (let n = 0; n < generatedKeyLength; n++) {
      x = (Math.imul(x ^ (x >>> 15), 2246822519) + n) >>> 0;
      out += alphabet[x % alphabet.length];
    }
    if (!taken.has(out)) return out;
  }
}
