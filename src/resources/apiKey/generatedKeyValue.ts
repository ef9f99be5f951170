/**
 * The value CreateApiKey generates when none (or "") is sent: 40 letters and digits. The member is
 * `assigned`, so cases take the target's; this one only has to be well-formed and distinct within a
 * run, so a later create that sends it conflicts as AWS's would.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let made = 0;

export const generatedKeyLength = 40;

export function generatedKeyValue(): string {
  // A counter through a multiplicative hash: deterministic per process, no two alike.
  let x = (++made * 2654435761) >>> 0;
  let out = '';
  for (let n = 0; n < generatedKeyLength; n++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + n + made) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
