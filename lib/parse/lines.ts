// Turns raw text into measured lines: each line's width, whether it is
// letter-spaced by justification or indented, and the width of a full line
// of the column it stands in (estimated from its neighbours).
//
// Two ways to measure. Many PDF pages squeeze CJK punctuation (标点挤压), so
// full lines hold a varying number of characters: there a line is measured in
// em with punctuation at half width, and "full" allows some slack. Other
// copies are strictly monospaced: nearly every full line then has the same
// number of columns, and one column short already means a short line.

import { CHAR_HINTS, HINT_SPACE } from './char-hints';
import { LATIN_SAMPLE_CHARS, LATIN_WEIGHT } from './join-lines';
import { PUSHED_DOWN } from './patterns';
import {
  EXACT_MODE_SHARE,
  FULL_LINE_TOLERANCE,
  FULL_WIDTH_PERCENTILE,
  LATIN_EM,
  LONG_LINE_EM,
  LONG_LINE_SHARE,
  MIN_BODY_LINE_EM,
  OVER_WIDTH_TOLERANCE,
  PUNCT_EM,
  WIDTH_WINDOW_LINES,
} from './constants';

export interface Line {
  /** Line number in the raw text (1-based), for --explain. */
  no: number;
  /** Text with spaces normalised to single ASCII spaces, trimmed. */
  text: string;
  /** Width in halves of the measure chosen for its column (see `Column.exact`;
   *  widthOf reads it as a width): a whole number, which a line object holds in
   *  place, where a width with a half (most lines) was a number boxed on its own,
   *  allocated with every line and copied with it by the collector. */
  widthHalves: number;
  /** What the line is, one bit each (SPACED, INDENTED, BLANK_AFTER, LATIN,
   *  STARTS_PARAGRAPH, ENDS_PARAGRAPH; isSpaced and the others read them), and
   *  above those what measureLine counted of its text (hintsOf, halfWidthsOf,
   *  bracketsOf read them): one small whole number on every line object, where
   *  hints, halfWidths and brackets were three fields more. */
  flags: number;
  /** The column around this line, as readColumn read it (shared by a block of lines). */
  col: Column;
  /** The width in half monospaced columns (Latin and digits ½), whatever the
   *  column's measure, a whole number as widthHalves (colsOf reads it): the line
   *  tests compare it with fullCols. (The width in em is not kept: it is the
   *  width until readColumn reads the column, and stays it unless the
   *  column is monospaced; a field less on every line object, which lives until
   *  the items are read.) */
  colsHalves: number;
}

/**
 * What the lines around a line say of its column. One object for each block
 * of lines readColumn reads together (they all get the same values),
 * not four fields on every line: the line objects live until the items are
 * read, and at 400,000 lines the collector copied every byte of them twice.
 */
export interface Column {
  /** Width of a full line of the column. */
  fullWidth: number;
  /** The same in monospaced columns. */
  fullCols: number;
  /** The column is monospaced: widths are counted in columns, not squeezed em. */
  exact: boolean;
  /** Characters in the longest lines of the column (for word-wrapped text). */
  maxChars: number;
}

/** The column of a line not yet read (never written: each block gets a Column of its own). */
const NO_COLUMN: Column = { fullWidth: 0, fullCols: 0, exact: false, maxChars: 0 };

/** A line, or a part of one cut at a jump marker (pieces.ts); a jump marker
 *  itself is a piece flagged MARKER (markerOf reads its text), not a field
 *  more on every line object. */
export type Piece = Line;

// Line.flags.
/** Justification spaces between CJK characters: the line was stretched to
 *  the full column width, so it cannot be a paragraph's last line. */
export const SPACED = 1;
/** The line opened with an indent (two spaces or an ideographic space). */
export const INDENTED = 2;
/** A blank line followed this one in the input. */
export const BLANK_AFTER = 4;
/** English (or other Latin) text: wrapped by words, not by characters. */
export const LATIN = 8;
/** A piece: text that follows a jump marker (or another cut) opens a paragraph. */
export const STARTS_PARAGRAPH = 16;
/** A piece: text before a jump marker (or another cut) closes its paragraph. */
export const ENDS_PARAGRAPH = 32;
/** A piece: a jump marker (（下转第2版）), its text the marker's (pieces.ts). */
export const MARKER = 64;

