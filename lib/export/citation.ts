// GB/T 7714-2015 reference for a clipping (报纸中的析出文献, 4.4 and 8.x).
//
//   printed article (a 版次 is known):   作者. 题名[N]. 报纸名, 出版日期(版次).
//   paper, no 版次, has a url:           作者. 题名[N/OL]. 报纸名, 出版日期[引用日期]. URL.
//   no paper name, has a url (web page): 作者. 题名[EB/OL]. (出版日期)[引用日期]. URL.
//   nothing but the text:                作者. 题名[N]. 出版日期(版次).
//
// A known page means the print edition is cited, so its url (usually the
// e-paper reader) is left out, as in 钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).
// Unknown authors are omitted (allowed for the numeric system, 8.1.4); a
// missing title is written （无标题）, as everywhere else; other missing parts are simply left out.
// 引用日期 is the clipping date in Beijing time: the papers are dated in it.
import type { Clipping } from '../db/types';
import { UNTITLED_ZH } from '../i18n';
import { bylineAuthors, formatAuthors } from './byline-authors';

export type CitationFields = Pick<Clipping, 'title' | 'byline' | 'source' | 'date' | 'page' | 'url' | 'createdAt'>;

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(s: string): number | null {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else return null;
  }
  return total + digit || null;
}

/**
 * The 版次 for the citation: 4版 要闻, 第4版, 第04版, 04 -> 4; 第四版 -> 4.
 * Lettered pages keep letter and digits as printed (A04): B04 is a different
 * page from A04, so the letter cannot go.
 */
export function pageNumber(page: string | null | undefined): string | null {
  const p = (page ?? '').normalize('NFKC').trim();
  if (!p) return null;
  let m = /^第?\s*([A-Za-z]{1,2})\s*(\d{1,3})(?!\d)/.exec(p);
  if (m) return m[1].toUpperCase() + m[2];
  m = /(?:^|第)\s*0*(\d{1,3})(?!\d)/.exec(p) ?? /0*(\d{1,3})\s*版/.exec(p);
  if (m) return String(Number(m[1]));
  m = /第?([〇零一二两三四五六七八九十百]+)版/u.exec(p);
  const n = m ? chineseNumber(m[1]) : null;
  return n ? String(n) : null;
}

/** YYYY-MM-DD of an epoch-ms time in Beijing. */
export function beijingDate(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const tidy = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/g, ' ').trim();

export function citation(c: CitationFields): string {
  const authors = formatAuthors(bylineAuthors(c.byline));
  const head = `${authors ? `${authors}. ` : ''}${tidy(c.title) || UNTITLED_ZH}`;
  const paper = tidy(c.source).replace(/^《(.*)》$/u, '$1');
  const page = pageNumber(c.page);
  const url = tidy(c.url);
  const accessed = `[${beijingDate(c.createdAt)}]`;

  if (paper && !page && url) {
    return `${head}[N/OL]. ${paper}${c.date ? `, ${c.date}` : ''}${accessed}. ${url}.`;
  }
  if (!paper && url) {
    return `${head}[EB/OL]. ${c.date ? `(${c.date})` : ''}${accessed}. ${url}.`;
  }
  const published = [paper, c.date].filter(Boolean).join(', ') + (page ? `(${page})` : '');
  return `${head}[N]${published ? `. ${published}` : ''}.`;
}
