// The repairs themselves: pure functions from a parsed page to the repaired
// page. Nothing is ever lost: a value a repair displaces takes the place of
// the line that displaced it, and an article left with nothing is dropped.
import type { Article, Block, ParsedPage } from '../parse/types';
import { EMPTY_HEAD, cloneArticle, headOf, isEmptyArticle, isEmptyHead, lineText } from './lines';
import { HEAD_FIELDS, isBlockRole, isHeadField, type Direction, type Head, type HeadField, type LineRef, type RepairAction, type Role } from './types';

/** The page with `articles` in place of its own, articles left empty dropped. */
function withArticles(page: ParsedPage, articles: Article[]): ParsedPage {
  return { ...page, articles: articles.filter((article) => !isEmptyArticle(article)) };
}

function roleOf(article: Article, ref: LineRef): Role {
  if (ref.kind === 'head') return ref.field;
  if (ref.kind === 'block') return article.blocks[ref.index].type;
  return 'caption';
}

/** Gives one line another role: the title, the byline, text, a caption, page furniture… */
export function setRole(page: ParsedPage, index: number, ref: LineRef, role: Role): ParsedPage {
  const source = page.articles[index];
  const text = source && lineText(source, ref);
  if (!source || text === null || roleOf(source, ref) === role) return page;
  const article = cloneArticle(source);
  const furniture = [...page.furniture];
  const oldRole = roleOf(article, ref);
  // Take the line out, remembering where it was.
  if (ref.kind === 'head') article[ref.field] = null;
  else if (ref.kind === 'block') article.blocks.splice(ref.index, 1);
  else article.captions.splice(ref.index, 1);
  /** Puts `value` back where the line was, in the line's old role (a swap). */
  const putBack = (value: string) => {
    if (ref.kind === 'head') article[ref.field] = value;
    else if (ref.kind === 'block') article.blocks.splice(ref.index, 0, { type: oldRole as Block['type'], text: value });
    else article.captions.splice(ref.index, 0, value);
  };

  if (isHeadField(role)) {
    const displaced = article[role];
    article[role] = text;
    // A head line made the title keeps the print order: the old title goes below it (a kicker
    // promoted: the old title was its subtitle) or above it (a subtitle promoted: it was a kicker).
    // (A byline or column made the title simply swaps with it.)
    const beside = role === 'title' && ref.kind === 'head' ? ({ kicker: 'subtitle', subtitle: 'kicker' } as const)[ref.field as 'kicker' | 'subtitle'] : undefined;
    if (displaced && beside && !article[beside]) article[beside] = displaced;
    else if (displaced) putBack(displaced);
  } else if (isBlockRole(role)) {
    const block: Block = { type: role, text };
    // A block keeps its place; a head line becomes the first block, a caption the last.
    if (ref.kind === 'block') article.blocks.splice(ref.index, 0, block);
    else if (ref.kind === 'head') article.blocks.unshift(block);
    else article.blocks.push(block);
  } else if (role === 'caption') {
    article.captions.push(text);
  } else {
    furniture.push(text);
  }
  const articles = [...page.articles];
  articles[index] = article;
  return { ...withArticles(page, articles), furniture };
}

const withHead = (article: Article, head: Head): Article => ({ ...cloneArticle(article), ...head });

/** Moves an article's head (column, kicker, title, subtitle, byline) to the article above or below; the two swap heads. */
export function moveHead(page: ParsedPage, index: number, to: Direction): ParsedPage {
  const target = to === 'up' ? index - 1 : index + 1;
  const from = page.articles[index];
  const onto = page.articles[target];
  if (!from || !onto) return page;
  const articles = [...page.articles];
  articles[target] = withHead(onto, headOf(from));
  articles[index] = withHead(from, headOf(onto));
  return withArticles(page, articles);
}

/**
 * Moves every head one article up (or down): the page whose heads were printed
 * after their bodies, repaired in one go. A head pushed off the end becomes an
 * article of its own, so nothing is lost.
 */
export function shiftHeads(page: ParsedPage, to: Direction): ParsedPage {
  const heads = page.articles.map(headOf);
  if (heads.length === 0) return page;
  const shifted = to === 'up' ? [...heads.slice(1), EMPTY_HEAD] : [EMPTY_HEAD, ...heads.slice(0, -1)];
  const articles = page.articles.map((article, i) => withHead(article, shifted[i]));
  const pushedOff = to === 'up' ? heads[0] : heads[heads.length - 1];
  if (!isEmptyHead(pushedOff)) {
    const alone: Article = { ...pushedOff, continuation: null, blocks: [], captions: [] };
    if (to === 'up') articles.unshift(alone);
    else articles.push(alone);
  }
  return withArticles(page, articles);
}

