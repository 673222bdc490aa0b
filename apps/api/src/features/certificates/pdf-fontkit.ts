import { Readable } from 'node:stream';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

// pdf-lib's own fork, @pdf-lib/fontkit 1.1.1 (unmaintained since 2020), corrupts TrueType
// subsets: it writes `loca` in the short format without padding odd-length glyphs, and most
// CJK glyphs of Noto Sans JP then render blank (pdf-lib#1232; fixed upstream in fontkit 1.8).
// So pdf-lib gets upstream fontkit 2, adapted to the one call whose shape changed: the
// subset's `encodeStream()` became `encode()`.

/** Upstream fontkit, in the shape pdf-lib's `registerFontkit` expects. */
export const pdfFontkit: PdfLibFontkit = {
  create(data, postscriptName) {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const font = fontkit.create(bytes, postscriptName);
    if (!('createSubset' in font)) throw new TypeError('a font collection, not a single font');
    const createSubset = font.createSubset.bind(font);
    // The font object is pdf-lib's from here on; only its subsets need the older method.
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, {
          encodeStream: () => Readable.from([subset.encode()], { objectMode: true }),
        });
      },
    }) as unknown as ReturnType<PdfLibFontkit['create']>;
  },
};
