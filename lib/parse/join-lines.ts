// Joins the lines of one paragraph back into running text.

import { ALL_HINTS, HINT_LATIN, HINT_SPACE } from './char-hints';
import { closeLetterSpacing } from './cjk';
import { dropJustifySpaces } from './justify-spaces';

const HAN_RE = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;
const HYPHEN = 0x2d;
/** LATIN_LETTER by code (NaN, past a string's end, is none). */
const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** More Latin letters than Han characters (twice as many): English or pinyin text. */
export function isLatinText(text: string): boolean {
  return latinExcess(text, Math.min(text.length, LATIN_SAMPLE_CHARS)) > 0;
}

/** Characters read to tell Latin text from Chinese. */
export const LATIN_SAMPLE_CHARS = 2000;

/** What each UTF-16 unit adds to the Latin excess: 1 a Latin letter, -2 a Han character (lines.ts reads it while measuring). */
export const LATIN_WEIGHT = new Int8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) LATIN_WEIGHT[c] = 1;
  else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) LATIN_WEIGHT[c] = -2;
}

/** Latin letters less twice the Han characters among the first n of a text:
 *  above 0, the text is Latin. It adds up over consecutive texts. */
function latinExcess(text: string, n: number): number {
  let excess = 0;
  for (let i = 0; i < n; i++) excess += LATIN_WEIGHT[text.charCodeAt(i)];
  return excess;
}

/** isLatinText of the lines joined, without joining them. */
function isLatinLines(lines: string[]): boolean {
  let excess = 0;
  let left = LATIN_SAMPLE_CHARS;
  for (const text of lines) {
    const n = Math.min(text.length, left);
    excess += latinExcess(text, n);
    left -= n;
    if (!left) break;
  }
  return excess > 0;
}

/**
 * Joins wrapped lines. Chinese lines join with nothing between them; English
 * lines join with a space, and a word hyphenated at a line end
 * (`develop-` + `ment`) is joined whole. Justification spaces are removed
 * afterwards, so `在 21` + `世纪` becomes `在21世纪`.
 */
export function joinLines(lines: string[], hints = ALL_HINTS): string {
  // `hints`: the lines' char-hints.ts bits together, where known. Lines (trimmed)
  // with no space and no Latin letter have nothing to close up, tidy or part.
  if (!(hints & (HINT_SPACE | HINT_LATIN))) return lines.join('');
  // (no Latin letter, no Latin text: the count reads every character)
  const latin = (hints & HINT_LATIN) !== 0 && isLatinLines(lines);
  if (!latin) lines = lines.map(closeLetterSpacing);
  if (lines.length === 1) return tidyParagraph(lines[0]);
  // Parts are collected and joined once: reading the last character of a
  // string that keeps growing flattens it every time (quadratic in the
  // paragraph's length), so the tail is tracked here instead.
  const parts: string[] = [lines[0]];
  let tail = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    // Chinese lines join with nothing between them unless two Latin letters
    // meet: read by code, without a string for each line's last and first character.
    if (!latin && tail.charCodeAt(tail.length - 1) !== HYPHEN) {
      if (isLatinLetter(tail.charCodeAt(tail.length - 1)) && isLatinLetter(next.charCodeAt(0))) parts.push(' ');
      parts.push(next);
      tail = next;
      continue;
    }
    const a = tail[tail.length - 1] ?? '';
    const before = tail.length >= 2 ? tail[tail.length - 2] : (parts.length >= 2 ? lastChar(parts[parts.length - 2]) : '');
    const b = next[0] ?? '';
    if (a === '-' && /[a-z]/i.test(before) && before !== '-') {
      // develop- + ment: the hyphen goes, the word is joined whole
      if (/[a-z]/.test(b)) {
        parts[parts.length - 1] = tail = tail.slice(0, -1) + next;
        continue;
      }
      // Sino- + American: a hyphen before a capital is the word's own, and
      // stays with no space after it
      if (/[A-Z]/.test(b)) {
        parts.push(next);
        tail = next;
        continue;
      }
    }
    if (latin ? !/[\s—]/.test(a) && !HAN_RE.test(a) && !HAN_RE.test(b) : LATIN_LETTER.test(a) && LATIN_LETTER.test(b)) parts.push(' ');
    parts.push(next);
    tail = next;
  }
  return tidyParagraph(parts.join(''));
}

/** Every space removeJustifySpaces or the fold before it acts on (SPACE_CLASS). */
const ANY_SPACE = /[ \t\u00a0\u3000\u2002-\u200b]/;

const lastChar = (s: string) => s[s.length - 1] ?? '';

/** Spaces between CJK characters out; runs of spaces in Latin text to one. */
export function tidyParagraph(text: string): string {
  // Most Chinese paragraphs hold no space at all: nothing to remove.
  if (!ANY_SPACE.test(text)) return text.trim();
  // (removeJustifySpaces read by code: the fold leaves no U+3000)
  return dropJustifySpaces(text.replace(/[ \t\u00a0\u3000]+/g, ' ')).trim();
}
