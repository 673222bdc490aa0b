import type { DataSource } from 'typeorm';
import { endOfMonthCancellationDate, isoDateJst, type Clock, type StaffRole } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { permissionsOfRoles } from '../auth/permissions';
import { recordNearMiss } from '../near-misses/near-miss.service';
import { approveRequest } from '../provisioning/provisioning-check.service';
import { submitRequest } from '../provisioning/provisioning-draft.service';

export async function staffActor(dataSource: DataSource, email: string): Promise<Actor> {
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
 * Demo double-check traffic through the real services: conversions applied today and scheduled
 * for later, requests waiting for a check, returned ones (with their automatic near-misses), an
 * end-of-month cancellation, and a few hand-recorded cases.
 */
export async function seedDemoProvisioning(dataSource: DataSource, clock: Clock): Promise<void> {
  const now = clock.now();
  const [operator1, operator2, checker1, checker2] = await Promise.all(
    ['operator1', 'operator2', 'checker1', 'checker2'].map((n) =>
      staffActor(dataSource, `${n}@kizuna.example`),
    ),
  );
  const trials: { id: string }[] = await dataSource.query(
    `SELECT id FROM customer WHERE stage = 'TRIAL' AND trial_ends_at > $1 ORDER BY trial_ends_at, id LIMIT 12`,
    [now],
  );
  const today = isoDateJst(now);
  const later = isoDateJst(new Date(now.getTime() + 10 * 86_400_000));
  const plans = ['BASIC', 'STANDARD', 'PREMIUM'];
  for (const [i, customer] of trials.entries()) {
    const maker = i % 2 === 0 ? operator1! : operator2!;
    const checker = i % 3 === 0 ? checker2! : checker1!;
    const planCode = plans[i % 3]!;
    const optionCodes =
      i % 4 === 0
        ? ['MFA_PASSWORD', 'MFA_FINGERPRINT', 'STORAGE_200GB']
        : ['MFA_PASSWORD', 'MFA_TOTP'];
    // Half of the approved conversions apply today, the others wait for their date (SCHEDULED).
    const effectiveDate = i % 8 === 0 ? later : today;
    const submitted = await submitRequest(
      dataSource,
      maker,
      'demo-seed',
      'CONVERSION',
      customer.id,
      { planCode, optionCodes, effectiveDate },
      clock,
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
        clock,
      );
    } else if (stage === 2) {
      const wrong =
        i % 3 === 0
          ? { planCode: 'PREMIUM', optionCodes, effectiveDate }
          : { planCode, optionCodes: ['MFA_PASSWORD'], effectiveDate };
      await approveRequest(dataSource, checker, submitted.requestId, 1, wrong, 'demo-seed', clock);
    }
  }
  await scheduleDemoCancellation(dataSource, clock, operator2!, checker1!);
  await recordNearMiss(
    dataSource,
    checker1!,
    'demo-seed',
    {
      kind: 'NEAR_MISS',
      description: '解約申請の効力発生日を月末と取り違えそうになった',
      customerId: null,
      requestId: null,
      fields: ['effectiveDate'],
      causeCategory: 'MISREAD_REQUEST',
      countermeasure: '申請画面で効力発生日を曜日付きで表示する',
      occurredAt: new Date(now.getTime() - 9 * 86_400_000).toISOString(),
    },
    now,
  );
  await recordNearMiss(
    dataSource,
    operator1!,
    'demo-seed',
    {
      kind: 'INCIDENT',
      description: 'ストレージ 200GB のつもりが 2TB で有効化され、翌日お客様からの問い合わせで判明',
      customerId: null,
      requestId: null,
      fields: ['optionCodes'],
      causeCategory: 'CATALOG_CONFUSION',
      countermeasure: null,
      occurredAt: new Date(now.getTime() - 16 * 86_400_000).toISOString(),
    },
    now,
  );
}

/** One active customer leaving at the end of the month (「月末で解約」), approved and scheduled. */
async function scheduleDemoCancellation(
  dataSource: DataSource,
  clock: Clock,
  maker: Actor,
  checker: Actor,
): Promise<void> {
  const [active]: { id: string }[] = await dataSource.query(
    `SELECT id FROM customer WHERE stage = 'ACTIVE' ORDER BY created_at, id LIMIT 1`,
  );
  if (!active) return;
  const effectiveDate = endOfMonthCancellationDate(clock.now());
  const submitted = await submitRequest(
    dataSource,
    maker,
    'demo-seed',
    'CANCELLATION',
    active.id,
    { effectiveDate, churnReason: 'MOVED_TO_COMPETITOR' },
    clock,
  );
  if (!submitted.ok) return;
  await approveRequest(
    dataSource,
    checker,
    submitted.requestId,
    1,
    { effectiveDate },
    'demo-seed',
    clock,
  );
}
