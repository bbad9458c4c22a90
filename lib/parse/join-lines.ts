// Joins the lines of one paragraph back into running text.

import { removeJustifySpaces } from './cjk';

const HAN_RE = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** More Latin letters than Han characters (twice as many): English or pinyin text. */
export function isLatinText(text: string): boolean {
  let han = 0;
  let latin = 0;
  const n = Math.min(text.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  return latin > han * 2;
}

/**
 * Joins wrapped lines. Chinese lines join with nothing between them; English
 * lines join with a space, and a word hyphenated at a line end
 * (`develop-` + `ment`) is joined whole. Justification spaces are removed
 * afterwards, so `在 21` + `世纪` becomes `在21世纪`.
 */
export function joinLines(lines: string[]): string {
  if (lines.length === 1) return tidyParagraph(lines[0]);
  const latin = isLatinText(lines.join(''));
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    const a = out[out.length - 1] ?? '';
    const b = next[0] ?? '';
    if (a === '-' && /[a-z]/i.test(out[out.length - 2] ?? '') && /[a-z]/.test(b) && out[out.length - 2] !== '-') {
      out = out.slice(0, -1) + next;
    } else if (latin ? !/[\s—]/.test(a) && !HAN_RE.test(a) && !HAN_RE.test(b) : LATIN_LETTER.test(a) && LATIN_LETTER.test(b)) {
      out += ' ' + next;
    } else {
      out += next;
    }
  }
  return tidyParagraph(out);
}

/** Spaces between CJK characters out; runs of spaces in Latin text to one. */
export function tidyParagraph(text: string): string {
  return removeJustifySpaces(text.replace(/[ \t\u00a0\u3000]+/g, ' ')).trim();
}