export const isSpaced = (l: Line) => (l.flags & SPACED) !== 0;
export const isIndented = (l: Line) => (l.flags & INDENTED) !== 0;
export const hasBlankAfter = (l: Line) => (l.flags & BLANK_AFTER) !== 0;
export const isLatinLine = (l: Line) => (l.flags & LATIN) !== 0;
export const startsParagraph = (l: Line) => (l.flags & STARTS_PARAGRAPH) !== 0;
export const endsParagraph = (l: Line) => (l.flags & ENDS_PARAGRAPH) !== 0;
export const isMarker = (l: Line) => (l.flags & MARKER) !== 0;
/** A jump marker's text without its brackets and spaces (上接1版, 下转第2版), what the items carry (asked of a piece flagged MARKER). */
export const markerOf = (l: Line) => l.text.replace(/[（）()\s]/g, '');

// Line.flags above the bits of what the line is (a whole number under 2^30,
// which a line object holds in place, in Chrome's compressed heap too):
// bits 7–15 the text's char-hints.ts bits; 16–24 its digits and Latin letters
// (halfWidthCount in line-shape.ts) + 1, or 0 where it holds 511 or more;
// 25–29 its opening brackets less closing ones, （( and ）), + 16, or 0 where
// that is under -15 or over 15. A count not kept (0, as in a line made without
// measureLine) is counted from the text when asked.
const HINTS_SHIFT = 7;
const HINTS_MASK = 0x1ff;
const HALF_WIDTHS_SHIFT = 16;
const HALF_WIDTHS_MASK = 0x1ff;
const BRACKETS_SHIFT = 25;
const BRACKETS_MASK = 0x1f;
const BRACKETS_BIAS = 16;

/** The bits of what measureLine counted of a text, to go into its line's flags. */
function countBits(hints: number, halfWidths: number, brackets: number): number {
  return (
    (hints << HINTS_SHIFT) |
    (halfWidths < HALF_WIDTHS_MASK ? (halfWidths + 1) << HALF_WIDTHS_SHIFT : 0) |
    (brackets > -BRACKETS_BIAS && brackets < BRACKETS_BIAS ? (brackets + BRACKETS_BIAS) << BRACKETS_SHIFT : 0)
  );
}

/** Which characters the text holds (char-hints.ts): tests that need one skip lines without. */
export const hintsOf = (l: Line) => (l.flags >>> HINTS_SHIFT) & HINTS_MASK;

/** Digits and Latin letters in the text (halfWidthCount in line-shape.ts): the line-shape tests read it several times a line. */
export function halfWidthsOf(l: Line): number {
  const kept = (l.flags >>> HALF_WIDTHS_SHIFT) & HALF_WIDTHS_MASK;
  if (kept) return kept - 1;
  const { text } = l;
  let n = 0;
  for (let i = 0; i < text.length; i++) n += (UNIT[text.charCodeAt(i)] >> 4) & 1;
  return n;
}

/** Opening brackets less closing ones, （( and ）) (the line reader keeps a paragraph's balance). */
export function bracketsOf(l: Line): number {
  const kept = (l.flags >>> BRACKETS_SHIFT) & BRACKETS_MASK;
  return kept ? kept - BRACKETS_BIAS : bracketBalance(l.text);
}

/** Brackets a text opens less those it closes, （( and ）), as bracketOf counts each unit. */
export function bracketBalance(text: string): number {
  // (read by code: two regex matches and their arrays per line were a measured 5% of a parse)
  let n = 0;
  for (let i = 0; i < text.length; i++) n += bracketOf(text.charCodeAt(i));
  return n;
}

/** Sets the bits `on` of a piece's flags and clears the bits `off`. */
export function setFlags<T extends Line>(l: T, on: number, off = 0): T {
  l.flags = (l.flags & ~off) | on;
  return l;
}

