// Whether the page being read sets each paragraph on a line of its own.
//
// An e-paper page copied from the browser gives each paragraph as one line:
// nothing on it was wrapped at a column's edge, head lines no more than text.
// There two head lines are two fields (a kicker over its title: 锦绣中国年 /
// 红红火火欢度新春), never one title wrapped over two lines.

import type { Item } from './items';

/** Paragraphs of one line each, at least this share of them… */
const MIN_ONE_LINE_SHARE = 0.9;
/** …and at least this many: a page of a few short paragraphs says nothing. */
const MIN_PARAGRAPHS = 4;

let unwrapped = false;

/** Runs `read` with whether `items` set each paragraph on one line noted as the page's. */
export function withWrapNoted<T>(items: readonly Item[], read: () => T): T {
  const outer = unwrapped;
  let paragraphs = 0;
  let oneLine = 0;
  for (const x of items) {
    if (x.kind !== 'paragraph') continue;
    paragraphs++;
    if (x.lines === 1) oneLine++;
  }
  unwrapped = paragraphs >= MIN_PARAGRAPHS && oneLine >= paragraphs * MIN_ONE_LINE_SHARE;
  try {
    return read();
  } finally {
    unwrapped = outer;
  }
}

/** The page being read sets each paragraph on one line: no line of it was wrapped. */
export const pageUnwrapped = () => unwrapped;
