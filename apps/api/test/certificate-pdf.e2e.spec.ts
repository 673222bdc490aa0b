import * as fontkit from 'fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
  type PDFPage,
} from 'pdf-lib';
import { ERASURE_CATEGORIES, ManualClock } from '@kizuna/domain';
import { issueDeletionCertificate } from '../src/features/certificates/deletion-certificate.service';
import { parseGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { draftConversion } from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

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

/** An erased customer's certificate, issued as the erasure issues it, "now" on the test clock. */
async function certificate() {
  const customer = await createTrialCustomer(server);
  const request = await draftConversion(server, customer.id);
  const { number } = await server.db.dataSource.transaction((m) =>
    issueDeletionCertificate(m, {
      customerId: parseGlobalId(customer.id, 'Customer')!,
      requestId: parseGlobalId(request.id, 'ProvisioningRequest')!,
      erased: ERASURE_CATEGORIES.map((category, i) => ({ category, count: i + 2 })),
      makerId: staff.maker,
      checkerId: staff.checker,
      requestedAt: new Date('2027-05-01T09:00:00+09:00'),
      approvedAt: new Date('2027-05-02T14:30:00+09:00'),
      erasedAt: clock.now(),
    }),
  );
  const [{ digest }] = await server.db.dataSource.query(
    `SELECT digest FROM deletion_certificate WHERE number = $1`,
    [number],
  );
  return { customer, number, digest: digest as string };
}

const getPdf = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

async function apiKey(scopes: string[]) {
  const admin = await server.loginAs('admin@kizuna.example');
  const res = await server.gql(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
    { input: { name: `pdf ${scopes.join(' ')}`, scopes } },
    { token: admin },
  );
  return res.data?.createApiKey.key as string;
}

/** A stream's bytes, decompressed (pdf-lib writes every stream it reads back as raw). */
const bytesOf = (stream: PDFStream) => decodePDFRawStream(stream as PDFRawStream).decode();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The page's fonts by resource name, as their dictionaries. */
function fontsOf(doc: PDFDocument, page: PDFPage) {
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  return new Map(
    fonts.entries().map(([name, ref]) => [name.asString(), doc.context.lookup(ref, PDFDict)]),
  );
}

/** A Type0 font's glyph ids → text, from its ToUnicode CMap (`<gid> <utf-16be>` pairs). */
function toUnicode(font: PDFDict): Map<string, string> {
  const cmap = latin1(bytesOf(font.lookup(PDFName.of('ToUnicode'), PDFStream)));
  const map = new Map<string, string>();
  for (const [, gid, utf16] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
    map.set(gid!.toLowerCase(), Buffer.from(utf16!, 'hex').swap16().toString('utf16le'));
  }
  return map;
}

/**
 * The text drawn on each page, one string per text run: Type0 runs decoded through ToUnicode,
 * standard-font runs as their bytes. Also the glyph ids drawn with each Type0 font.
 */
function extract(doc: PDFDocument) {
  const runs: string[] = [];
  const glyphs = new Map<PDFDict, Set<number>>();
  for (const page of doc.getPages()) {
    const fonts = fontsOf(doc, page);
    const contents = page.node.Contents()!;
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => doc.context.lookup(ref, PDFStream))
        : [contents as PDFStream];
    let font: PDFDict | undefined;
    for (const stream of streams) {
      const ops = latin1(bytesOf(stream)).matchAll(/\/(\S+) [\d.]+ Tf|<([0-9a-f]*)> Tj/gi);
      for (const [, fontName, hex] of ops) {
        if (fontName) font = fonts.get(`/${fontName}`);
        if (hex === undefined || !font) continue;
        if (font.lookup(PDFName.of('Subtype')) === PDFName.of('Type0')) {
          const map = toUnicode(font);
          const ids = hex.match(/.{4}/g) ?? [];
          runs.push(ids.map((id) => map.get(id.toLowerCase()) ?? '\uFFFD').join(''));
          const used = glyphs.get(font) ?? new Set<number>();
          ids.forEach((id) => used.add(parseInt(id, 16)));
          glyphs.set(font, used);
        } else {
          runs.push(Buffer.from(hex, 'hex').toString('latin1'));
        }
      }
    }
  }
  return { text: runs.join('\n'), glyphs };
}

/** The TrueType program embedded for a Type0 font, parsed back with fontkit. */
function embeddedFont(font: PDFDict) {
  const cid = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  expect(cid.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('CIDFontType2'));
  const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const program = Buffer.from(bytesOf(descriptor.lookup(PDFName.of('FontFile2'), PDFStream)));
  return fontkit.create(program) as fontkit.Font;
}

