// 人民网 article pages: www.people.com.cn and its channels,
// politics.people.com.cn/n1/2025/0701/c1001-40512345.html.
// <div class="rm_txt"><h3 class="pre">引题</h3><h1>…</h1><h4 class="sub">副题</h4>
// <p class="author">…</p><div class="col-1-1">2025年07月01日05:51 | 来源：人民网－人民日报</div>
// <div class="rm_txt_con">…</div>; older pages put the header in div.text_title
// (h1 or .title, .box01 .fl dateline) and the text in div.text_con #rwb_zw.
import { collectBody } from '../body';
import { dateFromUrl, normalizeDate } from '../dates';
import { spacedText, squash, textOf } from '../text';
import type { SiteAdapter } from '../types';

const URL_RE = /^https?:\/\/(?!paper\.)(?:[\w-]+\.)*people\.com\.cn\/n\d?\/\d{4}\/\d{4}\/c\d+-\d+\.html/i;
const BODY = '#rwb_zw, .rm_txt_con, .box_con';
const DATELINE = '.rm_txt .col-1-1, .box01 .fl, .channel .col-1-1';

/** The adapter's cheap check, on its own so the every-page article check (lib/clip/article-check.ts) can take it without extract. */
export const isPeopleCnPage = (doc: Document, url: string): boolean => URL_RE.test(url) && !!doc.querySelector(BODY);

export const peopleCn: SiteAdapter = {
  name: 'people-cn',
  canExtract: isPeopleCnPage,
  extract(doc, url) {
    const body = doc.querySelector(BODY);
    if (!body) return null;
    const box = doc.querySelector('.rm_txt') ?? doc.querySelector('.text_title') ?? doc.querySelector('.text_con') ?? doc.body;
    const dateline = squash(doc.querySelector(DATELINE)?.textContent ?? '');
    // 来源：人民网－人民日报 names the paper the text was printed in last.
    const from = /来源[:：]\s*(\S+)/u.exec(dateline)?.[1] ?? null;
    return {
      kicker: textOf(box, 'h3.pre, .pre'),
      title: textOf(box, 'h1, .title, #p_title'),
      subtitle: textOf(box, 'h4.sub, .sub'),
      byline: spacedText(box.querySelector('p.author, .author')),
      source: from ? from.split(/[－—-]/).pop()! : null,
      date: normalizeDate(dateline) ?? dateFromUrl(url),
      page: null,
      body: collectBody(body),
    };
  },
};
