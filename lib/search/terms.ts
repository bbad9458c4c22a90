// Search terms: folded text → what the index stores, and a query word →
// what to look up.
//
// Chinese has no spaces between words, so CJK text is indexed as every single
// character and every pair of neighbouring characters (grams), hashed into the
// clipping's signature (signature.ts): a query of one or two characters needs
// those, a longer one all its pairs (中华人民 → 中华 华人 人民), and the text
// check settles the order. Latin words and numbers go whole into the
// `searchIndex.terms` multi-entry index and are found by prefix, so `gd` finds
// GDP while typing. Pairs never cross a non-CJK character: text on either
// side of punctuation or a field boundary is not adjacent.
import { codePointBefore, isGramChar, isWordChar } from './fold';
import { gramHash } from './signature';

/**
 * Longer words are indexed by their first 24 characters (URLs, long numbers
 * and identifiers would bloat the index), and matched by prefix like any
 * other word, so nothing is missed: the text check settles the rest.
 */
export const MAX_WORD_TERM = 24;

/** How a term is looked up: the exact key, or every key that starts with it. */
export interface TermLookup {
  term: string;
  prefix: boolean;
}

/** Adds the Latin words and numbers of one folded text to `into`. */
export function addWordTerms(folded: string, into: Set<string>): void {
  const len = folded.length;
  let i = 0;
  while (i < len) {
    const cp = folded.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      let end = i + width;
      while (end < len) {
        const c = folded.codePointAt(end)!;
        if (!isWordChar(c)) break;
        end += c > 0xffff ? 2 : 1;
      }
      into.add(truncateWord(folded.slice(i, end)));
      i = end;
      continue;
    }
    i += width;
  }
}

/** The first MAX_WORD_TERM code points of a word. */
function truncateWord(word: string): string {
  if (word.length <= MAX_WORD_TERM) return word;
  return Array.from(word).slice(0, MAX_WORD_TERM).join('');
}

/** The word terms of some folded texts, each once. */
export function wordTermsOf(foldedTexts: readonly string[]): string[] {
  const into = new Set<string>();
  for (const text of foldedTexts) addWordTerms(text, into);
  return [...into];
}

/** What the index can tell about one folded query word. */
export interface WordPlan {
  /** Every clipping containing the word has all these grams in its signature. */
  grams: number[];
  /** … and all these word terms in the index. Neither: the index cannot help. */
  lookups: TermLookup[];
  /**
   * True when the word terms alone prove the word is there: a single Latin
   * word short enough to be indexed whole. Otherwise (and for every CJK
   * word, since a signature can be wrong) each candidate's text is checked.
   */
  exact: boolean;
}

/**
 * The look-ups for one folded query word. A CJK run gives its character (one)
 * or its pairs (two or more). A Latin word followed by something else in the
 * query must be a whole word in the text (`new york`: `new` is followed by a
 * space there too); the last one may be the start of a longer word (prefix).
 */
export function planWord(word: string): WordPlan {
  const grams = new Set<number>();
  const lookups: TermLookup[] = [];
  const seen = new Set<string>();
  const add = (term: string, prefix: boolean) => {
    const key = (prefix ? '*' : '=') + term;
    if (!seen.has(key)) {
      seen.add(key);
      lookups.push({ term, prefix });
    }
  };
  let tokens = 0;
  let exact = true;
  let i = 0;
  const len = word.length;
  while (i < len) {
    const cp = word.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isGramChar(cp)) {
      let end = i + width;
      while (end < len && isGramChar(word.codePointAt(end)!)) end += word.codePointAt(end)! > 0xffff ? 2 : 1;
      const chars = Array.from(word.slice(i, end), (c) => c.codePointAt(0)!);
      if (chars.length === 1) grams.add(gramHash(chars[0], 0));
      for (let k = 1; k < chars.length; k++) grams.add(gramHash(chars[k - 1], chars[k]));
      exact = false;
      tokens++;
      i = end;
    } else if (isWordChar(cp)) {
      let end = i + width;
      while (end < len && isWordChar(word.codePointAt(end)!)) end += word.codePointAt(end)! > 0xffff ? 2 : 1;
      const token = word.slice(i, end);
      const truncated = truncateWord(token);
      // Whole when the query goes on after it; a truncated term can only be matched as a prefix.
      add(truncated, end >= len || truncated !== token);
      if (truncated !== token) exact = false;
      tokens++;
      i = end;
    } else {
      // Punctuation and spaces are not indexed: only the text check can see them.
      exact = false;
      i += width;
    }
  }
  return { grams: [...grams], lookups, exact: exact && tokens === 1 };
}

/**
 * Does `word` (folded) occur in `text` (folded) at `index` as a match? A word
 * that starts with a letter or digit must start a word in the text: `gdp`
 * matches GDP增长 but not `ngdp`, so the index (whole words, found by prefix)
 * and the text check agree.
 */
export function startsAtBoundary(text: string, index: number, word: string): boolean {
  if (!isWordChar(word.codePointAt(0)!)) return true;
  const before = codePointBefore(text, index);
  return before < 0 || !isWordChar(before);
}
