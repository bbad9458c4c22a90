// Named rules that settle each header field from every source a page offers
// (the adapter, the body's own lines, lib/extract/evidence.ts). Each rule is
// a small pure function so it can be tested on its own.
import { dateFromUrl, normalizeDate } from './dates';
import type { PageEvidence } from './evidence';
import type { PrintedIn } from './page';
import { lineRuleFor } from './rules';
import { squash, tidyByline, tidyLine } from './text';
import { splitSiteSuffix } from './title';

/** A newspaper, magazine or news agency: names ending in 报, 杂志, 周刊, 新闻社/通讯社/新华社. */
export function isPaperName(name: string): boolean {
  const n = name.replace(/[《》\s]/gu, '');
  return /(?:报|報|杂志|雜誌|周刊|週刊|月刊|旬刊|画报|畫報|新闻社|新聞社|通讯社|通訊社|新华社|新華社|中新社)(?:海外版|社)?$/u.test(n) && !isSiteOrChannel(n);
}

/** A web site or one of its channels: 光明网, 文化频道, 新浪新闻客户端, example.com. */
export function isSiteOrChannel(name: string): boolean {
  return /(?:网|網|频道|頻道|客户端|客戶端|APP|号|號|站|平台)$|\.(?:com|cn|net|org)\b/iu.test(name.trim());
}

/**
 * Rule paper-beats-site: the paper a page says its text was printed in
 * (《光明日报》（… 03版）, 来源：光明日报) wins over the site's own name and its
 * channels; with no paper named, the first name given is kept.
 */
export function chooseSource(printed: PrintedIn | null, candidates: (string | null | undefined)[]): string | null {
  const names = candidates.map((c) => tidyLine(c?.replace(/[《》]/gu, ''))).filter((c): c is string => !!c);
  if (printed?.source) return tidyLine(printed.source);
  return names.find(isPaperName) ?? names.find((n) => !isSiteOrChannel(n) || n.length <= 12) ?? null;
}

const EDITOR_WORD = /责任编辑|责编|編輯|責任編輯|責編|^编辑|[（(]编辑|编辑\s*[:：]/u;

/** Rule editor-is-not-author: a byline that is an editor credit, or names only editors, is no byline. */
export function isEditorByline(byline: string, editors: readonly string[]): boolean {
  if (EDITOR_WORD.test(byline)) return true;
  const names = byline.split(/[\s、，,;；]+/u).filter(Boolean);
  return names.length > 0 && names.every((n) => editors.includes(n));
}

/**
 * Rule names-keep-separators: the author line, its names kept apart
 * (本报记者 王乐文 方敏). Rule paper-is-no-author: an "author" that is a paper
 * (Yahoo gives 星島日報 as the author) is the source, not the byline.
 */
export function chooseByline(candidates: (string | null | undefined)[], editors: readonly string[]): string | null {
  for (const c of candidates) {
    const t = tidyByline(c);
    if (t && [...t].length <= 80 && !isEditorByline(t, editors) && !isPaperName(t)) return t;
  }
  return null;
}

/** Papers given where an author is expected (JSON-LD author, the author element): sources for chooseSource. */
export function papersAsAuthors(candidates: (string | null | undefined)[]): string[] {
  return candidates.map((c) => tidyByline(c)).filter((t): t is string => !!t && isPaperName(t));
}

function usableTitle(t: string | null | undefined, site: string | null): string | null {
  const s = tidyLine(t);
  if (!s || [...s].length < 2) return null;
  // Labels (图集) and a bare site name (a <title> that is only 新华网) are not headlines.
  if (lineRuleFor(s) || (site && s === site) || (isSiteOrChannel(s) && [...s].length <= 8)) return null;
  return s;
}

/**
 * Rule title-fallback: the adapter's title, else og:title / JSON-LD headline,
 * else <title> without the site suffix (` - 人民网`, `_新华网`, `|…`), else the
 * largest heading on the page. Labels (图集) and bare site names are not titles.
 */
export function chooseTitle(adapterTitle: string | null | undefined, ev: PageEvidence | null): string | null {
  const site = ev?.docTitle.site ?? ev?.meta.siteName ?? null;
  const fromAdapter = usableTitle(adapterTitle, site);
  if (fromAdapter || !ev) return fromAdapter;
  const meta = ev.meta.title ? splitSiteSuffix(ev.meta.title, ev.meta.siteName).title : null;
  return usableTitle(meta, site) ?? usableTitle(ev.docTitle.title, site) ?? usableTitle(ev.largestHeading, site);
}

/** Dates: the adapter's, the printed-in line's, the metadata's, the URL's. */
export function chooseDate(adapterDate: string | null | undefined, printed: PrintedIn | null, ev: PageEvidence | null, url: string): string | null {
  return normalizeDate(adapterDate) ?? printed?.date ?? normalizeDate(ev?.meta.date) ?? ev?.visibleDate ?? dateFromUrl(url);
}

export const squashed = (s: string | null | undefined): string | null => (s ? squash(s) || null : null);
