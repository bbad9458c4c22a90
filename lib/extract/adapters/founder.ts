// The Founder (方正) e-paper system behind 光明日报 and many provincial and
// city dailies: pages named nw.D110000gmrb_20250701_1-04.htm (or content_…htm),
// body in #articleContent / <founder-content>, and the metadata in an
// <!--enpproperty …--> comment (see ../enp-property.ts), which is preferred
// over the visible header because it is not broken into styled lines.
import { collectBody } from '../body';
import { dateFromUrl } from '../dates';
import { findEnpComment, readEnpProperty } from '../enp-property';
import { findPageLabel, formatPage, pageNumberFromUrl, parsePageLabels } from '../page';
import { textOf } from '../text';
import { splitSiteSuffix } from '../title';
import type { SiteAdapter } from '../types';

const NW_URL = /\/nw\.D\d+[a-z]*_\d{8}_\d+-[A-Za-z]?\d+\.htm/i;
const BODY = '#articleContent, #ozoom, founder-content, .founder-content';
const PAGE_FURNITURE = '.ban, .l_t, .list_l, .paper-bot, .left-top, .pagename, .page-name, #pageList';

// Paper codes in Founder URLs (…/gmrb/html/…, nw.D110000gmrb_…).
const PAPERS: Record<string, string> = {
  renmrb: '人民日报', rmrb: '人民日报', gmrb: '光明日报', jjrb: '经济日报', zgqnb: '中国青年报',
  rmzxb: '人民政协报', fzrb: '法治日报', kjrb: '科技日报', zgjyb: '中国教育报', grrb: '工人日报', nmrb: '农民日报',
};

function paperFromUrl(url: string): string | null {
  const m = /nw\.D\d+([a-z]+)_/i.exec(url) ?? /\/([a-z]+)\/html\//i.exec(url);
  return m ? (PAPERS[m[1].toLowerCase()] ?? null) : null;
}

/** The adapter's cheap check, on its own so the every-page article check (lib/clip/article-check.ts) can take it without extract. */
export function isFounderPage(doc: Document, url: string): boolean {
  if (!doc.querySelector(BODY)) return false;
  // The comment walk only runs on pages that have a Founder body element.
  return NW_URL.test(url) || findEnpComment(doc) !== null;
}

export const founder: SiteAdapter = {
  name: 'founder',
  canExtract: isFounderPage,
  extract(doc, url) {
    const body = doc.querySelector(BODY);
    if (!body) return null;
    const enp = readEnpProperty(doc) ?? {};
    const box = body.closest('.text_c, .article, .detail, .content') ?? doc.body;
    // nodename may hold the whole label: 第04版：要闻 / A04：要闻.
    const node = enp.nodename ? parsePageLabels(enp.nodename)[0] : undefined;
    const num = enp.page ?? node?.num ?? pageNumberFromUrl(url);
    const label = (enp.pagename ?? node?.name) ? null : findPageLabel(doc, PAGE_FURNITURE, num);
    return {
      kicker: enp.introtitle ?? textOf(box, 'h3'),
      title: enp.title ?? textOf(box, 'h1'),
      subtitle: enp.subtitle ?? textOf(box, 'h2'),
      byline: enp.author ?? textOf(box, 'h4, .author'),
      source: paperFromUrl(url) ?? splitSiteSuffix(doc.title ?? '').site,
      date: enp.date ?? dateFromUrl(url),
      page: formatPage(num ?? label?.num, enp.pagename ?? node?.name ?? label?.name),
      body: collectBody(body),
    };
  },
};
