import type { EntityManager } from 'typeorm';
import {
  completeErasedCounts,
  deletionCertificateContent,
  formatCertificateNumber,
  jstCalendarDate,
} from '@kizuna/domain';
import { recordAudit } from '../audit/audit.service';
import { certificateDigest } from './certificate-digest';
import { DeletionCertificateError } from './deletion-certificate.errors';

/** The next number of the JST year: the counter row stays locked until the caller commits. */
async function nextCertificateNumber(m: EntityManager, issuedAt: Date): Promise<string> {
  const year = jstCalendarDate(issuedAt).year;
  const [row]: { seq: number }[] = await m.query(
    `INSERT INTO deletion_certificate_counter AS c (year, last_seq) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_seq = c.last_seq + 1
     RETURNING last_seq AS seq`,
    [year],
  );
  return formatCertificateNumber(year, row!.seq);
}

/** Display names of the maker and the checker, as they are at issuance. */
async function staffNames(m: EntityManager, makerId: string, checkerId: string | null) {
  const ids = checkerId ? [makerId, checkerId] : [makerId];
  const rows: { id: string; name: string }[] = await m.query(
    `SELECT id, display_name AS name FROM staff_user WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const name = (id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new DeletionCertificateError('STAFF_NOT_FOUND', `staff ${id} not found`);
    return found.name;
  };
  return { maker: name(makerId), checker: checkerId ? name(checkerId) : null };
}

/**
 * Issue the deletion certificate of a completed erasure, inside the erasure's transaction (the
 * caller's `m`): numbered in the JST year of `erasedAt`, which is also its issue time. Throws a
 * DeletionCertificateError, storing nothing, unless every category of ERASURE_CATEGORIES is
 * counted: the caller's rollback then leaves the request FAILED and no certificate.
 */
export async function issueDeletionCertificate(
  m: EntityManager,
  input: {
    customerId: string;
    requestId: string;
    erased: { category: string; count: number }[];
    makerId: string;
    checkerId: string | null;
    requestedAt: Date;
    approvedAt: Date;
    erasedAt: Date;
  },
): Promise<{ number: string }> {
  const erased = completeErasedCounts(input.erased);
  if (!erased.ok) throw new DeletionCertificateError('ERASURE_INCOMPLETE', erased.error.join('; '));
  const [company]: { name: string; corporateNumber: string | null }[] = await m.query(
    `SELECT name, corporate_number AS "corporateNumber" FROM customer WHERE id = $1`,
    [input.customerId],
  );
  if (!company)
    throw new DeletionCertificateError('CUSTOMER_NOT_FOUND', `customer ${input.customerId}`);
  const staff = await staffNames(m, input.makerId, input.checkerId);
  const number = await nextCertificateNumber(m, input.erasedAt);
  const content = deletionCertificateContent({
    ...input,
    ...staff,
    number,
    company,
    erased: erased.value,
  });
  const digest = certificateDigest(content);
  await m.query(
    `INSERT INTO deletion_certificate (number, customer_id, request_id, content, digest, issued_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
    [number, input.customerId, input.requestId, JSON.stringify(content), digest, input.erasedAt],
  );
  // Counts and the digest only: the certificate names staff, the audit trail needs no more.
  await recordAudit(m, {
    actor: null,
    requestId: null,
    action: 'deletionCertificate.issued',
    entityType: 'Customer',
    entityId: input.customerId,
    before: null,
    after: {
      provisioningRequestId: input.requestId,
      number,
      digest,
      erased: erased.value,
    },
  });
  return { number };
}