/** A line's width in the measure of its column. */
export const widthOf = (l: Line) => l.widthHalves / 2;
/** A line's width in monospaced columns. */
export const colsOf = (l: Line) => l.colsHalves / 2;

/** CJK punctuation, full-width forms and curly quotes: squeezed in justified columns. */
function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0xb7 ||
    c === 0x2022
  );
}

// How a UTF-16 unit is measured.
/** Han, dashes and ellipses: a full em and a full column. */
const FULL = 0;
/** Latin letters and digits: half an em, half a column. */
const HALF = 1;
/** CJK punctuation: half an em squeezed, a full column. */
const PUNCT = 2;
/** Spaces and the second half of a surrogate pair: not measured. */
const NONE = 3;

function measureOf(c: number): number {
  if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) return NONE;
  if (c < 0x2000) return HALF;
  return isCjkPunct(c) ? PUNCT : FULL;
}

/** What each UTF-16 unit adds to a bracket balance: 1 for （ and (, -1 for ） and ). */
function bracketOf(c: number): number {
  return c === 0xff08 || c === 0x28 ? 1 : c === 0xff09 || c === 0x29 ? -1 : 0;
}

/** A digit or Latin letter, as halfWidthCount (line-shape.ts) reads it. */
function isHalfWidth(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

// Everything measureLine counts of a UTF-16 unit, packed into one number, so
// that each character costs one table look-up (five tables were read before):
// bits 0–1 its width in half em, 2–3 in half columns, 4 a digit or Latin letter,
// 5–6 its bracket balance + 1, 7–8 its LATIN_WEIGHT + 2, 16–31 its CHAR_HINTS.
// (Widths in halves are exact: LATIN_EM and PUNCT_EM are ½, and sums of halves
// divided by two are the sums of the halves as numbers.)
/** Width in half em and in half columns of each measure (FULL, HALF, PUNCT, NONE). */
const HALF_EM = [2, LATIN_EM * 2, PUNCT_EM * 2, 0];
const HALF_COLS = [2, LATIN_EM * 2, 2, 0];
const UNIT = /* @__PURE__ */ (() => {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const m = measureOf(c);
    if (CHAR_HINTS[c] > HINTS_MASK) throw new Error('char-hints.ts: more hint bits than Line.flags keeps');
    table[c] = HALF_EM[m] | (HALF_COLS[m] << 2) | ((isHalfWidth(c) ? 1 : 0) << 4) | ((bracketOf(c) + 1) << 5) | ((LATIN_WEIGHT[c] + 2) << 7) | (CHAR_HINTS[c] << 16);
  }
  return table;
})();

/** What measureLine read: a line's width in half em and in half columns, and whether it is Latin text (isLatinText). */
let measuredHalfEm = 0;
let measuredHalfCols = 0;
let measuredLatin = false;
let measuredHalfWidths = 0;
let measuredBrackets = 0;
let measuredHints = 0;

/** A line's width in em (CJK punctuation squeezed to half width) and in monospaced columns (Latin and digits ½), and isLatinText, in one pass, without an array for the result. */
function measureLine(text: string): void {
  let halfEm = 0;
  let halfCols = 0;
  let excess = 0;
  let halfWidths = 0;
  let brackets = 0;
  let hints = 0;
  const sample = Math.min(text.length, LATIN_SAMPLE_CHARS);
  // (four units a step where all are sampled: the optimised loop checks the table and
  // reads where its elements lie at every step, which cost as much as the sums)
  let i = 0;
  for (; i + 4 <= sample; i += 4) {
    const u0 = UNIT[text.charCodeAt(i)];
    const u1 = UNIT[text.charCodeAt(i + 1)];
    const u2 = UNIT[text.charCodeAt(i + 2)];
    const u3 = UNIT[text.charCodeAt(i + 3)];
    halfEm += (u0 & 3) + (u1 & 3) + (u2 & 3) + (u3 & 3);
    halfCols += ((u0 >> 2) & 3) + ((u1 >> 2) & 3) + ((u2 >> 2) & 3) + ((u3 >> 2) & 3);
    halfWidths += ((u0 >> 4) & 1) + ((u1 >> 4) & 1) + ((u2 >> 4) & 1) + ((u3 >> 4) & 1);
    brackets += ((u0 >> 5) & 3) + ((u1 >> 5) & 3) + ((u2 >> 5) & 3) + ((u3 >> 5) & 3) - 4;
    excess += ((u0 >> 7) & 3) + ((u1 >> 7) & 3) + ((u2 >> 7) & 3) + ((u3 >> 7) & 3) - 8;
    hints |= u0 | u1 | u2 | u3;
  }
  for (; i < text.length; i++) {
    const u = UNIT[text.charCodeAt(i)];
    halfEm += u & 3;
    halfCols += (u >> 2) & 3;
    halfWidths += (u >> 4) & 1;
    brackets += ((u >> 5) & 3) - 1;
    if (i < sample) excess += ((u >> 7) & 3) - 2;
    hints |= u;
  }
  measuredHalfEm = halfEm;
  measuredHalfCols = halfCols;
  measuredLatin = excess > 0;
  measuredHalfWidths = halfWidths;
  measuredBrackets = brackets;
  measuredHints = hints >>> 16;
}


