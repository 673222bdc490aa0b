import type { DataSource } from 'typeorm';
import { isoDateJst, type StaffRole } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { permissionsOfRoles } from '../auth/permissions';
import { recordNearMiss } from '../near-misses/near-miss.service';
import { approveRequest } from '../provisioning/provisioning-check.service';
import { submitRequest } from '../provisioning/provisioning-draft.service';

async function staffActor(dataSource: DataSource, email: string): Promise<Actor> {
  const [row]: { id: string; display_name: string; roles: StaffRole[] }[] = await dataSource.query(
    `SELECT id, display_name, roles FROM staff_user WHERE email = $1`,
    [email],
  );
  if (!row) throw new Error(`demo staff ${email} missing`);
  return {
    kind: 'STAFF',
    id: row.id,
    displayName: row.display_name,
    roles: row.roles,
    permissions: permissionsOfRoles(row.roles),
  };
}

/**
 * Demo double-check traffic through the real services: applied conversions, requests waiting
 * for a check, returned ones (with their automatic near-misses) and a few hand-recorded cases.
 */
export async function seedDemoProvisioning(dataSource: DataSource): Promise<void> {
  const [operator1, operator2, checker1, checker2] = await Promise.all(
    ['operator1', 'operator2', 'checker1', 'checker2'].map((n) =>
      staffActor(dataSource, `${n}@kizuna.example`),
    ),
  );
  const trials: { id: string }[] = await dataSource.query(
    `SELECT id FROM customer WHERE stage = 'TRIAL' AND trial_ends_at > now() ORDER BY trial_ends_at, id LIMIT 12`,
  );
  const effectiveDate = isoDateJst(new Date(Date.now() + 86_400_000));
  const plans = ['BASIC', 'STANDARD', 'PREMIUM'];
  for (const [i, customer] of trials.entries()) {
    const maker = i % 2 === 0 ? operator1! : operator2!;
    const checker = i % 3 === 0 ? checker2! : checker1!;
    const planCode = plans[i % 3]!;
    const optionCodes =
      i % 4 === 0
        ? ['MFA_PASSWORD', 'MFA_FINGERPRINT', 'STORAGE_200GB']
        : ['MFA_PASSWORD', 'MFA_TOTP'];
    const submitted = await submitRequest(
      dataSource,
      maker,
      'demo-seed',
      'CONVERSION',
      customer.id,
      { planCode, optionCodes, effectiveDate },
    );
    if (!submitted.ok) continue;
    const stage = i % 4; // 0: applied, 1: pending, 2: returned after a mismatch, 3: pending
    if (stage === 0) {
      await approveRequest(
        dataSource,
        checker,
        submitted.requestId,
        1,
        { planCode, optionCodes, effectiveDate },
        'demo-seed',
      );
    } else if (stage === 2) {
      const wrong =
        i % 3 === 0
          ? { planCode: 'PREMIUM', optionCodes, effectiveDate }
          : { planCode, optionCodes: ['MFA_PASSWORD'], effectiveDate };
      await approveRequest(dataSource, checker, submitted.requestId, 1, wrong, 'demo-seed');
    }
  }
  await recordNearMiss(dataSource, checker1!, 'demo-seed', {
    kind: 'NEAR_MISS',
    description: '解約申請の効力発生日を月末と取り違えそうになった',
    customerId: null,
    requestId: null,
    fields: ['effectiveDate'],
    causeCategory: 'MISREAD_REQUEST',
    countermeasure: '申請画面で効力発生日を曜日付きで表示する',
    occurredAt: new Date(Date.now() - 9 * 86_400_000).toISOString(),
  });
  await recordNearMiss(dataSource, operator1!, 'demo-seed', {
    kind: 'INCIDENT',
    description: 'ストレージ 200GB のつもりが 2TB で有効化され、翌日お客様からの問い合わせで判明',
    customerId: null,
    requestId: null,
    fields: ['optionCodes'],
    causeCategory: 'CATALOG_CONFUSION',
    countermeasure: null,
    occurredAt: new Date(Date.now() - 16 * 86_400_000).toISOString(),
  });
}
