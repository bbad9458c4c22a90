// 人民日报 electronic edition, layout since 2024:
// paper.people.com.cn/rmrb/pc/content/202507/01/content_30085426.html
// <div class="article"><h3>引题</h3><h1>标题</h1><h2>副题</h2><p class="sec">作者 …</p>
//   (newer pages: <p class="pre">引题</p><h1>…</h1><p class="sub">副题</p>)
//   <div id="ozoom"><p>…</p></div></div>; the page title (第04版：要闻) in .paper-bot / .left-top.
import { collectBody } from '../body';
import { dateFromUrl } from '../dates';
import { findPageLabel, formatPage, parsePrintedIn } from '../page';
import { squash, textOf } from '../text';
import type { SiteAdapter } from '../types';

const URL_RE = /^https?:\/\/paper\.people\.com\.cn\/rmrb\/pc\/content\/\d{6}\/\d{2}\/content_\d+\.html?/i;
const BODY = '#ozoom, #articleContent, .article-content';
const PAGE_FURNITURE = '.paper-bot, .left-top, .ban, .page-name, .paper-top, .swiper-slide';

/** The adapter's cheap check, on its own so the every-page article check (lib/clip/article-check.ts) can take it without extract. */
export const isRmrbNewPage = (doc: Document, url: string): boolean => URL_RE.test(url) && !!doc.querySelector(BODY);

export const rmrbNew: SiteAdapter = {
  name: 'rmrb-new',
  canExtract: isRmrbNewPage,
  extract(doc, url) {
    const body = doc.querySelector(BODY);
    if (!body) return null;
    const box = body.closest('.article') ?? doc.querySelector('.article') ?? doc.body;
    // p.sec may carry the printed-in line after the author: 本报记者 赵婷 《 人民日报 》（ 2025年07月01日 第 04 版）
    const sec = squash(Array.from(box.querySelectorAll('p.sec, .sec'), (e) => e.textContent ?? '').join(' '));
    const printed = parsePrintedIn(sec);
    const byline = sec.replace(/《[^》]*》\s*[（(][^）)]*[）)]/u, '').trim() || null;
    const label = findPageLabel(doc, PAGE_FURNITURE, printed?.pageNum ?? null) ?? findPageLabel(doc, PAGE_FURNITURE, null);
    return {
      kicker: textOf(box, 'h3, p.pre, .pre'),
      title: textOf(box, 'h1'),
      subtitle: textOf(box, 'h2, p.sub, .sub'),
      byline,
      source: '人民日报',
      date: dateFromUrl(url) ?? printed?.date ?? null,
      page: formatPage(label?.num ?? printed?.pageNum, label?.name),
      body: collectBody(body),
    };
  },
};