/** A justified line reaches at least this share of the column. */
const STRETCHED_MIN_SHARE = 0.7;
/** /[\t\u00a0\u3000\u2002-\u200b]| {2}/ by code. */
function hasWideSpace(r: string): boolean {
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c === 0x20 ? r.charCodeAt(i + 1) === 0x20 : c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200b)) return true;
  }
  return false;
}
/** Last characters that end a sentence or clause (all single UTF-16 units). */
const SENTENCE_END_CHARS = '。！？!?…；;：:”’」』）)."';
/** Each UTF-16 unit: 1 when it is one of SENTENCE_END_CHARS (looked up by code:
 *  text[i] of a CJK character would make a new string each line). */
const ENDS_CLAUSE = new Uint8Array(0x10000);
for (let k = 0; k < SENTENCE_END_CHARS.length; k++) ENDS_CLAUSE[SENTENCE_END_CHARS.charCodeAt(k)] = 1;
/** Ends with sentence or clause punctuation (the column estimate and the page
 *  layout read it; asked of the text, not kept on every line object). */
export function endsClause(text: string): boolean {
  return text.length > 0 && ENDS_CLAUSE[text.charCodeAt(text.length - 1)] === 1;
}
/** An indent kept in the copy: an ideographic space, two spaces or a tab. */
function opensIndented(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 0x3000 || c === 0x09 || (c === 0x20 && raw.charCodeAt(1) === 0x20);
}
/** A CJK character at lastIndex (sticky: tests one position in place). */
const CJK_AT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d]/uy;

/** Single CJK characters standing between spaces (`余 名 成 员`): a justified
 *  line. Names separated by spaces (`董博 赵蓓蓓`) are not. */
function isLetterSpaced(text: string): boolean {
  if (text.length > 400 || !text.includes(' ')) return false;
  // Tokens between single spaces, read in place (no split: this runs on every line).
  let tokens = 0;
  let single = 0;
  for (let start = 0, end = 0; end >= 0; start = end + 1) {
    end = text.indexOf(' ', start);
    tokens++;
    if ((end < 0 ? text.length : end) - start !== 1) continue;
    CJK_AT.lastIndex = start;
    if (CJK_AT.test(text)) single++;
  }
  return single >= 3 || (single >= 2 && single * 3 >= tokens);
}

/**
 * A line of text as measureLine just measured it, its column not yet read.
 * Every Line and Piece is made here, with every field (a Piece's too) in one
 * order, so that all share one shape: the line tests read their fields
 * thousands of times a page, and objects of several shapes made each read a
 * slow lookup.
 */
function measuredLine(no: number, text: string, indented: boolean): Line {
  return {
    no,
    text,
    widthHalves: measuredHalfEm,
    colsHalves: measuredHalfCols,
    flags: (indented ? INDENTED : 0) | (measuredLatin ? LATIN : 0) | countBits(measuredHints, measuredHalfWidths, measuredBrackets),
    col: NO_COLUMN,
  };
}

