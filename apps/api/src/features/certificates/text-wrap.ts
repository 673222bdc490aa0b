// Japanese line breaking, simplified (JIS X 4051 kinsoku): a line may break between any two
// Japanese characters, but never before closing punctuation or after an opening bracket. Latin
// text breaks at spaces; a word wider than the line (a digest) breaks between characters.
const NO_LINE_START =
  '、。，．・：；！？）」』】〕〉》ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ';
const NO_LINE_END = '（「『【〔〈《';

/** A Latin word with its trailing spaces, a run of spaces, or one other character. */
const UNIT = /[\u0021-\u024f]+ *| +|./gu;

/** The units of one paragraph, kinsoku characters joined to their neighbour. */
function breakableUnits(paragraph: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const unit of paragraph.match(UNIT) ?? []) {
    if (NO_LINE_START.includes(unit[0]!) && units.length > 0 && !pendingOpen) {
      units[units.length - 1] += unit;
    } else if (NO_LINE_END.includes(unit)) {
      pendingOpen += unit;
    } else {
      units.push(pendingOpen + unit);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/** A unit wider than the line, in pieces that each fit (one character at least). */
function hardBreak(unit: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && widthOf(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Text as lines no wider than `maxWidth` (as `widthOf` measures them). Line feeds start a new
 * line; other control characters read as spaces; lines lose their trailing spaces.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    const paragraph = raw.replace(/[\u0000-\u001f\u007f]/g, ' ');
    let line = '';
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
    };
    for (const unit of breakableUnits(paragraph)) {
      if (widthOf((line + unit).trimEnd()) <= maxWidth) {
        line += unit;
        continue;
      }
      if (line.trim()) push();
      else line = '';
      const start = unit.trimStart();
      if (widthOf(start.trimEnd()) <= maxWidth) {
        line = start;
        continue;
      }
      const pieces = hardBreak(start.trimEnd(), maxWidth, widthOf);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    push();
  }
  return lines;
}
