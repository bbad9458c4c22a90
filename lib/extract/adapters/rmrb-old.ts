// 人民日报 electronic edition, layout used until 2024:
// paper.people.com.cn/rmrb/html/2021-07/01/nw.D110000renmrb_20210701_1-04.htm
// <div class="text_c"><h3>引题</h3><h1>标题</h1><h2>副题</h2><h4>作者</h4>
//   <div id="ozoom"><p>…</p></div></div>; the page name sits in the page furniture.
import { collectBody } from '../body';
import { dateFromUrl } from '../dates';
import { findPageLabel, formatPage, pageNumberFromUrl, parsePrintedIn } from '../page';
import { textOf } from '../text';
import type { SiteAdapter } from '../types';

const URL_RE = /^https?:\/\/paper\.people\.com\.cn\/rmrb\/html\/\d{4}-\d{2}\/\d{2}\/nw\.D\d+renmrb_\d{8}_\d+-[A-Za-z]?\d+\.htm/i;
const BODY = '#ozoom, #articleContent';
// Where the current page is named: the bar above the page image, or the list of all pages.
const PAGE_FURNITURE = '.ban, .l_t, .list_l, .paper-bot, .left-top, #pageList, .swiper-container';

/** The adapter's cheap check, on its own so the every-page article check (lib/clip/article-check.ts) can take it without extract. */
export const isRmrbOldPage = (doc: Document, url: string): boolean => URL_RE.test(url) && !!doc.querySelector(BODY);

export const rmrbOld: SiteAdapter = {
  name: 'rmrb-old',
  canExtract: isRmrbOldPage,
  extract(doc, url) {
    const body = doc.querySelector(BODY);
    if (!body) return null;
    const box = body.closest('.text_c') ?? doc.querySelector('.text_c') ?? doc.body;
    const num = pageNumberFromUrl(url);
    const label = findPageLabel(doc, PAGE_FURNITURE, num);
    // 《 人民日报 》（ 2021年07月01日 第 04 版） under the title confirms the date.
    const printed = Array.from(box.children)
      .filter((c) => !c.contains(body))
      .map((c) => parsePrintedIn(c.textContent ?? ''))
      .find(Boolean);
    return {
      kicker: textOf(box, 'h3'),
      title: textOf(box, 'h1'),
      subtitle: textOf(box, 'h2'),
      byline: textOf(box, 'h4'),
      source: '人民日报',
      date: dateFromUrl(url) ?? printed?.date ?? null,
      page: formatPage(num ?? label?.num, label?.name) ?? printed?.page ?? null,
      body: collectBody(body),
    };
  },
};
