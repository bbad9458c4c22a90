// What a line's width says about its place in a paragraph. Chinese columns
// are justified: every line of a paragraph but the last reaches the right
// edge, and the first is indented by two characters (an indent that copying
// usually drops, leaving the first line two characters short).

import { INDENT_TOLERANCE, LONG_LINE_EM, MAX_INDENT_EM, NEARLY_FULL_EM } from './constants';
import { shortfall, type Line } from './lines';

/** A whole paragraph on one line (e-paper text): wider than any column. */
export const isLong = (l: Line) => l.width >= LONG_LINE_EM;

/** Stops short of the column edge: by width, and (where punctuation is
 *  squeezed, which can make a full line measure short) by columns too. */
export const isShort = (l: Line) =>
  !l.spaced && l.width < l.fullWidth - shortfall(l) && (l.exact || !l.fullCols || l.cols < l.fullCols - shortfall(l) + 0.5);

/** Reaches the column edge (a letter-spaced line was stretched to it). */
export const isFull = (l: Line) => !isLong(l) && (l.spaced || l.width >= l.fullWidth - shortfall(l));

/** Reaches, or nearly reaches, the edge: punctuation squeeze can leave a full line a little short. */
export const isNearlyFull = (l: Line) => !isLong(l) && (l.spaced || l.width >= l.fullWidth - (l.exact ? 0.75 : NEARLY_FULL_EM));

/** As wide as an indented first line: about two characters short of full. */
export function hasIndentWidth(l: Line): boolean {
  if (l.spaced || isLong(l)) return false;
  if (l.exact) return l.width >= l.fullWidth - 2.75 && l.width <= l.fullWidth - 1.25;
  return l.width >= l.fullWidth - MAX_INDENT_EM && l.width < l.fullWidth - INDENT_TOLERANCE;
}
