// Reads measured lines into page items: paragraphs (wrapped lines joined),
// display lines (titles, headings, bylines: short lines with no sentence end),
// notes, captions, jump markers and furniture. Which display line is a title
// and which a heading is decided later, by position (see articles.ts).

import {
  BLANK_NOISE_SHARE,
  FULL_LINE_TOLERANCE,
  HEAD_ZONE_LINES,
  INDENT_TOLERANCE,
  LONG_LINE_EM,
  MAX_DISPLAY_EM,
  MAX_INDENT_EM,
  MAX_TITLE_EM,
  NEARLY_FULL_EM,
  OVER_WIDTH_TOLERANCE,
} from './constants';
import { isFurnitureLine } from './furniture';
import { isLatinText, joinLines } from './join-lines';
import { measureWidth, type Line } from './lines';
import { JUMP_MARKER, LATIN_END, STRONG_END, WEAK_END, hasDecor, isCaption, isNote, isSectionNumberLine, splitTrailingNote } from './patterns';

export type Item =
  | { kind: 'paragraph'; text: string; lines: number }
  | { kind: 'display'; text: string; width: number; fullWidth: number }
  | { kind: 'note'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'marker'; text: string }
  | { kind: 'furniture'; text: string };

interface Piece extends Line {
  /** Text that follows a jump marker opens a paragraph. */
  startsParagraph?: boolean;
  /** Text before a jump marker at a line's end closes its paragraph. */
  endsParagraph?: boolean;
  marker?: string;
}

/** Jump markers come out of the line; what stood before and after becomes its own piece. */
function splitMarkers(lines: Line[]): Piece[] {
  const out: Piece[] = [];
  for (const line of lines) {
    const m = line.text.length < 2000 ? JUMP_MARKER.exec(line.text) : null;
    if (!m) {
      out.push(line);
      continue;
    }
    const before = line.text.slice(0, m.index).trim();
    const after = line.text.slice(m.index + m[0].length).trim();
    const piece = (text: string): Piece => ({ ...line, text, width: measureWidth(text) });
    if (before) out.push({ ...piece(before), endsParagraph: !after || undefined, blankAfter: false });
    out.push({ ...piece(m[0]), marker: m[0].replace(/[（）()\s]/g, ''), blankAfter: false });
    if (after) out.push({ ...piece(after), startsParagraph: true });
    else out[out.length - 1].blankAfter = line.blankAfter;
  }
  return out;
}

function endsSentence(text: string): 'strong' | 'weak' | null {
  if (STRONG_END.test(text) || splitTrailingNote(text)) return 'strong';
  if (isLatinText(text) && LATIN_END.test(text)) return 'strong';
  if (WEAK_END.test(text)) return 'weak';
  return null;
}

const isShort = (l: Line) => !l.spaced && l.width < l.fullWidth - FULL_LINE_TOLERANCE;
const isLong = (l: Line) => l.width >= LONG_LINE_EM;

/** A line that stands alone: no sentence end, and not a line of running text
 *  (too short to have reached the column edge, or wider than the column). */
function isDisplayLine(l: Piece): boolean {
  if (l.startsParagraph || l.spaced || l.width > MAX_DISPLAY_EM || isLong(l)) return false;
  if (endsSentence(l.text)) return false;
  if (/[，、,；;]$/.test(l.text)) return false;
  if (l.fullWidth >= LONG_LINE_EM) return l.width <= MAX_TITLE_EM;
  return isShort(l) || l.width > l.fullWidth + OVER_WIDTH_TOLERANCE;
}

/** A full line of a wrapped column (not a whole-paragraph line). */
const isFullColumnLine = (l: Piece) => !l.marker && !isLong(l) && (l.spaced || l.width >= l.fullWidth - FULL_LINE_TOLERANCE);

/**
 * A display line in context: a short line with no sentence end is a
 * paragraph's indented first line, not a title or heading, when a full line
 * of the column follows it and it is only an indent narrower than that.
 */
function isDisplayAt(pieces: Piece[], i: number): boolean {
  const l = pieces[i];
  const next = pieces[i + 1];
  // A line right before （上接…） is the title the marker belongs to.
  if (next?.marker && /上接|接上|续/.test(next.marker) && !endsSentence(l.text) && l.width <= MAX_DISPLAY_EM) return true;
  if (!isDisplayLine(l)) return false;
  if (isSectionNumberLine(l.text) || hasDecor(l.text)) return true;
  return !(isIndentedFirstLine(l) && goesOn(l, next));
}

/** About two characters narrower than a full line: where a paragraph starts. */
const isIndentedFirstLine = (l: Piece) => !l.spaced && l.width >= l.fullWidth - MAX_INDENT_EM && l.width < l.fullWidth - INDENT_TOLERANCE;

/** The paragraph that `l` opens goes on in `next`: a (nearly) full line, or a
 *  short last line that ends the sentence. */
function goesOn(l: Piece, next: Piece | undefined): boolean {
  if (!next || next.marker || next.startsParagraph || isLong(next) || isNote(next.text)) return false;
  if (next.spaced || next.width >= l.fullWidth - NEARLY_FULL_EM) return !isDisplayLine(next) || next.width > next.fullWidth + OVER_WIDTH_TOLERANCE ? true : false;
  return !!endsSentence(next.text) && next.width < l.fullWidth - MAX_INDENT_EM;
}