/**
 * Inputs up to this long (a page) have their lines copied out of the text.
 * V8 keeps a cut of 13 characters or more (MIN_SLICED) as a reference into
 * the text it was cut from (a sliced string), which each read of a character
 * looks through first, and the reader's tests read each line and the lines
 * about it again and again: copied, a parse of page 003 (its lines up to a
 * paragraph long) took about 4% less. A copy costs memory a sliced line
 * does not (32 bytes more a line of 22 characters), which a paste of many
 * pages pays at every collection (sentence-lines at 16×: 266–288 → 328–366
 * ms when every line was copied), so longer inputs keep them as cut.
 */
const OWN_LINES_MAX_CHARS = 1 << 16;
/** Strings shorter than this are copied when cut out of another (V8's SlicedString::kMinLength). */
const MIN_SLICED = 13;

export function toLines(text: string): Line[] {
  const rows = text.split('\n');
  // The lines are written over the rows they were read from (line i from row k ≥ i,
  // read before), and the array cut to the lines at the end: no array of lines
  // grown line by line (copied at each growth, the copies of a long paste's
  // array garbage the size of the array three times over) beside the rows.
  const lines = rows as unknown as Line[];
  let count = 0;
  // (a page's lines each in memory of its own, see OWN_LINES_MAX_CHARS)
  const own = text.length <= OWN_LINES_MAX_CHARS;
  // What readColumn reads of each line, written while the line is measured,
  // in a ring of the last MEASURES_RING lines (see readColumn).
  const { em, colsIn, textLen, flags } = widthScratch;
  // The first line of the first block whose column is not read yet.
  let unread = 0;
  let no = 0;
  // (by index: the iterator's result objects were a tenth of what a parse of many lines allocated)
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    no++;
    let t = r.trim();
    if (own && t.length >= MIN_SLICED) t = [t.slice(0, 1), t.slice(1)].join('');
    if (t) {
      measureLine(t);
      // Wide spaces, tabs and double spaces become one space. (Looked for only in
      // a line that holds a space at all; at the line's ends trim took them.)
      if (measuredHints & HINT_SPACE && hasWideSpace(t)) {
        t = r.replace(/[\t\u00a0\u3000\u2002-\u200b]/g, ' ').replace(/ {2,}/g, ' ').trim();
        if (t) measureLine(t);
      }
    }
    if (!t) {
      if (count) lines[count - 1].flags |= BLANK_AFTER;
      continue;
    }
    const line = measuredLine(no, t, opensIndented(r));
    if ((measuredHints & HINT_SPACE) !== 0 && isLetterSpaced(t)) line.flags |= SPACED;
    const i = count++;
    const j = i & MEASURES_MASK;
    // (a line's width is its width in em until its column is read)
    em[j] = measuredHalfEm / 2;
    colsIn[j] = measuredHalfCols / 2;
    textLen[j] = t.length;
    flags[j] = (em[j] >= MIN_BODY_LINE_EM ? 1 : 0) | (endsClause(t) ? 2 : 0) | (measuredLatin ? 4 : 0);
    lines[i] = line;
    // A block's column is read as soon as the lines of the window after it are measured.
    if (count === unread + BLOCK + WIDTH_WINDOW_LINES) {
      readColumn(lines, unread, count);
      unread += BLOCK;
    }
  }
  lines.length = count;
  for (; unread < count; unread += BLOCK) readColumn(lines, unread, count);
  return lines;
}

/** Re-measures a piece cut out of a line, in the measure of its column. */
export function remeasure(line: Line, text: string): Piece {
  measureLine(text);
  const piece = measuredLine(line.no, text, false);
  if (line.col.exact) piece.widthHalves = piece.colsHalves;
  piece.flags |= line.flags & (SPACED | BLANK_AFTER);
  piece.col = line.col;
  return piece;
}

/**
 * The value at index k of a[0..n) once sorted (a's order is lost): a
 * selection (Hoare's quickselect), not a sort, for the few percentiles read
 * from each window of lines below.
 */
