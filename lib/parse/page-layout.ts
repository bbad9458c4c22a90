// Facts about the whole copy that decide how its lines are read: whether its
// blank lines separate paragraphs or are mere line spacing, whether indents
// were printed (as spaces) and whether paragraphs lost their indent.

import { BLANK_NOISE_SHARE, MAX_INDENT_EM } from './constants';
import { isLong, isNearlyFull, isShort, spacedLineCols } from './line-shape';
import { colsOf, endsClause, hasBlankAfter, isIndented, isMarker, isSpaced, widthOf } from './lines';
import type { Piece } from './pieces';
import { endsSentence } from './sentence-end';

/** Paragraph starts needed before the copy is judged to have no indents. */
const MIN_INDENT_EVIDENCE = 3;
/** Printed indents mark paragraphs only where fewer lines than this share have them. */
const MAX_INDENTED_SHARE = 0.7;

export interface PageLayout {
  /** Blank lines separate paragraphs and blocks (otherwise they are line spacing). */
  blanksSeparate: boolean;
  /** Lines printed with a leading indent open paragraphs. */
  useIndents: boolean;
  /** Paragraphs open with a lost indent (a first line two characters short). */
  indentsLost: boolean;
}

export function readPageLayout(pieces: Piece[]): PageLayout {
  let textLines = 0;
  let blanks = 0;
  let midSentence = 0;
  let indented = 0;
  // (one pass for both readings, the indent style's too, by index: a long
  // paste's pieces read twice missed the cache twice, and an iterator over them
  // allocated a result object for each, 16 MB of a parse of 400,000 display lines)
  const style = { indent: 0, full: 0 };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (i > 0) readIndentStyleAt(pieces[i - 1], p, style);
    if (!isMarker(p)) textLines++;
    if (isIndented(p)) indented++;
    if (!hasBlankAfter(p)) continue;
    blanks++;
    // Blank lines are line spacing when many follow a full line in mid-sentence
    // (a double-spaced copy); otherwise they separate paragraphs and blocks.
    if (!endsClause(p.text) && isNearlyFull(p)) midSentence++;
  }
  textLines ||= 1;
  return {
    blanksSeparate: blanks >= 2 && midSentence < blanks * BLANK_NOISE_SHARE,
    useIndents: indented > 0 && indented < textLines * MAX_INDENTED_SHARE,
    indentsLost: !(style.full >= MIN_INDENT_EVIDENCE && style.indent * 2 < style.full),
  };
}

/**
 * Does this copy lose the two-character indent of a paragraph's first line?
 * Look at the lines that follow a clear paragraph end (a short line that
 * ends a sentence): if they are mostly full, paragraphs here are not
 * indented, and a line two characters short is not a first line. Counts the
 * line l after prev into `style` (indents kept, full first lines).
 */
function readIndentStyleAt(prev: Piece, l: Piece, style: { indent: number; full: number }): void {
  if (isMarker(prev) || isMarker(l) || isLong(l) || !isShort(prev) || endsSentence(prev.text) !== 'strong' || endsSentence(l.text)) return;
  // (a first line letter-spaced to the indent, 数 字 基 础 设 施 建 设 实 in a column
  // of eleven, is an indent kept in its width: counted, not a full line)
  if (isSpaced(l)) {
    const chars = spacedLineCols(l);
    if (l.col.fullCols > 0 && chars >= l.col.fullCols - MAX_INDENT_EM && chars <= l.col.fullCols - 1.5) style.indent++;
    return;
  }
  // Judged in columns: squeezed punctuation can make a first line measure full in em.
  const cols = l.col.exact ? widthOf(l) : colsOf(l);
  const fullCols = l.col.exact ? l.col.fullWidth : l.col.fullCols;
  if (cols >= fullCols - MAX_INDENT_EM && cols <= fullCols - 1.5) style.indent++;
  else if (cols >= fullCols - 0.5) style.full++;
}

