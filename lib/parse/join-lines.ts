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
  // Parts are collected and joined once: reading the last character of a
  // string that keeps growing flattens it every time (quadratic in the
  // paragraph's length), so the tail is tracked here instead.
  const parts: string[] = [lines[0]];
  let tail = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    const a = tail[tail.length - 1] ?? '';
    const before = tail.length >= 2 ? tail[tail.length - 2] : (parts.length >= 2 ? lastChar(parts[parts.length - 2]) : '');
    const b = next[0] ?? '';
    if (a === '-' && /[a-z]/i.test(before) && /[a-z]/.test(b) && before !== '-') {
      // develop- + ment: the hyphen goes, the word is joined whole
      parts[parts.length - 1] = tail = tail.slice(0, -1) + next;
      continue;
    }
    if (latin ? !/[\s—]/.test(a) && !HAN_RE.test(a) && !HAN_RE.test(b) : LATIN_LETTER.test(a) && LATIN_LETTER.test(b)) parts.push(' ');
    parts.push(next);
    tail = next;
  }
  return tidyParagraph(parts.join(''));
}

const lastChar = (s: string) => s[s.length - 1] ?? '';

/** Spaces between CJK characters out; runs of spaces in Latin text to one. */
export function tidyParagraph(text: string): string {
  return removeJustifySpaces(text.replace(/[ \t\u00a0\u3000]+/g, ' ')).trim();
}