function kthSmallest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** A column's full lines are at least this share of the lines two columns narrower (its indented first lines). */
const MIN_FULL_PER_FIRST_LINE = 0.25;

/** Widths (in half columns) counted in an array; wider lines, rare, in a Map. */
const COUNTED_KEYS = 2048;
/** Lines readColumn reads per block; and the lines of the window about a block. */
const BLOCK = 32;
const WINDOW = 2 * WIDTH_WINDOW_LINES + BLOCK;
/** Lines whose measures are kept for readColumn (a power of two, at least WINDOW). */
const MEASURES_RING = 128;
const MEASURES_MASK = MEASURES_RING - 1;

/**
 * readColumn's working memory, kept from one call to the next: typed arrays
 * made afresh for each page (each its own buffer outside the heap) were a
 * measured twentieth of parsing the example pages. em, colsIn, textLen and
 * flags are a line's measures as toLines wrote them, line i at i &
 * MEASURES_MASK: width in em and in columns, text length, flags (1 body-wide,
 * 2 ends a clause, 4 Latin).
 */
const widthScratch = {
  ems: new Float64Array(WINDOW),
  runningCols: new Float64Array(WINDOW),
  lengths: new Float64Array(WINDOW),
  longs: new Float64Array(WINDOW),
  keys: new Float64Array(WINDOW),
  countAt: new Int32Array(COUNTED_KEYS),
  wideCount: new Map<number, number>(),
  em: new Float64Array(MEASURES_RING),
  colsIn: new Float64Array(MEASURES_RING),
  textLen: new Int32Array(MEASURES_RING),
  flags: new Uint8Array(MEASURES_RING),
};

/** Running lines counted at a width key (half columns) by readColumn. */
function countAtKey(key: number): number {
  return key < 0 ? 0 : key < COUNTED_KEYS ? widthScratch.countAt[key] : (widthScratch.wideCount.get(key) ?? 0);
}
/** Running lines at width w or half a column under it. */
const nearWidth = (w: number) => countAtKey(w * 2) + countAtKey(w * 2 - 1);

/**
 * The full width of a column is the width most body lines reach. Lines of a
 * page come from columns of different widths, so it is estimated per block of
 * lines (BLOCK, from `start`) from a window around the block, the lines of
 * `lines` up to `n` measured so far. toLines reads each block as soon as the
 * window after it is measured, so that the lines it writes their column to
 * are lines just made: read in a pass after all lines were made, at 400,000
 * lines each line object was a miss of the cache again. The measures read
 * here are kept in flat arrays, each line's read by several windows.
 */
