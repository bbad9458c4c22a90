// Character classes for Chinese typography. Chinese prose puts no space
// between Han characters, nor between Han text and full-width punctuation,
// nor (in newspapers) between Han text and digits or Latin letters. A PDF
// copy of a justified line, however, shows one space between every character
// (`余 名 成 员`), so any such space is an artefact of layout, not of the text.

/** Han ideographs, CJK punctuation and full-width forms, and the curly quotes,
 *  ellipsis and dashes Chinese text uses. Keep in step with score.mjs. */
export const CJK_CLASS = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';

const HAN = '\\p{Script=Han}';
// The patterns are built in pure-annotated calls, so that a bundle that uses
// none of them drops them whole: the every-page content script imports this
// module (through lib/extract/text.ts) and calls none, and a top-level
// `new RegExp(`…${X}…`)` left their sources in it (0.3 KB of its 30 KB).
const CJK_RE = /* @__PURE__ */ (() => new RegExp(`[${CJK_CLASS}]`, 'u'))();
const HAN_RE = /* @__PURE__ */ (() => new RegExp(`[${HAN}]`, 'u'))();

export const isCjk = (ch: string): boolean => CJK_RE.test(ch);
export const isHan = (ch: string): boolean => HAN_RE.test(ch);

/** Spaces of any width, including the full-width 　 and no-break space. */
export const SPACE_CLASS = ' \\t\\u00a0\\u3000\\u2002-\\u200b';

/** CJK characters and punctuation other than the curly quotes, which English uses too. */
const CJK_NO_QUOTES = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2026\\u2014';
const QUOTES = '\\u2018-\\u201d';
const SPACE_AFTER_CJK = /* @__PURE__ */ (() => new RegExp(`([${CJK_NO_QUOTES}])[${SPACE_CLASS}]+`, 'gu'))();
const SPACE_BEFORE_CJK = /* @__PURE__ */ (() => new RegExp(`[${SPACE_CLASS}]+([${CJK_NO_QUOTES}])`, 'gu'))();
// A curly quote is Chinese punctuation only where Chinese stands on its other side:
// `“ 人生` → `“人生`, but `lunch,” said` keeps its space.
const QUOTE_GAP = /* @__PURE__ */ (() => new RegExp(`[${QUOTES}][${SPACE_CLASS}]+[${QUOTES}]`, 'u'))();
const QUOTE_INNER_SPACE = /* @__PURE__ */ (() => new RegExp(`[‘“][${SPACE_CLASS}]|[${SPACE_CLASS}][’”]`, 'u'))();
const SPACE_AFTER_OPEN_QUOTE = /* @__PURE__ */ (() => new RegExp(`([‘“])[${SPACE_CLASS}]+`, 'gu'))();
const SPACE_BEFORE_CLOSE_QUOTE = /* @__PURE__ */ (() => new RegExp(`[${SPACE_CLASS}]+(?=[’”])`, 'gu'))();
const QUOTE_SPACE_QUOTE = /* @__PURE__ */ (() => new RegExp(`([${QUOTES}])[${SPACE_CLASS}]+(?=[${QUOTES}])`, 'gu'))();
// … and so is a space before an opening quote whose quotation is Chinese, or
// after a closing one whose quotation was (学习手记 | “环境就是民生”, …加入战争。” 5日).
const SPACE_BEFORE_CJK_QUOTE = /* @__PURE__ */ (() => new RegExp(`[${SPACE_CLASS}]+(?=[‘“]${HAN})`, 'gu'))();
const SPACE_AFTER_CJK_QUOTE = /* @__PURE__ */ (() => new RegExp(`(?<=[${CJK_NO_QUOTES}][’”])[${SPACE_CLASS}]+`, 'gu'))();

/**
 * Removes every space that touches a CJK character or CJK punctuation on
 * either side: `余 名 成 员` → `余名成员`, `高 3 米` → `高3米`. Spaces between
 * two Latin words or two numbers stay (`LIAO YUAN`, `6564079 6564060`).
 */
export function removeJustifySpaces(text: string): string {
  let out = text.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
  // Quotes next to quotes: `” “` in Chinese text is justification too.
  if (QUOTE_GAP.test(out) && HAN_RE.test(out)) out = out.replace(QUOTE_SPACE_QUOTE, '$1');
  // Inside quotation marks in Chinese text: a quotation never opens or closes
  // with a space, so one there is justification (“ 90 后 ” → “90后”, “ 村 BA ” → “村BA”).
  if (QUOTE_INNER_SPACE.test(out) && HAN_RE.test(out)) out = out.replace(SPACE_AFTER_OPEN_QUOTE, '$1').replace(SPACE_BEFORE_CLOSE_QUOTE, '');
  return out.replace(SPACE_BEFORE_CJK_QUOTE, '').replace(SPACE_AFTER_CJK_QUOTE, '');
}

/** A line split at its spaces into at least this many parts may be letter-spaced. */
const MIN_SPACED_PARTS = 4;

/**
 * A letter-spaced line (a justified line whose characters each stand apart:
 * 法 自 1 9 9 8 年 1 月, 举 行 “ 1 + 1 0 ” 对 话) closed up: a space between
 * two single characters is justification, whatever they are. Spaces touching
 * a longer run stay for tidyParagraph to judge (GDP 增长 keeps none, iPhone 15
 * its one).
 */
export function closeLetterSpacing(line: string): string {
  if (!line.includes(' ')) return line;
  const parts = line.split(/ +/);
  if (parts.length < MIN_SPACED_PARTS) return line;
  let single = 0;
  for (const p of parts) if (p.length === 1) single++;
  if (single * 2 < parts.length) return line;
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) out += (parts[i - 1].length === 1 && parts[i].length === 1 ? '' : ' ') + parts[i];
  return out;
}

const SPACE_RUN = /* @__PURE__ */ (() => new RegExp(`[${SPACE_CLASS}]+`, 'gu'))();

/**
 * Like removeJustifySpaces, but keeps one space between two Han runs that the
 * paper printed as a clause gap (`服务越到位 群众越满意`, `（胡方玉 宋海珊）`):
 * such a gap is wider than the spaces justification adds between single
 * characters, so it survives only where the runs on both sides are at least
 * two characters long and the line is not letter-spaced throughout.
 */
export function tidyLineSpaces(text: string): string {
  const t = text.replace(SPACE_RUN, ' ').trim();
  const parts = t.split(' ');
  if (parts.length < 2) return t;
  // A letter-spaced line: most parts are one character long.
  const single = parts.filter((p) => [...p].length === 1).length;
  if (single * 2 >= parts.length) return removeJustifySpaces(closeLetterSpacing(t));
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const prev = out.slice(-1);
    const next = parts[i][0];
    const keep =
      (!isCjk(prev) && !isCjk(next)) || // Latin words and numbers keep their space
      (isHan(prev) && isHan(next) && [...parts[i - 1]].length >= 2 && [...parts[i]].length >= 2) ||
      // a closing quote or bracket before a new clause: “…” 群众
      (/[”》）]/u.test(prev) && isHan(next) && [...parts[i]].length >= 2);
    out += (keep ? ' ' : '') + parts[i];
  }
  return out;
}

/** A Han character, Latin letter or digit: what a word is made of, at a line's seam. */
const WORD_CHARS = /[\p{Script=Han}A-Za-z0-9]/gu;
/** The last word character of a text ('' for none). */
export const lastWordChar = (text: string) => text.match(WORD_CHARS)?.pop() ?? '';
/** The first word character of a text ('' for none). */
export const firstWordChar = (text: string) => text.match(WORD_CHARS)?.[0] ?? '';
