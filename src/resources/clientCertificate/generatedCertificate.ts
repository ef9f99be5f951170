/**
 * What GenerateClientCertificate makes up besides its id: the PEM of a self-signed certificate and its
 * validity. The mock has no key pair to sign with, so the PEM is a well-formed envelope around bytes
 * derived from a seed: cases never compare it (the member is `assigned`), clients only read it as text.
 */

/** API Gateway's client certificates are valid for 365 days (developer guide, "Generate and configure an SSL certificate for backend authentication"). */
export const certificateValiditySeconds = 365 * 24 * 60 * 60;

/** A PEM block whose body is derived from the id, wrapped at 64 characters as PEM is. */
export function pemFor(seed: string): string {
  const body = Buffer.from(`API Gateway client certificate ${seed} `.repeat(12)).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----'].join('\n');
}