function readColumn(lines: Line[], start: number, n: number): void {
  const { em, colsIn, textLen, flags } = widthScratch; // flags 1: body-wide, 2: ends a clause, 4: Latin text
  const { ems, runningCols, lengths, longs, countAt, keys, wideCount } = widthScratch;
  // Counts of running lines per width, keyed in half columns (widths are
  // multiples of ½): in an array up to COUNTED_KEYS (a Map for all of them was
  // the costliest line of the measuring), in a Map above; and the keys counted.
  // (countAt is all 0 between calls: each block sets back the keys it counted)
  const from = Math.max(0, start - WIDTH_WINDOW_LINES);
  const to = Math.min(n, start + BLOCK + WIDTH_WINDOW_LINES);
  let nEms = 0;
  let running = 0;
  let nLengths = 0;
  let nKeys = 0;
  for (let line = from; line < to; line++) {
    const i = line & MEASURES_MASK;
    if (flags[i] & 4) lengths[nLengths++] = textLen[i];
    if (!(flags[i] & 1)) continue;
    ems[nEms++] = em[i];
    // Widths in columns of lines that do not end a sentence: in a monospaced
    // column these are all full lines (W) or indented first lines (W - 2).
    if (flags[i] & 2) continue;
    runningCols[running++] = colsIn[i];
    const key = colsIn[i] * 2;
    const seen = countAtKey(key);
    if (key < COUNTED_KEYS) countAt[key] = seen + 1;
    else wideCount.set(key, seen + 1);
    if (!seen) keys[nKeys++] = key;
  }
  let full = 0;
  let fullCols = 0;
  let exact = false;
  if (nEms) {
    let mode = 0;
    let best = 0;
    // (the widest of the most common widths, whatever the order they are read in)
    for (let k = 0; k < nKeys; k++) {
      const w = keys[k] / 2;
      const c = nearWidth(w) + nearWidth(w - 2);
      // (and full lines number at least a quarter of the lines two columns
      // narrower, which it would read as indented first lines: a
      // width reached by a stray subtitle or a neighbouring column's lines,
      // two columns wider than the text, would read every line of the text
      // as an indented first line and each short line as a head)
      if (nearWidth(w) > 0 && nearWidth(w) >= MIN_FULL_PER_FIRST_LINE * nearWidth(w - 2) && (c > best || (c === best && w > mode))) [mode, best] = [w, c];
    }
    fullCols = running ? kthSmallest(runningCols, running, Math.floor(running * FULL_WIDTH_PERCENTILE)) : 0;
    if (mode < LONG_LINE_EM && running >= 4 && best >= running * EXACT_MODE_SHARE) {
      exact = true;
      full = mode;
    } else {
      // Whole-paragraph lines (e-paper text): the short lines among them are
      // titles and last lines, so the width is read from the long ones.
      let nLong = 0;
      for (let k = 0; k < nEms; k++) if (ems[k] >= LONG_LINE_EM) longs[nLong++] = ems[k];
      const [pool, size] = nLong >= nEms * LONG_LINE_SHARE ? [longs, nLong] : [ems, nEms];
      full = kthSmallest(pool, size, Math.min(size - 1, Math.floor(size * FULL_WIDTH_PERCENTILE)));
    }
  }
  for (let k = 0; k < nKeys; k++) if (keys[k] < COUNTED_KEYS) countAt[keys[k]] = 0;
  wideCount.clear();
  // Word-wrapped text: a line ends where the next word would not fit, so the
  // longest lines show the column width in characters.
  const maxChars = nLengths ? kthSmallest(lengths, nLengths, Math.floor((nLengths - 1) * 0.97)) : 0;
  const col: Column = { fullWidth: full, fullCols: exact ? full : fullCols, exact, maxChars };
  for (let i = start; i < Math.min(n, start + BLOCK); i++) {
    const l = lines[i];
    l.col = col;
    // A letter-spaced line far narrower than the column was not stretched
    // to its edge: it is a title set with spaces (书 香 满 城).
    // Nor was one wider than the column: it was set in a wider frame.
    if (l.flags & SPACED && fullCols && ((colsOf(l) < fullCols * STRETCHED_MIN_SHARE && !isStretchedFirstLine(l, lines[i + 1], fullCols)) || colsOf(l) > fullCols + OVER_WIDTH_TOLERANCE)) l.flags &= ~SPACED;
    if (exact) l.widthHalves = l.colsHalves;
  }
}

/**
 * A paragraph's first line in a narrow justified column: indented two
 * characters and one more short where its last character went down with the
 * comma after it (在 四 川 内 江 隆 / 昌 ， 这 条 开 业 不 久 的, the rule that no
 * line opens with a comma), then stretched to the indent. Running text, not
 * a title set with spaces, however narrow.
 */
function isStretchedFirstLine(l: Line, next: Line | undefined, fullCols: number): boolean {
  // (the next line letter-spaced: 昌 ， 这 … read without the space after its first character)
  return !!next && (next.flags & SPACED) !== 0 && colsOf(l) >= fullCols - FIRST_LINE_SHORT_COLS && PUSHED_DOWN.test(next.text.replace(FIRST_CHAR_SPACE, '$1'));
}

/** Columns an indented first line broken early falls short of the column's measure (two for the indent, one pushed down, half for squeezed marks). */
const FIRST_LINE_SHORT_COLS = 3.5;
/** A line's first character and the spaces after it. */
const FIRST_CHAR_SPACE = /^(\S)\s+/u;

/** Slack allowed below the full width before a line counts as short. */
export const shortfall = (l: Line) => (l.col.exact ? 0.75 : FULL_LINE_TOLERANCE);
