import type { ElementRule } from './types';

const ONLY_SPACE = /[\s\u00a0\u3000|｜·•/>»]+/gu;

/** Share of the element's text inside links, and the number of links. */
function links(el: Element): { share: number; count: number } {
  const all = (el.textContent ?? '').replace(ONLY_SPACE, '').length;
  const anchors = Array.from(el.querySelectorAll('a'));
  let linked = 0;
  for (const a of anchors) linked += (a.textContent ?? '').replace(ONLY_SPACE, '').length;
  return { share: all ? linked / all : 0, count: anchors.length };
}

/**
 * A menu or a bare list of links (首页 新闻 国内 社会): three or more links
 * and almost nothing else. Used on pages without a site adapter only: the
 * e-paper adapters read page names from such lists.
 */
export const linkList: ElementRule = {
  name: 'link-list',
  why: 'a menu or list of links, not text',
  test: (el) => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'A' || el.querySelector('h1')) return false;
    const { share, count } = links(el);
    return count >= 3 && share > 0.8 && !/[。！？]/u.test(el.textContent ?? '');
  },
};