/** Which lines ended their paragraph, for the look-back in paragraphEndsAt. */
let paragraphEndsAtCache = new WeakMap<Piece, boolean>();

export function readItems(lines: Line[]): Item[] {
  paragraphEndsAtCache = new WeakMap();
  const pieces = splitMarkers(lines);
  const textLines = pieces.filter((p) => !p.marker).length || 1;
  // Blank lines after most lines are line spacing; otherwise they separate paragraphs.
  const blanksSeparate = pieces.filter((p) => p.blankAfter).length / textLines < BLANK_NOISE_SHARE;

  const items: Item[] = [];
  let open: string[] = [];
  let openEnded = true; // the open paragraph's last line ended a sentence
  const close = () => {
    if (open.length) {
      const text = joinLines(open);
      const split = splitTrailingNote(text);
      if (split) {
        items.push({ kind: 'paragraph', text: split[0], lines: open.length });
        items.push({ kind: 'note', text: split[1] });
      } else if (text) items.push({ kind: 'paragraph', text, lines: open.length });
    }
    open = [];
    openEnded = true;
  };

  // Page furniture at the head of a page: mastheads mix recognisable lines
  // (dates, 刊号) with display lines that belong to them (slogans, teasers).
  let headZoneEnd = -1;
  for (let i = 0; i < Math.min(pieces.length, HEAD_ZONE_LINES); i++) {
    const p = pieces[i];
    if (isFurnitureLine(p.text)) headZoneEnd = i;
    else if (!isDisplayAt(pieces, i)) break;
  }

  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.marker) {
      if (p.text && /下转|转下|转第|转\d/.test(p.marker)) close();
      items.push({ kind: 'marker', text: p.marker });
      continue;
    }
    if (i <= headZoneEnd) {
      if (isFurnitureLine(p.text) || !isFollowedByArticleHead(pieces, i)) {
        items.push({ kind: 'furniture', text: p.text });
        continue;
      }
    }
    if (p.width <= MAX_DISPLAY_EM * 2 && isFurnitureLine(p.text) && !(open.length && !openEnded && !isShort(p))) {
      items.push({ kind: 'furniture', text: p.text }); // the open paragraph goes on after it
      continue;
    }
    if (isCaption(p.text) && (isShort(p) || isLong(p) || !open.length || openEnded)) {
      items.push({ kind: 'caption', text: p.text.replace(/\s+/g, ' ') });
      continue;
    }
    if (isNote(p.text)) {
      close();
      items.push({ kind: 'note', text: p.text.replace(/\s+/g, ' ') });
      continue;
    }
    if (!p.startsParagraph && openEnded && isDisplayAt(pieces, i)) {
      close();
      items.push({ kind: 'display', text: p.text, width: p.width, fullWidth: p.fullWidth });
      continue;
    }
    if (p.startsParagraph) close();
    open.push(p.text);
    openEnded = false;
    const ends = paragraphEndsAt(pieces, i, blanksSeparate);
    paragraphEndsAtCache.set(p, ends);
    if (ends) close();
  }
  close();
  return items;
}

/** In the head zone, a display line right before an article's text or
 *  byline is a title, not part of the masthead. */
function isFollowedByArticleHead(pieces: Piece[], i: number): boolean {
  const next = pieces[i + 1];
  if (!next) return false;
  if (next.marker) return true;
  return !isFurnitureLine(next.text) && !isDisplayAt(pieces, i + 1);
}

/**
 * Does the paragraph end after line i? A line that ends a sentence and
 * stops short of the column edge ends its paragraph. A full line that ends a
 * sentence ends it only when the next line is indented: Chinese paragraphs
 * open with a two-character indent, which copying drops but which leaves the
 * first line about two characters narrower than a full line.
 */
function paragraphEndsAt(pieces: Piece[], i: number, blanksSeparate: boolean): boolean {
  const l = pieces[i];
  if (l.endsParagraph) return true;
  const end = endsSentence(l.text);
  if (!end) return false;
  // Whole-paragraph lines end their paragraph, unless a column break cut it after ；or ：
  if (isLong(l)) return end === 'strong';
  if (isShort(l)) {
    // An indented first line whose sentence ends at the line's end, and a full line follows.
    const next = pieces[i + 1];
    const first = i === 0 || pieces[i - 1].marker || paragraphEndsAtCache.get(pieces[i - 1]);
    return !(first && isIndentedFirstLine(l) && end === 'strong' && next && !next.marker && isFullColumnLine(next) && next.width >= l.fullWidth - INDENT_TOLERANCE + 0.5 && !endsSentence(next.text));
  }
  if (blanksSeparate && l.blankAfter) return true;
  let j = i + 1;
  while (j < pieces.length && !pieces[j].marker && (isFurnitureLine(pieces[j].text) || isCaption(pieces[j].text))) j++;
  const next = pieces[j];
  if (!next || next.marker || next.startsParagraph) return true;
  if (isDisplayAt(pieces, j) || isNote(next.text)) return true;
  if (end === 'weak') return false;
  const indented = !next.spaced && next.width < l.fullWidth - INDENT_TOLERANCE;
  // A short next line that itself ends a sentence may just be this paragraph's tail.
  return indented && !(endsSentence(next.text) && isShort(next) && next.width < l.fullWidth / 2);
}
