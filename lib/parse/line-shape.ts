// What a line's width says about its place in a paragraph. Chinese columns
// are justified: every line of a paragraph but the last reaches the right
// edge, and the first is indented by two characters (an indent that copying
// usually drops, leaving the first line two characters short).

import { INDENT_TOLERANCE, LONG_LINE_EM, MAX_INDENT_EM, NEARLY_FULL_EM } from './constants';
import { colsOf, halfWidthsOf, isSpaced, shortfall, widthOf, type Line } from './lines';

/** A whole paragraph on one line (e-paper text): wider than any column. */
export const isLong = (l: Line) => widthOf(l) >= LONG_LINE_EM;

/** Stops short of the column edge: by width, and (where punctuation is
 *  squeezed, which can make a full line measure short) by columns too. */
export const isShort = (l: Line) =>
  !isSpaced(l) && widthOf(l) < l.col.fullWidth - shortfall(l) - slackDigits(l) * DIGIT_SLACK_EACH && (l.col.exact || !l.col.fullCols || colsOf(l) < l.col.fullCols - shortfall(l) + 0.5);

/** Reaches the column edge (a letter-spaced line was stretched to it). */
export const isFull = (l: Line) => !isLong(l) && (isSpaced(l) || widthOf(l) >= l.col.fullWidth - shortfall(l) - slackDigits(l) * DIGIT_SLACK_EACH);

/** Reaches, or nearly reaches, the edge: punctuation squeeze can leave a full line a little short. */
export const isNearlyFull = (l: Line) => !isLong(l) && (isSpaced(l) || widthOf(l) >= l.col.fullWidth - (l.col.exact ? 0.75 : NEARLY_FULL_EM) - slackDigits(l) * DIGIT_SLACK_EACH);

/** Room a full line's digits and Latin letters may leave (measured at half a
 *  character, they are set a little wider and the line justified):
 *  居环境较好的仅4000个。有 fills a column of 13 though it measures 12. */
const DIGIT_SLACK_EACH = 0.25;
/** Digits and letters counted at most (a slack of 1 em). */
const MAX_SLACK_DIGITS = 4;
/** Min(1, halfWidths × ¼) is this × ¼ (a whole number: a fraction returned was a number boxed each call). */
const slackDigits = (l: Line) => Math.min(MAX_SLACK_DIGITS, halfWidths(l));

/** As wide as an indented first line: about two characters short of full.
 *  (`extraHalves`: read the line as that many half columns wider in both
 *  measures, where a copy of the line with wider measures was made.) */
export function hasIndentWidth(l: Line, extraHalves = 0): boolean {
  const width = (l.widthHalves + extraHalves) / 2;
  const cols = (l.colsHalves + extraHalves) / 2;
  if (isSpaced(l) || width >= LONG_LINE_EM) return false;
  // Digits and Latin letters measure half a character, but a justified line
  // spreads the room they leave: such a line may measure up to half a
  // character short per digit or letter it holds (今年68岁的非遗传承人周桂兰
  // fills an indented line of 14).
  const slack = Math.min(MAX_HALF_WIDTH_SLACK, halfWidths(l) / 2);
  if (l.col.exact) return width >= l.col.fullWidth - 2.75 - slack && width <= l.col.fullWidth - 1.25;
  if (width >= l.col.fullWidth - MAX_INDENT_EM - slack && width < l.col.fullWidth - INDENT_TOLERANCE) return true;
  // Counted in characters too: quotes and commas set full width measure
  // half an em squeezed (从“一季火”到“四季旺”，这座 is 15 characters of 17).
  return l.col.fullCols > 0 && cols >= l.col.fullCols - 2.5 && cols <= l.col.fullCols - 1.5;
}

/** At most this much room left by digits and letters is read as justification. */
const MAX_HALF_WIDTH_SLACK = 1.5;

/** Digits and Latin letters in a line (set half width): counted when it was measured (toLines), or here. */
export const halfWidths = halfWidthsOf;
/** The columns a letter-spaced line's characters fill, its spaces left out (digits and Latin letters half a column: 9 月 9 日 下 午 ， 国 holds seven). */
export const spacedLineCols = (l: Line) => l.text.replace(/\s+/g, '').length - halfWidths(l) / 2;
export function halfWidthCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) n++;
  }
  return n;
}
