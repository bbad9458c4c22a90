// Which characters a line holds, as bits, collected while the line is
// measured (lines.ts reads every character once there). A per-line test that
// needs one of a few characters is skipped on a line that holds none of them,
// without a pass of its own over the line: most lines fail most tests, and
// each such pass or regex call cost about as much as the test's real work.
//
// Each set is a necessary condition of the tests that read it (named beside
// it); tests/parse/char-hints.test.ts holds every test to its set on every
// fixture line. A caller without a line passes ALL_HINTS: every test runs.

/** Any character /\s/ matches, and the zero-width space (which tidyParagraph removes too). */
export const HINT_SPACE = 1 << 0;
/** A field's colon ：:∶ (isCreditLine; the CREDIT and CONTACT forms of isFurnitureLine). */
export const HINT_COLON = 1 << 1;
/** 年 (isDatedHeaderLine, the dates of isFurnitureLine). */
export const HINT_YEAR = 1 << 2;
/** A character that opens one of hasFurnitureHint's forms (isFurnitureLine). */
export const HINT_FURNITURE = 1 << 3;
/** CAPTION_HINT's characters (isCaption). */
export const HINT_CAPTION = 1 << 4;
/** The characters that open a role word: 员, 记(者), 撰(稿) (hasRoleWord). */
export const HINT_ROLE = 1 << 5;
/** Latin letters A–Z, a–z (joinLines: with no space either, lines join as they are). */
export const HINT_LATIN = 1 << 6;
/** An opening bracket （ or ( (every jump marker opens with one). */
export const HINT_OPEN_BRACKET = 1 << 7;
/** An opening book-title or quotation mark 《 “ (leavesMarkOpen). */
export const HINT_OPEN_MARK = 1 << 8;

/** Every bit set: for a text read with no line, every test runs in full. */
export const ALL_HINTS = 0xffff;

/** \s in a JavaScript pattern: white space and line terminators. */
const SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** hasFurnitureHint's forms hold a digit, a colon, @, a capital (of two), w (of www), 年, or 主 承 版 刊 (of 主管 主办 承印 出版 版权 刊号). */
const FURNITURE_CHARS = `0123456789:@${UPPER}w：∶年主承版刊`;

/** Each UTF-16 unit's hint bits. */
export const CHAR_HINTS = /* @__PURE__ */ (() => {
  const table = new Uint16Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] |= bit;
  };
  mark(SPACE_CHARS, HINT_SPACE);
  mark('：:∶', HINT_COLON);
  mark('年', HINT_YEAR);
  mark(FURNITURE_CHARS, HINT_FURNITURE);
  mark('摄图▲△资视', HINT_CAPTION);
  mark('员记撰', HINT_ROLE);
  mark(UPPER + LOWER, HINT_LATIN);
  mark('（(', HINT_OPEN_BRACKET);
  mark('《“', HINT_OPEN_MARK);
  return table;
})();

/** The hint bits of a text (what measureLine collects for a line). */
export function charHints(text: string): number {
  let hints = 0;
  for (let i = 0; i < text.length; i++) hints |= CHAR_HINTS[text.charCodeAt(i)];
  return hints;
}
