import type { ElementRule } from './types';

export const RECOMMEND_HEADING = /^(?:相关(?:阅读|新闻|推荐|文章|报道|链接|专题)|延伸阅读|推荐阅读|猜你喜欢|为你推荐|为您推荐|热门推荐|热点推荐|热门文章|热文推荐|大家都在看|精彩推荐|更多精彩|今日推荐|排行榜|点击排行|热点新闻|最新文章|24小时热文|編輯推介|相關新聞|熱門新聞|延伸閱讀|推薦閱讀|更多新聞)\s*[:：]?$/u;

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) link += (a.textContent ?? '').replace(/\s+/g, '').length;
  return link / all;
}

/** 相关阅读 / 猜你喜欢 / 推荐阅读 followed by a list of links: other articles, not this one. */
export const recommendationList: ElementRule = {
  name: 'recommendation-list',
  why: 'a list of other articles',
  test: (el) => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || el.querySelector('h1')) return false;
    const first = el.firstElementChild;
    const heading = (first?.textContent ?? '').replace(/[\s\u3000]+/gu, '');
    if (!RECOMMEND_HEADING.test(heading)) return false;
    return linkShare(el) > 0.4;
  },
};
