// Character pairs of Han text, the unit the parser compares texts by: Chinese
// has no word spaces, and two texts on one subject share many pairs (a title
// and its article, a caption and the article it illustrates).

const NOT_WORD = /[^\p{Script=Han}A-Za-z0-9]/gu;

/** The set of adjacent character pairs of a text's Han, Latin and digit characters. */
export function bigramSet(text: string): Set<string> {
  const t = wordChars(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Share of `probe`'s pairs found in `text` (a title's pairs in an article's text). */
export function coverage(probe: Set<string>, text: Set<string>): number {
  if (!probe.size) return 0;
  let hit = 0;
  for (const g of probe) if (text.has(g)) hit++;
  return hit / probe.size;
}

/** A text's Han, Latin and digit characters: the text its pairs are taken from. */
export function wordChars(text: string): string {
  return text.replace(NOT_WORD, '');
}

/**
 * wordChars with a memory, for texts read again and again (the same
 * paragraphs under each reading of a page). wordChars of a joined text is the
 * join of each part's wordChars.
 */
export function memoWordChars(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let words = memo.get(text);
    if (words === undefined) memo.set(text, (words = wordChars(text)));
    return words;
  };
}

/**
 * Share of `probe`'s pairs found in `words` (from wordChars): the same as
 * coverage(probe, bigramSet(text)) without building the text's set, which
 * costs a string per character of the text.
 */
export function coverageIn(probe: Set<string>, words: string): number {
  if (!probe.size) return 0;
  let hit = 0;
  for (const g of probe) if (words.includes(g)) hit++;
  return hit / probe.size;
}

/** Share of pairs two texts have in common (Dice). */
export function topicSimilarity(a: string, b: string): number {
  const A = bigramSet(a);
  const B = bigramSet(b);
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const g of A) if (B.has(g)) common++;
  return (2 * common) / (A.size + B.size);
}
