// 版次/版名: which page of the paper an article was printed on, written
// '04版 要闻' (number padded to two digits, section letter kept: 'A04版').
import { normalizeDate } from './dates';
import { squash } from './text';

/** Pads the number of a page label: '4' → '04', 'A4' → 'A04'; null for anything else. */
export function padPageNumber(n: string | null | undefined): string | null {
  const m = n ? /^\s*([A-Za-z]{0,2})0*(\d{1,3})\s*$/.exec(n) : null;
  return m ? `${m[1].toUpperCase()}${m[2].padStart(2, '0')}` : null;
}

export function formatPage(num: string | null | undefined, name: string | null | undefined): string | null {
  const n = padPageNumber(num);
  const label = name ? squash(name).replace(/^[:：\s]+/, '') : '';
  if (n && label) return `${n}版 ${label}`;
  if (n) return `${n}版`;
  return label || null;
}

/** Page number in an e-paper file name: nw.D110000renmrb_20210701_1-04.htm → '04', node_04.html → '04'. */
export function pageNumberFromUrl(url: string): string | null {
  const m = /_\d{8}_\d+-([A-Za-z]?\d{1,3})\.s?html?\b/.exec(url) ?? /\/node_([A-Za-z]?\d{1,3})\.s?html?\b/.exec(url);
  return m ? m[1] : null;
}

export interface PageLabel {
  num: string;
  name: string | null;
}

const LABEL = /第\s*([A-Za-z]?\d{1,3})\s*版\s*(?:[:：]\s*([^\s:：第（(]{1,16}))?/gu;
const BARE_LABEL = /^([A-Za-z]?\d{1,3})\s*(?:版)?\s*[:：]\s*(\S{1,16})$/u;

/** All page labels (第04版：要闻, A04：要闻) printed in a piece of page furniture. */
export function parsePageLabels(text: string): PageLabel[] {
  const out: PageLabel[] = [];
  for (const m of squash(text).matchAll(LABEL)) out.push({ num: m[1], name: m[2] ?? null });
  if (!out.length) {
    const m = BARE_LABEL.exec(squash(text));
    if (m) out.push({ num: m[1], name: m[2] });
  }
  return out;
}

/**
 * Finds the page label in the page furniture. A left-hand list of all pages
 * holds many labels, so the one whose number matches `wanted` (from the URL)
 * is chosen; without a number the first label found wins.
 */
export function findPageLabel(doc: Document, selectors: string, wanted: string | null): PageLabel | null {
  const want = padPageNumber(wanted);
  let first: PageLabel | null = null;
  for (const el of Array.from(doc.querySelectorAll(selectors))) {
    for (const label of parsePageLabels(el.textContent ?? '')) {
      if (want && padPageNumber(label.num) === want) return label;
      first ??= label;
    }
  }
  // With a number wanted, a label for another page would name the wrong page.
  return want ? null : first;
}

export interface PrintedIn {
  source: string;
  date: string | null;
  /** Page number as printed: '04'. */
  pageNum: string | null;
  /** Formatted: '04版'. */
  page: string | null;
}

/** Reads the line that says where a text was printed: 《 人民日报 》（ 2025年07月01日 第 04 版）. */
export function parsePrintedIn(text: string): PrintedIn | null {
  const m = /《\s*([^》]{2,20}?)\s*》\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*)?([A-Za-z]?\d{1,3})?\s*(?:版)?\s*[）)]/u.exec(text);
  if (!m) return null;
  return { source: m[1], date: normalizeDate(m[2]), pageNum: m[3] ?? null, page: m[3] ? formatPage(m[3], null) : null };
}

/** True for a paragraph that is nothing but such a line. */
export function isPrintedInLine(text: string): boolean {
  const t = squash(text);
  return !!parsePrintedIn(t) && t.replace(/《[^》]*》\s*[（(][^）)]*[）)]/u, '').trim() === '';
}