describe('GET /certificates/{number}.pdf', () => {
  it('answers a signed-in member with a real PDF of the certificate, Japanese as embedded text', async () => {
    clock.set('2027-06-01T10:00:00+09:00');
    const { customer, number, digest } = await certificate();
    clock.set('2027-06-03T18:45:00+09:00');

    const res = await getPdf(`/certificates/${number}.pdf`, operator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="${number}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // Subset fonts keep it small; the whole Noto Sans JP would be over 5 MB.
    expect(bytes.length).toBeLessThan(200_000);

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe(`消去証明書 ${number}`);
    expect(doc.getSubject()).toContain(digest);
    // Printed "now" on the injected clock.
    expect(doc.getCreationDate()?.toISOString()).toBe('2027-06-03T09:45:00.000Z');

    const { text, glyphs } = extract(doc);
    for (const expected of [
      '消去証明書',
      'Certificate of Deletion',
      number,
      customer.name,
      customer.corporateNumber,
      '担当者情報',
      '帳簿書類の保存義務（法人税法）',
      '佐藤 一郎 (operator1)',
      '高橋 三奈 (checker1)',
      '2027/05/01 09:00 JST',
      '2027/05/02 14:30 JST',
      '2027/06/01 10:00 JST',
      `SHA-256  ${digest}`,
      'verifyDeletionCertificate',
      '出力 Printed 2027/06/03 18:45 JST',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('\uFFFD');

    // Japanese is drawn with embedded glyphs that have outlines: no .notdef, no blank glyph.
    expect(glyphs.size).toBeGreaterThanOrEqual(1);
    for (const [font, ids] of glyphs) {
      const program = embeddedFont(font);
      expect(ids.has(0)).toBe(false);
      // Small: a subset of the ~17,000 glyphs.
      expect(program.numGlyphs).toBeLessThan(500);
      const shaped = [...ids].map((id) => program.getGlyph(id));
      const blank = shaped.filter((g) => g.path.commands.length === 0);
      // Only the space has no outline.
      expect(blank.length).toBeLessThanOrEqual(1);
    }
  });

  it('serves API keys that hold customers:read, as the deletionCertificate query does', async () => {
    const { number } = await certificate();
    const res = await getPdf(`/certificates/${number}.pdf`, await apiKey(['customers:read']));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
  });

  it('refuses anonymous callers with 401 and callers without customers:read with 403', async () => {
    const { number } = await certificate();
    const path = `/certificates/${number}.pdf`;

    const anonymous = await getPdf(path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' },
    });
    expect((await getPdf(path, 'kzs_not-a-session')).status).toBe(401);
    // Anonymous callers learn nothing about numbers, not even whether one is well formed.
    expect((await getPdf('/certificates/nope.pdf')).status).toBe(401);

    const catalogOnly = await apiKey(['catalog:read']);
    const forbidden = await getPdf(path, catalogOnly);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'Needs customers:read.' },
    });
    // The same key is refused the certificate by GraphQL too.
    const query = await server.gql(
      `query ($number: String!) { deletionCertificate(number: $number) { number } }`,
      { number },
      { token: catalogOnly },
    );
    expect(query.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['nope.pdf'],
    ['KZ-DC-27-1.pdf'],
    ['kz-dc-2027-000001.pdf'],
    ['KZ-DC-2027-000001%00.pdf'],
    ['%27%20OR%201%3D1.pdf'],
  ])('answers 400 for the malformed number in %s', async (file) => {
    const res = await getPdf(`/certificates/${file}`, operator);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  });

  it('answers 404 for a well-formed number that names no certificate', async () => {
    const res = await getPdf('/certificates/KZ-DC-1999-000001.pdf', operator);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'There is no deletion certificate KZ-DC-1999-000001.' },
    });
  });

  it('answers a fault with 500 and a request id, never with its internals', async () => {
    const { number } = await certificate();
    // A stored certificate that can no longer be read (hand-edited in the database).
    await server.db.asOwner((c) =>
      c.query(`UPDATE deletion_certificate SET content = '{}'::jsonb WHERE number = $1`, [number]),
    );
    const res = await getPdf(`/certificates/${number}.pdf`, operator);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body).errors[0]).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') },
    });
    expect(body).not.toMatch(/TypeError|undefined|\.ts:|at /);
  });
});
