import { PDFDocument, StandardFonts } from 'pdf-lib';
import { formatDateJp, isoTimestampJst, type DeletionCertificateContent } from '@kizuna/domain';
import { japaneseFonts } from './japanese-fonts';
import { pdfFontkit } from './pdf-fontkit';
import { PdfLayout, type TextStyle } from './pdf-layout';

const TITLE: TextStyle = { font: 'bold', size: 21 };
const SUBTITLE: TextStyle = { font: 'regular', size: 10.5, muted: true };
const HEADING: TextStyle = { font: 'bold', size: 12 };
const HEADING_EN: TextStyle = { font: 'regular', size: 9, muted: true };
const LABEL: TextStyle = { font: 'bold', size: 9 };
const LABEL_EN: TextStyle = { font: 'regular', size: 7.5, muted: true };
const BODY: TextStyle = { font: 'regular', size: 9.5 };
const BODY_EN: TextStyle = { font: 'regular', size: 8, muted: true };
const MONO: TextStyle = { font: 'mono', size: 9.5 };
const FOOTER: TextStyle = { font: 'regular', size: 8, muted: true };

/** 2027/05/01 09:00 JST: the certificate's instants as a Japanese reader expects them. */
export function formatJstMinute(instant: string | Date): string {
  const date = new Date(instant);
  return `${formatDateJp(date)} ${isoTimestampJst(date).slice(11, 16)} JST`;
}

interface Field {
  ja: string;
  en: string;
  values: { text: string; style: TextStyle }[];
  /** Share of the row's width (1 each unless given). */
  weight?: number;
}

/** The certificate, section by section: Japanese first, English beneath in grey. */
function writeCertificate(layout: PdfLayout, content: DeletionCertificateContent, digest: string) {
  const body = (text: string) => [{ text, style: BODY }];
  const bilingual = (text: { ja: string; en: string }) => [
    { text: text.ja, style: BODY },
    { text: text.en, style: BODY_EN },
  ];
  /** Fields side by side, each its label (ja, then en) above its value. */
  const fields = (...row: Field[]) => {
    const free = layout.contentWidth - PdfLayout.gap * (row.length - 1);
    const weights = row.reduce((sum, f) => sum + (f.weight ?? 1), 0);
    layout.row(
      row.map((f) => ({
        width: (free * (f.weight ?? 1)) / weights,
        texts: [{ text: f.ja, style: LABEL }, { text: f.en, style: LABEL_EN }, ...f.values],
      })),
    );
    layout.space(6);
  };
  /** A label on the left, its value on the right: the rows of a table. */
  const tableRow = (label: { ja: string; en: string }, values: Field['values'], right = false) => {
    const valueWidth = right ? 70 : layout.contentWidth * 0.62;
    layout.row([
      { width: layout.contentWidth - valueWidth - PdfLayout.gap, texts: bilingual(label) },
      { width: valueWidth, align: right ? 'right' : 'left', texts: values },
    ]);
    layout.space(4);
  };
  const heading = (ja: string, en: string) => {
    layout.space(6);
    // A heading never ends a page: it keeps the first lines of its section with it.
    layout.keepTogether(70);
    layout.inline([
      { text: ja, style: HEADING },
      { text: `   ${en}`, style: HEADING_EN },
    ]);
    layout.space(2);
    layout.rule();
    layout.space(6);
  };

  layout.centred('消去証明書', TITLE);
  layout.centred('Certificate of Deletion', SUBTITLE);
  layout.space(12);
  fields(
    { ja: '証明書番号', en: 'Certificate No.', values: [{ text: content.number, style: MONO }] },
    { ja: '発行日時', en: 'Issued', values: body(formatJstMinute(content.erasedAt)) },
  );
  layout.paragraph(
    '下記の企業について、Kizuna が保有する個人データを消去したことを証明します。',
    BODY,
  );
  layout.paragraph(
    'This certifies that the personal data Kizuna held about the company below has been erased.',
    BODY_EN,
  );

  layout.space(10);
  fields(
    { ja: '企業名', en: 'Company name', values: body(content.company.name), weight: 2 },
    {
      ja: '法人番号',
      en: 'Corporate number',
      values: body(content.company.corporateNumber ?? '—'),
    },
  );

  heading('消去したデータ', 'Data erased');
  for (const erased of content.erased) {
    const unit = erased.count === 1 ? 'record' : 'records';
    tableRow(
      erased.label,
      bilingual({ ja: `${erased.count.toLocaleString('ja-JP')} 件`, en: unit }),
      true,
    );
  }

  heading('保持するデータと法的根拠', 'Data kept, and the legal basis for keeping it');
  for (const kept of content.kept) tableRow(kept.label, bilingual(kept.basis));

  heading('消去の方法・担当者・日時', 'Method, staff and times (JST)');
  fields({ ja: '消去方法', en: 'Method', values: bilingual(content.method) });
  fields(
    { ja: '起票者', en: 'Requested by (maker)', values: body(content.maker) },
    { ja: '確認者', en: 'Approved by (checker)', values: body(content.checker ?? '—') },
  );

  fields(
    { ja: '申請日時', en: 'Requested', values: body(formatJstMinute(content.requestedAt)) },
    { ja: '承認日時', en: 'Approved', values: body(formatJstMinute(content.approvedAt)) },
    { ja: '消去日時', en: 'Erased', values: body(formatJstMinute(content.erasedAt)) },
  );

  heading('真正性の確認', 'Verification');
  layout.paragraph(`SHA-256  ${digest}`, MONO);
  layout.space(6);
  layout.paragraph(
    'この証明書が改ざんされていないことは、Kizuna の GraphQL API の verifyDeletionCertificate に' +
      '証明書番号とダイジェストを渡して確認できます（サインイン不要）。true が返れば、' +
      'この番号の証明書は記録どおりです。',
    BODY,
  );
  layout.paragraph(
    'To verify this certificate, pass its number and digest to verifyDeletionCertificate on the ' +
      'Kizuna GraphQL API (no sign-in needed): true means the certificate with this number is as ' +
      'recorded.',
    BODY_EN,
  );
}

/**
 * A deletion certificate as an A4 PDF, Japanese with English beneath: Noto Sans JP embedded as
 * a subset (real text, searchable and copyable), the number and digest in Courier.
 */
export async function renderCertificatePdf(
  content: DeletionCertificateContent,
  digest: string,
  printedAt: Date,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  const files = await japaneseFonts();
  const fonts = {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  doc.setTitle(`消去証明書 ${content.number}`, { showInWindowTitleBar: true });
  doc.setSubject(`Certificate of Deletion ${content.number}; SHA-256 ${digest}`);
  doc.setKeywords([content.number, digest]);
  doc.setAuthor('Kizuna');
  doc.setCreator('Kizuna');
  doc.setLanguage('ja-JP');
  doc.setCreationDate(printedAt);
  doc.setModificationDate(printedAt);

  const layout = new PdfLayout(doc, fonts);
  writeCertificate(layout, content, digest);
  const printed = formatJstMinute(printedAt);
  layout.footer(
    (page, pages) => `${content.number}  ·  ${page} / ${pages}  ·  出力 Printed ${printed}`,
    FOOTER,
  );
  return doc.save();
}
