// Query text → the words to find and to exclude, folded like the index.
//
//   词1 词2        both must occur (AND), each anywhere in the clipping
//   "一个 短语"     the phrase as written (spaces between CJK fold away, as in the text)
//   -词 -"短语"    clippings containing it are left out
//
// Chinese input methods type “ ” 「 」 『 』 for quotes and － for minus, so
// those work too. A lone `-` (the user is about to type a word) is ignored.
import { foldText } from '../searchable';

export interface QueryWord {
  /** Folded: what is looked for in folded text. */
  text: string;
  /** As typed, without quotes or minus. */
  raw: string;
  phrase: boolean;
}

export interface ParsedQuery {
  include: QueryWord[];
  exclude: QueryWord[];
}

const CLOSING: Record<string, string> = { '"': '"＂”', '＂': '"＂”', '“': '”"＂', '「': '」', '『': '』' };
const MINUS = '-－';
const SPACE = /\s/u;

export function parseQuery(query: string): ParsedQuery {
  const include: QueryWord[] = [];
  const exclude: QueryWord[] = [];
  const q = query ?? '';
  let i = 0;
  while (i < q.length) {
    if (SPACE.test(q[i])) {
      i++;
      continue;
    }
    let negative = false;
    if (MINUS.includes(q[i])) {
      if (i + 1 >= q.length || SPACE.test(q[i + 1])) {
        i++;
        continue;
      }
      negative = true;
      i++;
    }
    let raw: string;
    let phrase = false;
    const closers = CLOSING[q[i]];
    if (closers) {
      let end = i + 1;
      while (end < q.length && !closers.includes(q[end])) end++;
      raw = q.slice(i + 1, end);
      phrase = true;
      i = end + 1;
    } else {
      let end = i;
      while (end < q.length && !SPACE.test(q[end])) end++;
      raw = q.slice(i, end);
      i = end;
    }
    const text = foldText(raw);
    if (!text) continue;
    const list = negative ? exclude : include;
    if (!list.some((w) => w.text === text)) list.push({ text, raw, phrase });
  }
  return { include, exclude };
}
