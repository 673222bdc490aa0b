import { createHash, timingSafeEqual } from 'node:crypto';
import { canonicalCertificate, type DeletionCertificateContent } from '@kizuna/domain';

// The digest is computed here, not in @kizuna/domain: the domain stays free of node:crypto
// because the admin console imports it in the browser.

/** SHA-256 (lower-case hex) over the certificate's canonical form. */
export function certificateDigest(content: DeletionCertificateContent): string {
  return createHash('sha256').update(canonicalCertificate(content), 'utf8').digest('hex');
}

/** Do two hex digests name the same bytes (case and surrounding spaces ignored)? */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a.trim().toLowerCase(), 'utf8');
  const y = Buffer.from(b.trim().toLowerCase(), 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