/** The lines of a head as blocks: its title a section heading, the rest text. */
function headAsBlocks(head: Head): Block[] {
  return HEAD_FIELDS.flatMap((field) => (head[field] ? [{ type: field === 'title' ? 'heading' : 'paragraph', text: head[field]! } as Block] : []));
}

/**
 * Joins an article with the one above or below it. The upper head stays the
 * head (or the lower one, when the upper has none); a second head becomes a
 * section heading and text where the two join.
 */
export function merge(page: ParsedPage, index: number, withArticle: Direction): ParsedPage {
  const upperIndex = withArticle === 'up' ? index - 1 : index;
  const upper = page.articles[upperIndex];
  const lower = page.articles[upperIndex + 1];
  if (!upper || !lower) return page;
  const upperHead = headOf(upper);
  const lowerHead = headOf(lower);
  const keepUpper = !isEmptyHead(upperHead);
  const joined: Article = {
    ...(keepUpper ? upperHead : lowerHead),
    continuation: upper.continuation ?? lower.continuation,
    blocks: [...upper.blocks.map((b) => ({ ...b })), ...(keepUpper ? headAsBlocks(lowerHead) : []), ...lower.blocks.map((b) => ({ ...b }))],
    captions: [...upper.captions, ...lower.captions],
  };
  const articles = [...page.articles];
  articles.splice(upperIndex, 2, joined);
  return withArticles(page, articles);
}

/** Splits an article before block `block`: that block and the rest become a new article, with no head yet. */
export function split(page: ParsedPage, index: number, block: number): ParsedPage {
  const article = page.articles[index];
  if (!article || block < 0 || block >= article.blocks.length) return page;
  // Splitting before the first block of a headless article would leave nothing above.
  if (block === 0 && isEmptyHead(headOf(article))) return page;
  const first: Article = { ...cloneArticle(article), blocks: article.blocks.slice(0, block).map((b) => ({ ...b })) };
  const second: Article = { ...EMPTY_HEAD, continuation: null, blocks: article.blocks.slice(block).map((b) => ({ ...b })), captions: [] };
  const articles = [...page.articles];
  articles.splice(index, 1, first, second);
  return withArticles(page, articles);
}

/**
 * `held` without `part` at its start or end, spaces aside (基层治理新探索冰雪经济持续升温
 * without 基层治理新探索 is 冰雪经济持续升温); null when `part` is not glued on there.
 */
export function withoutGlued(held: string, part: string): string | null {
  const bare = part.replace(/\s+/gu, '');
  if (!bare || held.replace(/\s+/gu, '') === bare) return null;
  // Walks `held` from its start (or end) over `part`'s characters, skipping spaces; what is left over is the rest.
  const cut = (fromStart: boolean): string | null => {
    const chars = [...held];
    const want = [...bare];
    let i = fromStart ? 0 : chars.length - 1;
    let matched = 0;
    while (matched < want.length && i >= 0 && i < chars.length) {
      const c = chars[i];
      if (/\s/u.test(c)) i += fromStart ? 1 : -1;
      else if (c === want[fromStart ? matched : want.length - 1 - matched]) {
        matched++;
        i += fromStart ? 1 : -1;
      } else return null;
    }
    if (matched < want.length) return null;
    const rest = fromStart ? chars.slice(i) : chars.slice(0, i + 1);
    return rest.join('').trim() || null;
  };
  return cut(true) ?? cut(false);
}

/**
 * Sets one head field to what the person typed; blank clears it. Text typed
 * into one field that another head field still holds glued on (a kicker read
 * as the start of the title, a byline as its end) is taken out of that field,
 * so one edit unglues the two.
 */
export function editHead(page: ParsedPage, index: number, field: HeadField, value: string): ParsedPage {
  const article = page.articles[index];
  const text = value.replace(/\s+/g, ' ').trim() || null;
  if (!article || article[field] === text) return page;
  const edited: Article = { ...cloneArticle(article), [field]: text };
  if (text && [...text.replace(/\s+/gu, '')].length >= 2) {
    for (const other of HEAD_FIELDS) {
      const held = other === field ? null : edited[other];
      const rest = held ? withoutGlued(held, text) : null;
      if (rest) {
        edited[other] = rest;
        break;
      }
    }
  }
  const articles = [...page.articles];
  articles[index] = edited;
  return withArticles(page, articles);
}

/** Applies one action; an action that does not fit the page (say, an index past the end) leaves it as it is. */
export function applyAction(page: ParsedPage, action: RepairAction): ParsedPage {
  switch (action.op) {
    case 'setRole':
      return setRole(page, action.article, action.line, action.role);
    case 'moveHead':
      return moveHead(page, action.article, action.to);
    case 'shiftHeads':
      return shiftHeads(page, action.to);
    case 'merge':
      return merge(page, action.article, action.with);
    case 'split':
      return split(page, action.article, action.block);
    case 'editHead':
      return editHead(page, action.article, action.field, action.value);
  }
}
