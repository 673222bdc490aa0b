import { request as httpRequest, type IncomingMessage } from 'node:http';
import { parseCsv } from '@kizuna/domain';
import {
  IMPORT_BATCH_SIZE,
  IMPORT_MAX_BYTES,
  processNextSurveyImport,
  queueSurveyImport,
} from '../src/features/surveys/survey-import.service';
import { csvRecords, lastRecordEnd } from '../src/features/surveys/survey-import.reader';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { createTrialCustomer } from './helpers/factories';
import { encodeShiftJis } from './helpers/surveys';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let analyst: string;
beforeAll(async () => {
  server = await startTestServer();
  analyst = await server.loginAs('analyst@kizuna.example');
  await seedSurveys(server.db.dataSource);
});
afterAll(() => server.close());

/**
 * POST the headers and a first piece of a body that never ends: a server that waited for the
 * body would never answer. Resolves with the response (status, JSON body).
 */
function uploadThatNeverEnds(
  headers: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/imports/survey-responses', server.url);
    const req = httpRequest(url, { method: 'POST', headers }, (res: IncomingMessage) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') });
      });
    });
    req.on('error', reject);
    req.write(Buffer.alloc(64 * 1024, 'a'));
  });
}

describe('upload limits', () => {
  it('refuses 30 anonymous uploads at once with 401, without waiting for their bodies', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        uploadThatNeverEnds({ 'content-type': 'text/csv', 'content-length': '52428800' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(401));
  });

  it('refuses a declared size over the limit with 413 before reading the body', async () => {
    const res = await uploadThatNeverEnds({
      authorization: `Bearer ${analyst}`,
      'content-length': String(IMPORT_MAX_BYTES + 1),
    });
    expect(res.status).toBe(413);
  });

  it.each(['%', '%00.csv', 'a%0Ab.csv', '%E3%81'])(
    'refuses the file name %s with 400 and a clear JSON error',
    async (name) => {
      const res = await fetch(`${server.url}/imports/survey-responses`, {
        method: 'POST',
        headers: { authorization: `Bearer ${analyst}`, 'x-file-name': name },
        body: 'survey_code,score\n',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/X-File-Name/) },
      });
    },
  );

  it.each(['search=%00', 'planCodes=%00', 'from=2026-01-01%00'])(
    'refuses an export with %s with 400 before streaming',
    async (query) => {
      const res = await fetch(`${server.url}/exports/survey-responses.csv?${query}`, {
        headers: { authorization: `Bearer ${analyst}` },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    },
  );
});

describe('reading a file in pieces', () => {
  const text = [
    'survey_code,score,comment',
    'NPS,9,"改行を\r\n含む, コメント"',
    '',
    'NPS,3,"引用符 "" 入り"',
    'NPS,5,末尾',
  ].join('\r\n');

  async function* pieces(bytes: Buffer, size: number) {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }

  it.each([1, 2, 3, 7, 64])(
    'gives the records, lines and rows of the whole file when cut every %i bytes',
    async (size) => {
      const whole = parseCsv(text);
      if (!whole.ok) throw new Error('fixture');
      for (const [bytes, encoding] of [
        [Buffer.from('\uFEFF' + text), 'UTF-8 (BOM)'],
        [encodeShiftJis(text), 'Shift_JIS'],
      ] as const) {
        const records = [];
        for await (const batch of csvRecords(pieces(bytes, size), encoding)) records.push(...batch);
        expect(records).toEqual(whole.value);
      }
    },
  );

  it.each([
    ['a,b\r\nc', 5],
    ['a,"b\nc"\nd', 8],
    ['a\r', 0],
    ['"x""\n', 0],
  ])('cuts %j after character %i', (input, end) => {
    expect(lastRecordEnd(input)).toBe(end);
  });
});

describe('a resumed import', () => {
  it('neither counts its own stored rows as duplicates nor goes back in progress', async () => {
    const customer = await createTrialCustomer(server);
    const rows = IMPORT_BATCH_SIZE * 2 + 200;
    const lines = ['survey_code,corporate_number,score,comment,answered_at'];
    for (let i = 0; i < rows; i++)
      lines.push(
        `NPS-RELATIONSHIP,${customer.corporateNumber},${i % 11},回答 ${i},2026/10/01 10:00`,
      );
    const [, mine] = [
      await queueSurveyImport(server.db.dataSource, null, 'other.csv', Buffer.from(lines[0]!)),
      await queueSurveyImport(
        server.db.dataSource,
        null,
        'resumed.csv',
        Buffer.from(lines.join('\r\n')),
      ),
    ];
    if (!mine.ok) throw new Error('not queued');
    const progress = async () => {
      const [row] = await server.db.dataSource.query(
        `SELECT status, processed_rows, imported_rows, duplicate_rows, error_rows, total_rows
           FROM survey_import WHERE id = $1`,
        [mine.id],
      );
      return row as Record<string, unknown>;
    };
    // The worker "dies" after its first committed batch: the import stays RUNNING.
    await processNextSurveyImport(server.db.dataSource, undefined, mine.id, {
      stopAfterRows: IMPORT_BATCH_SIZE,
    });
    const crashed = await progress();
    expect(crashed).toMatchObject({
      status: 'RUNNING',
      processed_rows: IMPORT_BATCH_SIZE,
      imported_rows: IMPORT_BATCH_SIZE,
      duplicate_rows: 0,
      total_rows: rows,
    });
    // Not abandoned yet: nobody takes it over.
    expect(await processNextSurveyImport(server.db.dataSource, undefined, mine.id)).toBeNull();
    await server.db.dataSource.query(
      `UPDATE survey_import SET heartbeat_at = now() - interval '3 minutes' WHERE id = $1`,
      [mine.id],
    );
    // The next worker resumes after the last committed batch.
    await processNextSurveyImport(server.db.dataSource, undefined, mine.id, {
      stopAfterRows: IMPORT_BATCH_SIZE * 2,
    });
    expect(await progress()).toMatchObject({
      processed_rows: IMPORT_BATCH_SIZE * 2,
      imported_rows: IMPORT_BATCH_SIZE * 2,
      duplicate_rows: 0,
    });
    await server.db.dataSource.query(
      `UPDATE survey_import SET heartbeat_at = now() - interval '3 minutes' WHERE id = $1`,
      [mine.id],
    );
    await processNextSurveyImport(server.db.dataSource, undefined, mine.id);
    expect(await progress()).toMatchObject({
      status: 'DONE',
      processed_rows: rows,
      imported_rows: rows,
      duplicate_rows: 0,
      error_rows: 0,
    });
    const [{ n }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_response WHERE comment LIKE '回答 %'`,
    );
    expect(n).toBe(rows);
    // The file is not kept once imported.
    const [{ chunks }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS chunks FROM survey_import_chunk WHERE import_id = $1`,
      [mine.id],
    );
    expect(chunks).toBe(0);
  });
});
