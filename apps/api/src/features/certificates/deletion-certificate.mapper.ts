import { localizeCertificate, type Locale } from '@kizuna/domain';
import type { DeletionCertificateRow } from './deletion-certificate.queries';
import type { DeletionCertificateType } from './deletion-certificate.type';

/** A stored certificate as the caller reads it, labels in the caller's language. */
export function toDeletionCertificateType(
  row: DeletionCertificateRow,
  locale: Locale,
): DeletionCertificateType {
  return { ...localizeCertificate(row.content, locale), digest: row.digest };
}
