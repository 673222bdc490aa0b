/** Why a certificate could not be issued: the erasure must fail (FAILED, no certificate). */
export const DELETION_CERTIFICATE_ERROR_CODES = [
  'ERASURE_INCOMPLETE',
  'CUSTOMER_NOT_FOUND',
  'STAFF_NOT_FOUND',
] as const;
export type DeletionCertificateErrorCode = (typeof DELETION_CERTIFICATE_ERROR_CODES)[number];

/** Thrown inside the erasure's transaction, which it rolls back. */
export class DeletionCertificateError extends Error {
  constructor(
    readonly code: DeletionCertificateErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeletionCertificateError';
  }
}
