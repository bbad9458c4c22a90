// Turns raw text into measured lines: each line's width in em, whether it is
// letter-spaced by justification, and the width of a full line of the column
// it stands in (estimated from its neighbours).

import {
  FULL_WIDTH_PERCENTILE,
  LATIN_EM,
  LONG_LINE_EM,
  LONG_LINE_SHARE,
  MIN_BODY_LINE_EM,
  PUNCT_EM,
  WIDTH_WINDOW_LINES,
} from './constants';

export interface Line {
  /** Text with spaces normalised to single ASCII spaces, trimmed. */
  text: string;
  /** Width in em: Han = 1, CJK punctuation and Latin = ½, spaces not counted. */
  width: number;
  /** Justification spaces between CJK characters: the line was stretched to
   *  the full column width, so it cannot be a paragraph's last line. */
  spaced: boolean;
  /** A blank line followed this one in the input. */
  blankAfter: boolean;
  /** Width of a full line of the column around this line. */
  fullWidth: number;
}

const CJK_PUNCT = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u00b7\u2022]/u;

/** Width of a line in em, as a compositor would count it. */
export function measureWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) continue;
    if (c < 0x2000) w += LATIN_EM;
    else if (CJK_PUNCT.test(ch)) w += PUNCT_EM;
    else w += 1; // Han, dashes and ellipses take a full em
  }
  return w;
}

const CJK_CHAR = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d]$/u;

/** Single CJK characters standing between spaces (`余 名 成 员`): a justified
 *  line. Names separated by spaces (`董博 赵蓓蓓`) are not. */
function isLetterSpaced(text: string): boolean {
  if (text.length > 400 || !text.includes(' ')) return false;
  const tokens = text.split(' ');
  let single = 0;
  for (const t of tokens) if (t.length === 1 && CJK_CHAR.test(t)) single++;
  return single >= 3 || (single >= 2 && single * 3 >= tokens.length);
}

export function toLines(text: string): Line[] {
  const raw = text.split('\n');
  const lines: Line[] = [];
  for (const r of raw) {
    const t = r.replace(/[\t\u00a0\u3000\u2002-\u200b]/g, ' ').replace(/ {2,}/g, ' ').trim();
    if (!t) {
      if (lines.length) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    lines.push({ text: t, width: measureWidth(t), spaced: isLetterSpaced(t), blankAfter: false, fullWidth: 0 });
  }
  estimateFullWidths(lines);
  return lines;
}

/**
 * The full width of a column is the width most body lines reach. Lines of a
 * page come from columns of different widths, so it is estimated per block of
 * lines from a window around the block: the given percentile of the widths of
 * lines that are not short and not letter-spaced.
 */
function estimateFullWidths(lines: Line[]): void {
  const BLOCK = 16;
  for (let start = 0; start < lines.length; start += BLOCK) {
    const from = Math.max(0, start - WIDTH_WINDOW_LINES);
    const to = Math.min(lines.length, start + BLOCK + WIDTH_WINDOW_LINES);
    const widths: number[] = [];
    for (let i = from; i < to; i++) {
      const l = lines[i];
      if (!l.spaced && l.width >= MIN_BODY_LINE_EM) widths.push(l.width);
    }
    let full = 0;
    if (widths.length) {
      widths.sort((a, b) => a - b);
      // Whole-paragraph lines (e-paper text): the short lines among them are
      // titles and last lines, so the width is read from the long ones.
      const long = widths.filter((w) => w >= LONG_LINE_EM);
      const pool = long.length >= widths.length * LONG_LINE_SHARE ? long : widths;
      full = pool[Math.min(pool.length - 1, Math.floor(pool.length * FULL_WIDTH_PERCENTILE))];
    }
    for (let i = start; i < Math.min(lines.length, start + BLOCK); i++) lines[i].fullWidth = full;
  }
}
