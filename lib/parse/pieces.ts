// Jump markers (（上接 1版）, （下转第2版）) come out of the line they stand in:
// what stood before and after each becomes a line of its own.

import { HINT_OPEN_BRACKET, HINT_ROLE } from './char-hints';
import { isLong } from './line-shape';
import { BLANK_AFTER, ENDS_PARAGRAPH, INDENTED, MARKER, STARTS_PARAGRAPH, hintsOf, isSpaced, remeasure, setFlags, widthOf, type Line, type Piece } from './lines';
import { JUMP_MARKER, hasDecor, hasRoleWord, isBylineLine, isStructuredByline } from './patterns';

/** ■ 郝海秋 党的十八大以来，…: a marked name, then a space and the text's first words. */
const DECORATED_NAME_THEN_TEXT = /^([^\p{Script=Han}\s]{1,2}[ \t\u3000]*\p{Script=Han}{2,4})[ \t\u3000]+(?=\S)/u;

/** Text set letter-spaced (a justified line: 新 华 社 北 京 6 月 5): no name runs on so. */
const LETTER_SPACED_START = /^(?:\S ){3,}\S/u;

/** Where a byline ends and text begins on one line (the text holds a comma or stop, or runs on after a marked name), or 0. */
function bylineGluedToText(line: Line): number {
  const { text } = line;
  if (text.length > 80) return 0;
  const marked = hasDecor(text) ? DECORATED_NAME_THEN_TEXT.exec(text) : null;
  if (marked && isBylineLine(marked[1], false) && (/[，。、；]/u.test(text.slice(marked[0].length)) || textAfterName(text.slice(marked[0].length)))) return marked[1].length;
  // (a role word first: a test by code, as this runs on every line)
  if (!(hintsOf(line) & HINT_ROLE) || !hasRoleWord(text) || !/^(?:本报|新华社|中新社)?(?:首席|特约|见习)?(?:记者|通讯员)\s/u.test(text)) return 0;
  let cut = 0;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const rest = text.slice(i + 1);
    if (isStructuredByline(text.slice(0, i)) && (/[，。、；]/u.test(rest) || LETTER_SPACED_START.test(rest)) && !isStructuredByline(rest)) cut = i;
  }
  return cut;
}

/**
 * What follows a marked name on its line is the text's first words, though
 * they hold no comma or stop yet (□ 肖楠哲 全国人大常委会委员长赵 over
 * 乐际3日下午…): one run of this many characters at least that is no name, no
 * byline and no photo credit.
 */
function textAfterName(rest: string): boolean {
  const t = rest.trim();
  return t.length >= MIN_TEXT_AFTER_NAME_CHARS && !/\s/u.test(t) && !isBylineLine(t, false) && !isStructuredByline(t) && !/[摄图]$/u.test(t);
}
/** (a name's tail or a credit is shorter) */
const MIN_TEXT_AFTER_NAME_CHARS = 4;

/** A sentence's end, a space, and more text: where one paragraph ended and the next began. */
const END_THEN_SPACE = /[。！？][”’」』]?[ \u3000]+(?=\S)/u;

/**
 * Where a paragraph's last line and the next paragraph's first line stand on
 * one line, or 0: a line wider than its column, not letter-spaced, with a
 * space after a sentence's end (游客纷纷举起手机拍照留念。 “第一次见到这么大的冰).
 * A copy joins two runs of text that share a baseline so; Chinese text sets
 * no space after 。 of its own.
 */
function paragraphsOnOneLine(line: Line): number {
  if (isSpaced(line) || !line.col.fullWidth || widthOf(line) <= line.col.fullWidth + 1 || isLong(line)) return 0;
  const m = END_THEN_SPACE.exec(line.text);
  return m ? m.index + m[0].length : 0;
}

// (Piece is declared beside Line, which makes every piece: lines.ts needs it
// and must not import this module, which imports it)
export type { Piece } from './lines';

/**
 * Jump markers come out of the line; what stood before and after becomes its own piece.
 * Returns `lines` itself (every Line is made as a Piece) when no line is cut.
 */
export function splitMarkers(lines: Line[]): Piece[] {
  // (made at the first line cut: copying a long paste's lines one by one into a
  // second array was a pass over every line object, costlier the more there are)
  let out: Piece[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // (every marker opens with a bracket: the line's hints first, then the pattern)
    const m = line.text.length < 2000 && hintsOf(line) & HINT_OPEN_BRACKET ? JUMP_MARKER.exec(line.text) : null;
    if (!m) {
      // Two runs of text the copy joined on one baseline: a byline and the text's
      // first line (本报记者 黎红林 2025年1月5日，第; ■ 郝海秋 党的十八大以来，), or one
      // paragraph's last line and the next one's first.
      const cut = bylineGluedToText(line) || paragraphsOnOneLine(line);
      if (cut) {
        out ??= lines.slice(0, i);
        out.push(setFlags(remeasure(line, line.text.slice(0, cut).trim()), ENDS_PARAGRAPH, BLANK_AFTER));
        out.push(setFlags(remeasure(line, line.text.slice(cut).trim()), STARTS_PARAGRAPH));
      } else if (out) out.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    const before = line.text.slice(0, m.index).trim();
    const after = line.text.slice(m.index + m[0].length).trim();
    // (fields set on the pieces remeasure makes, not spread into new objects: see measuredLine)
    if (before) out.push(setFlags(remeasure(line, before), (line.flags & INDENTED) | (after ? 0 : ENDS_PARAGRAPH), BLANK_AFTER));
    out.push(setFlags(remeasure(line, m[0]), MARKER, BLANK_AFTER));
    // (after a marker that sends the text on, （下转第二版）, the text broke off: what the copy
    // joined on after it is another article's, its title's first line as often as a paragraph)
    if (after) out.push(setFlags(remeasure(line, after), /下转|转下|转第/u.test(m[0]) ? 0 : STARTS_PARAGRAPH));
    else setFlags(out[out.length - 1], line.flags & BLANK_AFTER, BLANK_AFTER);
  }
  return out ?? lines;
}
