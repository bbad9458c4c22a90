// A query word → what to look up in the index (lib/searchable/index-terms.ts
// made it): a CJK run gives its character (one) or its pairs (two or more:
// 中华人民 → 中华 华人 人民, the text check settles the order); a Latin word
// or number is looked up whole, or as a prefix when it ends the query word,
// so `gd` finds GDP while typing. All are terms of the posting lists.
import { codePointBefore, gramKey, isGramChar, isWordChar, truncateWord, wordKey, wordKeyIsExact } from '../searchable';

export interface TermLookup {
  term: string;
  prefix: boolean;
}

/** What the index can tell about one folded query word. */
export interface WordPlan {
  /** Every clipping containing the word holds all these terms (gramKey, and wordKey of `lookups`). None: the index cannot help (punctuation only). */
  grams: number[];
  /** The Latin word terms among them, as words. */
  lookups: TermLookup[];
  /**
   * The index alone proves the word is there: one CJK character or pair, or
   * one Latin word short enough to be indexed whole. Otherwise every
   * candidate's text is checked.
   */
  exact: boolean;
  /**
   * The index's codes give the word's ranking figures exactly (title, count
   * bucket): one CJK character, or a pair of two different ones (a pair like
   * 哈哈 may overlap itself, which a count of matches does not).
   */
  figures: boolean;
}

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
  let figures = false;
  let i = 0;
  const len = word.length;
  while (i < len) {
    const cp = word.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isGramChar(cp)) {
      let end = i + width;
      while (end < len && isGramChar(word.codePointAt(end)!)) end += word.codePointAt(end)! > 0xffff ? 2 : 1;
      const chars = Array.from(word.slice(i, end), (c) => c.codePointAt(0)!);
      if (chars.length === 1) grams.add(gramKey(chars[0]));
      for (let k = 1; k < chars.length; k++) grams.add(gramKey(chars[k - 1], chars[k]));
      if (chars.length > 2) exact = false;
      figures = chars.length === 1 || (chars.length === 2 && chars[0] !== chars[1]);
      tokens++;
      i = end;
    } else if (isWordChar(cp)) {
      let end = i + width;
      while (end < len && isWordChar(word.codePointAt(end)!)) end += word.codePointAt(end)! > 0xffff ? 2 : 1;
      const token = word.slice(i, end);
      const truncated = truncateWord(token);
      // Whole when the query goes on after it; a truncated term can only be matched as a prefix.
      add(truncated, end >= len || truncated !== token);
      if (truncated !== token || !wordKeyIsExact(truncated)) exact = false;
      figures = false;
      tokens++;
      i = end;
    } else {
      // Punctuation and spaces are not indexed: only the text check can see them.
      exact = false;
      i += width;
    }
  }
  exact = exact && tokens === 1;
  for (const l of lookups) grams.add(wordKey(l.term, l.prefix));
  return { grams: [...grams], lookups, exact, figures: exact && figures && lookups.length === 0 };
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
