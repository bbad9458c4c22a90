// Every threshold the parser uses, with the typographic fact behind it.
// Widths are measured in em (one Han character = 1): see measureLine() in lines.ts.

/** Full-width CJK punctuation is set half-width (标点挤压) in most newspaper
 *  columns, so it counts as half an em when lines are compared. */
export const PUNCT_EM = 0.5;
/** Digits and Latin letters are half-width in Chinese typesetting. */
export const LATIN_EM = 0.5;

/** A line this much narrower than the column's full width did not reach the
 *  right edge, so it ends its paragraph (or is a title, heading, byline). */
export const FULL_LINE_TOLERANCE = 1.25;
/** Chinese paragraphs open with a two-character indent that copying drops:
 *  the first line of a paragraph is about 2 em narrower than a full line. */
export const INDENT_TOLERANCE = 1.0;
/** How much narrower than a full line a paragraph's first line can be
 *  (the two-character indent, and a little for punctuation squeeze). */
export const MAX_INDENT_EM = 3.5;
/** A line this much wider than the column cannot be one of its lines: it is a
 *  title or page furniture set across several columns. */
export const OVER_WIDTH_TOLERANCE = 2;
/** A line within this of the full width is a running line, though punctuation
 *  squeeze makes it measure a little short. */
export const NEARLY_FULL_EM = 1.75;

/** Lines at least this wide are whole paragraphs (e-paper text, or a PDF that
 *  keeps one paragraph per line); no newspaper column is this wide. */
export const LONG_LINE_EM = 48;
/** When this share of lines is whole-paragraph wide, the text is e-paper text. */
export const LONG_LINE_SHARE = 0.25;
/** In e-paper text a title is a line this short with no sentence end; a
 *  longer one is a paragraph broken at a column end. */
export const MAX_TITLE_EM = 30;
/** When this share of running lines in a window is exactly full or exactly
 *  indented (in columns), the copy is monospaced (no punctuation squeeze) and widths are compared exactly. */
export const EXACT_MODE_SHARE = 0.85;
/** Lines narrower than this are not used to estimate the column width. */
export const MIN_BODY_LINE_EM = 6;
/** Share of lines in the window that are full lines: the column width is the
 *  width that this upper share of body lines reaches. */
export const FULL_WIDTH_PERCENTILE = 0.7;
/** Lines on each side used to estimate the local column width; pages mix
 *  columns of different widths, so the estimate is local. */
export const WIDTH_WINDOW_LINES = 40;

/** A title, heading or byline is a short line: longer ones are text. */
export const MAX_DISPLAY_EM = 40;
/** A crosshead broken over two lines leaves a tail this short. */
export const MAX_HEADING_TAIL_CHARS = 6;
/** Bylines are short: role words and up to a few names. */
export const MAX_BYLINE_CHARS = 40;

/** When at least this share of blank lines follows a full line in mid-sentence,
 *  they are line spacing (a double-spaced copy), not paragraph separators. */
export const BLANK_NOISE_SHARE = 0.25;

/** The masthead and page header sit in the first lines of a page. */
export const HEAD_ZONE_LINES = 30;

/** Input above this many bytes of junk characters per thousand is not text. */
export const MAX_JUNK_PER_THOUSAND = 100;

/** Text compared on each side of a lone display line to tell a crosshead
 *  (same subject) from a new article's title (another subject). */
export const TOPIC_WINDOW_CHARS = 1500;
/** A title's words recur early in its text: this much of the text is compared
 *  with a title (it keeps each comparison's cost independent of the page). */
export const TITLE_WORDS_WINDOW = 3000;
/** Below this share of common character pairs the text changed subject. */
export const TOPIC_SHIFT = 0.08;
