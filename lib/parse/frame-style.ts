// Which head lines of the page being read were set letter-spaced.
//
// A frame sets all its lines in one style: a title tracked out wide comes back
// from a PDF copy with a space between every character (开 启 全 面 推 进), while
// the kicker, subtitle, column label and byline over and under it, set in
// their own frames, come back plain (新思想引领新征程). Head fields lose the
// spaces once read (tidyLineSpaces), so the style of each line is noted here
// before, by its tidied text, for the page being read.

import { tidyLineSpaces } from './cjk';
import { SOFT_JOIN } from './head-types';
import type { Item } from './items';

/** Every character set apart from the next. */
const EVERY_CHAR_APART = /^(?:\S\s+){2,}\S$/u;

/** Two Han characters set apart. */
const HAN_APART = /\p{Script=Han}\s+\p{Script=Han}/u;

/** Letter-spaced: every character set apart, three at least (冰 雪 经 济). */
export const isLetterSpacedHead = (text: string) => EVERY_CHAR_APART.test(text.trim()) && HAN_APART.test(text);

/** A plain line this long (characters) shows its style: a shorter one may be a spaced line's tail. */
const MIN_PLAIN_STYLE_CHARS = 3;

interface PageStyles {
  spaced: Set<string>;
  plain: Set<string>;
}

let styles: PageStyles | null = null;

/** Runs `read` with the styles of `items`' display lines noted as the page's. */
export function withHeadLineStyles<T>(items: readonly Item[], read: () => T): T {
  const outer = styles;
  styles = stylesOf(items);
  try {
    return read();
  } finally {
    styles = outer;
  }
}

/** The styles of `items`' display lines; null on a page with no letter-spaced head line (no style to tell apart). */
function stylesOf(items: readonly Item[]): PageStyles | null {
  if (!items.some((x) => x.kind === 'display' && isLetterSpacedHead(x.text))) return null;
  const page: PageStyles = { spaced: new Set(), plain: new Set() };
  for (const x of items) {
    if (x.kind !== 'display') continue;
    const raw = x.text.trim();
    const text = tidyLineSpaces(x.text);
    if (EVERY_CHAR_APART.test(raw)) {
      // (every character set apart but no two Han side by side, 古 ： 布: spaced
      // too, but unsure; never plain)
      if (HAN_APART.test(raw)) page.spaced.add(text);
      continue;
    }
    // (two characters set close, 短评, are no spaced line's tail either: that would be 有 进)
    const chars = [...text].length;
    if (chars >= MIN_PLAIN_STYLE_CHARS || (chars === 2 && !/\s/u.test(raw))) page.plain.add(text);
  }
  // (a text set both ways on the page tells nothing)
  for (const t of page.spaced) if (page.plain.delete(t)) page.spaced.delete(t);
  return page;
}

export type LineStyle = 'spaced' | 'plain' | null;

/**
 * The style a head's title line was set in: every part of it (lines joined
 * at the frame's edge) noted spaced, or one noted plain; null where the page
 * does not say (a line of one or two characters, or a text set both ways).
 */
export function styleOf(line: string): LineStyle {
  if (!styles) return null;
  let spaced = false;
  for (const part of line.split(SOFT_JOIN)) {
    const t = part.trim();
    if (styles.plain.has(t)) return 'plain';
    if (styles.spaced.has(t)) spaced = true;
  }
  return spaced ? 'spaced' : null;
}

/**
 * The first line is set plain over title lines set letter-spaced: another
 * frame over the title (a kicker, 推动高质量发展系列主题新闻发布会 over
 * 我 国 商 务 运 行 …), never the title's own first line.
 */
export function plainOverSpaced(first: string, rest: readonly string[]): boolean {
  if (styleOf(first) !== 'plain') return false;
  let spaced = false;
  for (const line of rest) {
    const s = styleOf(line);
    if (s === 'plain') return false;
    if (s === 'spaced') spaced = true;
  }
  return spaced;
}

/** One line set plain and the other letter-spaced: two frames. */
export function stylesDiffer(a: string, b: string): boolean {
  const [sa, sb] = [styleOf(a), styleOf(b)];
  return !!sa && !!sb && sa !== sb;
}

/**
 * Two lines of one title joined (a title wrapped at its frame's edge, 四 川 ：
 * 从 一 “ 重 / ” 一 “ 轻 ” 看 转 型): the joined text keeps the style its lines
 * were set in, where they agree (a line too short to show one agrees with any).
 */
export function joinedLine(a: string, b: string, joined: string): string {
  if (!styles) return joined;
  const [sa, sb] = [styleOf(a), styleOf(b)];
  const s = sa ?? sb;
  if (s && (!sa || !sb || sa === sb) && !styles.plain.has(joined.trim()) && !styles.spaced.has(joined.trim())) styles[s].add(joined.trim());
  return joined;
}
