import { ERASURE_CATEGORIES, ManualClock, type DeletionCertificateContent } from '@kizuna/domain';
import { certificateDigest } from '../src/features/certificates/certificate-digest';
import { DeletionCertificateError } from '../src/features/certificates/deletion-certificate.errors';
import { issueDeletionCertificate } from '../src/features/certificates/deletion-certificate.service';
import { parseGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { draftConversion } from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

const CERTIFICATE_FIELDS = `number company { name corporateNumber } erased { category label count }
  kept { category label basis } method requestedAt approvedAt erasedAt maker checker digest`;
const CERTIFICATE = `query ($number: String!) { deletionCertificate(number: $number) { ${CERTIFICATE_FIELDS} } }`;
const CUSTOMER_CERTIFICATE = `query ($id: ID!) { customer(id: $id) { deletionCertificate { number digest } } }`;
const VERIFY = `query ($number: String!, $digest: String!) { verifyDeletionCertificate(number: $number, digest: $digest) }`;

const clock = new ManualClock('2027-06-01T10:00:00+09:00');
let server: TestServer;
let operator: string;
let staff: { maker: string; checker: string };

beforeAll(async () => {
  server = await startTestServer({ clock });
  operator = await server.loginAs('operator1@kizuna.example');
  const rows: { email: string; id: string }[] = await server.db.dataSource.query(
    `SELECT email, id FROM staff_user WHERE email IN ('operator1@kizuna.example', 'checker1@kizuna.example')`,
  );
  const id = (email: string) => rows.find((r) => r.email === email)!.id;
  staff = { maker: id('operator1@kizuna.example'), checker: id('checker1@kizuna.example') };
});

afterAll(() => server.close());

const everyCategory = () => ERASURE_CATEGORIES.map((category, i) => ({ category, count: i + 2 }));

/** A customer with an open request, as the erasure would have: their database ids. */
async function customerWithRequest() {
  const customer = await createTrialCustomer(server);
  const request = await draftConversion(server, customer.id);
  return {
    customer,
    customerId: parseGlobalId(customer.id, 'Customer')!,
    requestId: parseGlobalId(request.id, 'ProvisioningRequest')!,
  };
}

/** Issue as the erasure does at its end, in a transaction, erased "now" on the test clock. */
async function issue(
  ids: { customerId: string; requestId: string },
  erased: { category: string; count: number }[] = everyCategory(),
) {
  return server.db.dataSource.transaction((m) =>
    issueDeletionCertificate(m, {
      ...ids,
      erased,
      makerId: staff.maker,
      checkerId: staff.checker,
      requestedAt: new Date('2027-05-01T09:00:00+09:00'),
      approvedAt: new Date('2027-05-02T14:30:00+09:00'),
      erasedAt: clock.now(),
    }),
  );
}

async function stored(number: string) {
  const rows: { content: DeletionCertificateContent; digest: string }[] =
    await server.db.dataSource.query(
      `SELECT content, digest FROM deletion_certificate WHERE number = $1`,
      [number],
    );
  return rows[0];
}

describe('deletion certificate', () => {
  it('states the company, what was erased and kept, who and when, in the caller’s language', async () => {
    clock.set('2027-06-01T10:00:00+09:00');
    const { customer, customerId, requestId } = await customerWithRequest();
    const { number } = await issue({ customerId, requestId });
    expect(number).toMatch(/^KZ-DC-2027-\d{6}$/);

    const ja = await server.gql(CERTIFICATE, { number }, { token: operator });
    expect(ja.errors).toBeUndefined();
    const certificate = ja.data?.deletionCertificate;
    expect(certificate).toMatchObject({
      number,
      company: { name: customer.name, corporateNumber: customer.corporateNumber },
      erased: ERASURE_CATEGORIES.map((category, i) => ({ category, count: i + 2 })),
      method: '個人データの削除（データベースから行を削除、自由記述は消去済みの表示に置換）',
      requestedAt: '2027-05-01T00:00:00.000Z',
      approvedAt: '2027-05-02T05:30:00.000Z',
      erasedAt: '2027-06-01T01:00:00.000Z',
      maker: '佐藤 一郎 (operator1)',
      checker: '高橋 三奈 (checker1)',
    });
    expect(certificate.erased[0].label).toBe('担当者情報');
    expect(certificate.kept).toEqual([
      expect.objectContaining({ category: 'contractRecords', label: '契約・請求記録' }),
      expect.objectContaining({ category: 'companyRecord' }),
      expect.objectContaining({ category: 'surveyScores', label: 'アンケートのスコア' }),
    ]);
    expect(certificate.kept[0].basis).toContain('帳簿書類の保存義務');

    const en = await server.gql(
      CERTIFICATE,
      { number },
      { token: operator, headers: { 'accept-language': 'en' } },
    );
    expect(en.data?.deletionCertificate.kept[0].label).toBe('Contract and billing records');
    expect(en.data?.deletionCertificate.method).toMatch(/^Deletion of personal data/);
    expect(en.data?.deletionCertificate.digest).toBe(certificate.digest);

    // The digest is SHA-256 over the canonical form of what is stored, times in JST.
    const row = await stored(number);
    expect(row!.content.erasedAt).toBe('2027-06-01T10:00:00+09:00');
    expect(certificateDigest(row!.content)).toBe(row!.digest);
    expect(certificate.digest).toBe(row!.digest);

    const viaCustomer = await server.gql(
      CUSTOMER_CERTIFICATE,
      { id: customer.id },
      { token: operator },
    );
    expect(viaCustomer.data?.customer.deletionCertificate).toEqual({
      number,
      digest: row!.digest,
    });

    // Recorded in the audit trail by number, counts and digest.
    const [event] = await server.db.dataSource.query(
      `SELECT entity_id AS "entityId", after FROM audit_event WHERE action = 'deletionCertificate.issued' AND after->>'number' = $1`,
      [number],
    );
    expect(event.entityId).toBe(customerId);
    expect(event.after).toMatchObject({
      number,
      digest: row!.digest,
      provisioningRequestId: requestId,
    });
  });

  it('is null for a customer not erased, and unknown numbers are null', async () => {
    const customer = await createTrialCustomer(server);
    const res = await server.gql(CUSTOMER_CERTIFICATE, { id: customer.id }, { token: operator });
    expect(res.data?.customer.deletionCertificate).toBeNull();
    const none = await server.gql(
      CERTIFICATE,
      { number: 'KZ-DC-1999-000001' },
      { token: operator },
    );
    expect(none.data?.deletionCertificate).toBeNull();
  });

  it('is read by staff only, but verified by anyone holding a copy, signed in or not', async () => {
    clock.set('2027-06-02T10:00:00+09:00');
    const { number } = await issue(await customerWithRequest());
    const { digest } = (await stored(number))!;

    const anonymousRead = await server.gql(CERTIFICATE, { number });
    expect(anonymousRead.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const verify = async (n: string, d: string, token?: string) =>
      (await server.gql(VERIFY, { number: n, digest: d }, { token })).data
        ?.verifyDeletionCertificate;
    expect(await verify(number, digest)).toBe(true);
    expect(await verify(number, digest.toUpperCase(), operator)).toBe(true);
    const tampered = `${digest.slice(0, -1)}${digest.endsWith('0') ? '1' : '0'}`;
    expect(await verify(number, tampered)).toBe(false);
    expect(await verify(number, 'not a digest')).toBe(false);
    expect(await verify('KZ-DC-1999-000001', digest)).toBe(false);
  });

  it('no longer verifies once its stored content was altered', async () => {
    clock.set('2027-06-03T10:00:00+09:00');
    const { number } = await issue(await customerWithRequest());
    const { digest } = (await stored(number))!;
    // Someone with full database access rewrites a count and leaves the digest as it was.
    await server.db.asOwner((c) =>
      c.query(
        `UPDATE deletion_certificate SET content = jsonb_set(content, '{erased,0,count}', '0')
          WHERE number = $1`,
        [number],
      ),
    );
    const res = await server.gql(VERIFY, { number, digest });
    expect(res.data?.verifyDeletionCertificate).toBe(false);
  });

  it('numbers certificates one by one within a JST year and starts again at 1 in the next', async () => {
    const numberAt = async (instant: string) => {
      clock.set(instant);
      return (await issue(await customerWithRequest())).number;
    };
    expect(await numberAt('2031-01-01T00:00:00+09:00')).toBe('KZ-DC-2031-000001');
    expect(await numberAt('2031-07-01T12:00:00+09:00')).toBe('KZ-DC-2031-000002');
    // 23:59 on New Year's Eve in Tokyo is still 2031, though already 2031-12-31T14:59Z.
    expect(await numberAt('2031-12-31T23:59:59+09:00')).toBe('KZ-DC-2031-000003');
    // 00:00 on 1 January in Tokyo is 2032, though still 2031 in UTC.
    expect(await numberAt('2032-01-01T00:00:00+09:00')).toBe('KZ-DC-2032-000001');
    expect(await numberAt('2032-01-01T00:00:01+09:00')).toBe('KZ-DC-2032-000002');
  });

  it.each([
    ['a category is missing', everyCategory().filter((e) => e.category !== 'sessions')],
    ['no category is counted', []],
    [
      'a count is not an integer',
      [...everyCategory().slice(1), { category: 'contacts', count: 0.5 }],
    ],
  ])('is not issued when %s: it throws and nothing is stored', async (_case, erased) => {
    clock.set('2033-03-01T10:00:00+09:00');
    const ids = await customerWithRequest();
    const failure = await issue(ids, erased).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeletionCertificateError);
    expect((failure as DeletionCertificateError).code).toBe('ERASURE_INCOMPLETE');
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM deletion_certificate WHERE customer_id = $1`,
      [ids.customerId],
    );
    expect(count).toBe(0);
    // No number was used up either: 2033's numbering is untouched.
    const counters = await server.db.dataSource.query(
      `SELECT last_seq FROM deletion_certificate_counter WHERE year = 2033`,
    );
    expect(counters).toEqual([]);
  });

  it('is issued at most once per customer', async () => {
    clock.set('2027-06-04T10:00:00+09:00');
    const ids = await customerWithRequest();
    await issue(ids);
    await expect(issue(ids)).rejects.toThrow(/duplicate key/);
  });
});
