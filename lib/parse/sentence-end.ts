// How a line ends: with a sentence end (。！？…, or . ! ? in English text), with
// a clause that leads on (—— ：；), or in mid-sentence.
//
// The forms are STRONG_END, LATIN_END and WEAK_END in patterns.ts; they are
// read here from the line's end backwards, which costs a few characters
// instead of a regex scan of the whole line (this runs several times a line).
// tests/parse/sentence-end.test.ts holds the two to the same answers.

import { isLatinText } from './join-lines';
import { splitTrailingNote } from './patterns';

/** Closing quotes and brackets that may follow a sentence end (STRONG_END). */
const STRONG_CLOSERS = '”’」』）)]》"\'';
/** The same after an English sentence end (LATIN_END). */
const LATIN_CLOSERS = '"\'”’)]';
const STRONG_MARKS = '。！？!?…';
const LATIN_MARKS = '.!?';
const WEAK_MARKS = '—：:；;';
const DOT = 0x2e;

/** The sets above as bits, and each UTF-16 unit's sets: a lookup by code
 *  (text[i] of a Han character would make a new string each time, and a
 *  search of the set's string costs a loop per character read). */
const STRONG_CLOSER = 1;
const LATIN_CLOSER = 2;
const STRONG_MARK = 4;
const LATIN_MARK = 8;
const WEAK_MARK = 16;
const MEMBER_OF = new Uint8Array(0x10000);
for (const [chars, bit] of [[STRONG_CLOSERS, STRONG_CLOSER], [LATIN_CLOSERS, LATIN_CLOSER], [STRONG_MARKS, STRONG_MARK], [LATIN_MARKS, LATIN_MARK], [WEAK_MARKS, WEAK_MARK]] as const)
  for (let k = 0; k < chars.length; k++) MEMBER_OF[chars.charCodeAt(k)] |= bit;

/** Is the UTF-16 unit `c` in the set `bit`? */
const isOneOf = (c: number, bit: number) => (MEMBER_OF[c] & bit) !== 0;

/** Index just past the text before its run of trailing closers. */
function beforeClosers(text: string, closers: number): number {
  let j = text.length;
  while (j > 0 && isOneOf(text.charCodeAt(j - 1), closers)) j--;
  return j;
}

/** STRONG_END: 。！？!? … or ... then closers. */
export function hasStrongEnd(text: string): boolean {
  const j = beforeClosers(text, STRONG_CLOSER);
  if (!j) return false;
  const c = text.charCodeAt(j - 1);
  return isOneOf(c, STRONG_MARK) || (c === DOT && j >= 3 && text.charCodeAt(j - 2) === DOT && text.charCodeAt(j - 3) === DOT);
}

/** LATIN_END: . ! ? then closers. */
export function hasLatinEnd(text: string): boolean {
  const j = beforeClosers(text, LATIN_CLOSER);
  return j > 0 && isOneOf(text.charCodeAt(j - 1), LATIN_MARK);
}

/** WEAK_END: —— — ： : ； ; at the very end. */
export function hasWeakEnd(text: string): boolean {
  return text.length > 0 && isOneOf(text.charCodeAt(text.length - 1), WEAK_MARK);
}

/** 'strong': a sentence ends here (an end note glued on counts); 'weak': a clause leads on. */
export function endsSentence(text: string): 'strong' | 'weak' | null {
  // (every form ends with a mark or closer of the sets above: most lines end with neither)
  if (!MEMBER_OF[text.charCodeAt(text.length - 1)]) return null;
  if (hasStrongEnd(text) || splitTrailingNote(text)) return 'strong';
  // (the cheap end test first: isLatinText reads the whole line)
  if (hasLatinEnd(text) && isLatinText(text)) return 'strong';
  if (hasWeakEnd(text)) return 'weak';
  return null;
}
