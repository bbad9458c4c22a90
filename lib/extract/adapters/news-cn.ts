// 新华网 article pages: www.news.cn/politics/20250701/<hash>/c.html (and the
// older www.xinhuanet.com/politics/2021-07/01/c_1127615234.htm).
// <div class="header-time">2025 07/01 10:31:15</div><div class="source">来源：新华网</div>
// <div class="head-line"><span class="title">…</span></div> <div id="detail"><p>…</p></div>;
// older pages: <div class="h-title">…</div><div class="h-info"><span class="h-time">…</span>
// <span>来源：新华网</span></div> <div id="p-detail">…</div>, and no <h1>.
import { collectBody } from '../body';
import { dateFromUrl, normalizeDate } from '../dates';
import { squash, textOf } from '../text';
import type { SiteAdapter } from '../types';

const URL_RE = /^https?:\/\/(?:[\w-]+\.)*(?:news\.cn|xinhuanet\.com)\/(?:[\w-]+\/)*(?:\d{8}\/[0-9a-f]+\/c\.html|\d{4}-\d{2}\/\d{2}\/c_\d+\.htm)/i;
const BODY = '#detail, #p-detail, .main-aticle';

/** The adapter's cheap check, on its own so the every-page article check (lib/clip/article-check.ts) can take it without extract. */
export const isNewsCnPage = (doc: Document, url: string): boolean => URL_RE.test(url) && !!doc.querySelector(BODY);

export const newsCn: SiteAdapter = {
  name: 'news-cn',
  canExtract: isNewsCnPage,
  extract(doc, url) {
    const body = doc.querySelector(BODY);
    if (!body) return null;
    const source = /来源[:：]\s*(\S+)/u.exec(squash(doc.querySelector('.source, .header .source, .h-info, #source')?.textContent ?? ''))?.[1] ?? null;
    return {
      title: textOf(doc, '.head-line .title, .head-line h1, .h-title, h1'),
      byline: null, // the reporter is named in the dateline (新华社北京7月1日电（记者 …）), left in the text
      source: source ?? '新华网',
      date: normalizeDate(doc.querySelector('.header-time, .h-time')?.textContent) ?? dateFromUrl(url),
      page: null,
      body: collectBody(body),
    };
  },
};
