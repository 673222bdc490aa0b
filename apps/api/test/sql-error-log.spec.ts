import { Writable } from 'node:stream';
import { DataSource, QueryFailedError } from 'typeorm';
import { SqlLogger } from '../src/db/sql-logger';
import { createLogger } from '../src/observability/logger';
import { redactDetail, serializeError } from '../src/observability/safe-error';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

// Values a failed statement about a person could carry; none may reach a log line.
const PERSON = {
  familyName: '雲母坂',
  givenName: '紗希子',
  email: 'sakiko.kirarazaka@example.co.jp',
  phone: '090-4321-8765',
};

let db: TestDatabase;
let source: DataSource;
const lines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 2 });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  // The application's own logger configuration, writing where the test can read it.
  source = new DataSource({
    type: 'postgres',
    url: db.url,
    logger: new SqlLogger(createLogger(stream, 'info')),
  });
  await source.initialize();
});
afterAll(async () => {
  await source?.destroy();
  await db?.drop();
});

/** Run a statement that fails; return what was logged for it and the error thrown. */
async function failing(sql: string, parameters: unknown[]) {
  lines.length = 0;
  const error: unknown = await source.query(sql, parameters).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QueryFailedError);
  expect(lines).toHaveLength(1);
  return { logged: lines[0]!, error: error as QueryFailedError & { code: string } };
}

function expectNoPersonalValue(text: string) {
  for (const value of Object.values(PERSON)) expect(text).not.toContain(value);
}

describe('failed statements are logged without personal data', () => {
  it('a duplicate key keeps the column and the constraint, not the value', async () => {
    const insert = `INSERT INTO staff_user (email, display_name, password_hash, roles)
                    VALUES ($1, $2, 'x', ARRAY['OPERATOR'])`;
    await source.query(insert, [PERSON.email, PERSON.familyName]);
    const { logged, error } = await failing(insert, [PERSON.email, PERSON.familyName]);
    // What PostgreSQL said holds the email: the thing being kept out of the log.
    expect((error as unknown as { detail: string }).detail).toContain(PERSON.email);
    expectNoPersonalValue(logged);
    const entry = JSON.parse(logged);
    expect(entry).toMatchObject({
      msg: 'sql error',
      err: {
        code: '23505',
        constraint: 'staff_user_email_key',
        detail: 'Key (email)=([redacted]) already exists.',
      },
    });
  });

  it('a failing row (NOT NULL) is not printed', async () => {
    const { logged, error } = await failing(
      `INSERT INTO staff_user (email, display_name, password_hash, roles)
       VALUES (NULL, $1, $2, ARRAY['OPERATOR'])`,
      [PERSON.familyName, PERSON.phone],
    );
    expect((error as unknown as { detail: string }).detail).toContain(PERSON.familyName);
    expectNoPersonalValue(logged);
    expect(JSON.parse(logged).err).toMatchObject({ code: '23502', detail: '[redacted]' });
  });

  it('a value that is not of its type is not quoted back', async () => {
    const { logged, error } = await failing(`SELECT $1::uuid`, [PERSON.email]);
    expect(error.message).toContain(PERSON.email);
    expectNoPersonalValue(logged);
    const entry = JSON.parse(logged);
    expect(entry.err.code).toBe('22P02');
    expect(entry.err.message).toBe('invalid input syntax for type uuid: "[redacted]"');
    expect(entry.err.stack).not.toContain(PERSON.email);
  });

  it('the error a resolver logs (TypeORM’s, with its parameters) is serialized safely', async () => {
    const { error } = await failing(`SELECT $1::int, $2::text`, [PERSON.phone, PERSON.givenName]);
    expect(error.parameters).toEqual([PERSON.phone, PERSON.givenName]);
    const serialized = JSON.stringify(serializeError(error));
    expectNoPersonalValue(serialized);
    expect(JSON.parse(serialized)).toMatchObject({
      type: 'QueryFailedError',
      code: '22P02',
      parameters: '2 [redacted]',
      query: 'SELECT $1::int, $2::text',
    });
  });
});

describe('redactDetail', () => {
  it.each([
    ['Key (email)=(a@b.jp) already exists.', 'Key (email)=([redacted]) already exists.'],
    [
      'Key (lower(email))=(a(b)@c.jp) already exists.',
      'Key (lower(email))=([redacted]) already exists.',
    ],
    [
      'Key (customer_id)=(6c0f…) is not present in table "customer".',
      'Key (customer_id)=([redacted]) is not present in table "customer".',
    ],
    [
      'Key (during)=([2027-01-01,2027-02-01)) conflicts with existing key (during)=([2027-01-15,)).',
      'Key (during)=([redacted]) conflicts with existing key ([redacted]).',
    ],
    ['Failing row contains (1, 山田, 090-1234-5678).', '[redacted]'],
    ['anything else', '[redacted]'],
  ])('%s', (detail, expected) => expect(redactDetail(detail)).toBe(expected));
});
