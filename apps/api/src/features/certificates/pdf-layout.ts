import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from './text-wrap';

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

export interface TextStyle {
  font: keyof PdfFonts;
  size: number;
  muted?: boolean;
}

/** One column of a row: its width, and texts stacked top to bottom, each wrapped to the width. */
export interface Cell {
  width: number;
  align?: 'left' | 'right';
  texts: { text: string; style: TextStyle }[];
}

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.42, 0.42, 0.46);
const RULE = rgb(0.78, 0.78, 0.8);
const LINE_SPACING = 1.38;

/** A4 pages filled top to bottom: rows of wrapped text that continue on a new page when full. */
export class PdfLayout {
  static readonly margin = 46;
  /** Between the cells of a row. */
  static readonly gap = 12;
  readonly contentWidth: number;
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
  ) {
    this.page = doc.addPage(PageSizes.A4);
    this.contentWidth = this.page.getWidth() - 2 * PdfLayout.margin;
    this.y = this.top;
  }

  private get top() {
    return this.page.getHeight() - PdfLayout.margin;
  }

  /** Room left above the bottom margin (the footer sits inside it). */
  private get room() {
    return this.y - PdfLayout.margin;
  }

  private newPage() {
    this.page = this.doc.addPage(PageSizes.A4);
    this.y = this.top;
  }

  /** Start a new page unless `height` still fits on this one. */
  keepTogether(height: number) {
    if (height > this.room && this.y < this.top) this.newPage();
  }

  space(height: number) {
    this.y -= Math.min(height, this.room);
  }

  private lines(text: string, style: TextStyle, width: number): string[] {
    const font = this.fonts[style.font];
    return wrapText(text, width, (s) => font.widthOfTextAtSize(s, style.size));
  }

  /** Height of one line of text in this style. */
  static lineHeight(style: TextStyle) {
    return style.size * LINE_SPACING;
  }

  /**
   * Cells side by side, separated by a gap, each wrapped to its width. A row is never split
   * across pages; one taller than a whole page (a pathological text) has its cells stacked
   * instead, continuing on new pages line by line.
   */
  row(cells: Cell[]) {
    const wrapped = cells.map((cell) =>
      cell.texts.flatMap(({ text, style }) =>
        this.lines(text, style, cell.width).map((line) => ({ line, style })),
      ),
    );
    const heights = wrapped.map((lines) =>
      lines.reduce((sum, l) => sum + PdfLayout.lineHeight(l.style), 0),
    );
    const stacked = Math.max(...heights) > this.top - PdfLayout.margin;
    if (!stacked) this.keepTogether(Math.max(...heights));
    const top = this.y;
    let x = PdfLayout.margin;
    cells.forEach((cell, i) => {
      if (!stacked) this.y = top;
      for (const { line, style } of wrapped[i]!) {
        if (PdfLayout.lineHeight(style) > this.room) this.newPage();
        this.draw(line, style, cell.align === 'right' ? x + cell.width : x, cell.align);
        this.y -= PdfLayout.lineHeight(style);
      }
      x += cell.width + PdfLayout.gap;
    });
    if (!stacked) this.y = top - Math.max(...heights);
  }

  /** One text across the full width. */
  paragraph(text: string, style: TextStyle) {
    this.row([{ width: this.contentWidth, texts: [{ text, style }] }]);
  }

  /** Short texts in different styles on one baseline, unwrapped: e.g. a heading. */
  inline(parts: { text: string; style: TextStyle }[]) {
    const size = Math.max(...parts.map((p) => p.style.size));
    const height = PdfLayout.lineHeight({ font: 'regular', size });
    this.keepTogether(height);
    const baseline = this.y - size * 1.07;
    let x = PdfLayout.margin;
    for (const { text, style } of parts) {
      const font = this.fonts[style.font];
      this.page.drawText(text, {
        x,
        y: baseline,
        size: style.size,
        font,
        color: style.muted ? MUTED : INK,
      });
      x += font.widthOfTextAtSize(text, style.size);
    }
    this.y -= height;
  }

  /** Centred lines, e.g. a title. */
  centred(text: string, style: TextStyle) {
    for (const line of this.lines(text, style, this.contentWidth)) {
      const width = this.fonts[style.font].widthOfTextAtSize(line, style.size);
      this.keepTogether(PdfLayout.lineHeight(style));
      this.draw(line, style, (this.page.getWidth() - width) / 2);
      this.y -= PdfLayout.lineHeight(style);
    }
  }

  /** A thin horizontal line across the full width. */
  rule(thickness = 0.5) {
    this.page.drawLine({
      start: { x: PdfLayout.margin, y: this.y },
      end: { x: PdfLayout.margin + this.contentWidth, y: this.y },
      thickness,
      color: RULE,
    });
  }

  /** A line at the foot of every page, e.g. "KZ-DC-2027-000042 · 1 / 2". */
  footer(text: (page: number, pages: number) => string, style: TextStyle) {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const line = text(i + 1, pages.length);
      const width = this.fonts[style.font].widthOfTextAtSize(line, style.size);
      page.drawText(line, {
        x: (page.getWidth() - width) / 2,
        y: PdfLayout.margin / 2,
        size: style.size,
        font: this.fonts[style.font],
        color: style.muted ? MUTED : INK,
      });
    });
  }

  /** Text whose top is at the cursor (pdf-lib places the baseline). */
  private draw(line: string, style: TextStyle, x: number, align: Cell['align'] = 'left') {
    if (!line) return;
    const font = this.fonts[style.font];
    const width = font.widthOfTextAtSize(line, style.size);
    const baseline = this.y - style.size * 1.07;
    this.page.drawText(line, {
      x: align === 'right' ? x - width : x,
      y: baseline,
      size: style.size,
      font,
      color: style.muted ? MUTED : INK,
    });
  }
}
