import type { ElementRule } from './types';

const WORDS = /(?:^|[\s_-])(?:comments?|cmt|pinglun|reply|replies|discuss|gentie)(?:$|[\s_-])/i;
const HEADING = /^(?:网友评论|评论区|全部评论|热门评论|最新评论|精彩评论|发表评论|我要评论|跟贴|热门跟贴|評論|網友評論|留言|精选留言)(?:\s*[（(]?\d*[)）]?)?$/u;

/** Readers' comments: a block marked comment/pinglun, or headed 网友评论 / 评论区 / 跟贴. */
export const comments: ElementRule = {
  name: 'comments',
  why: 'readers’ comments',
  test: (el) => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || el.querySelector('h1, article')) return false;
    const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (WORDS.test(names)) return true;
    const first = (el.firstElementChild?.textContent ?? '').replace(/[\s\u3000]+/gu, '');
    return HEADING.test(first) && el.children.length > 1;
  },
};
