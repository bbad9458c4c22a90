// Heads printed after their bodies. A copy out of a Founder-typeset PDF
// (方正飞腾, which most Chinese papers use) gives each article's text first and
// its headline block after it, because the layout program draws the headline
// frames last. This regroups the page so that each head names the text before
// it; whether the page reads better so is decided in articles.ts.

import type { HeadItem } from './head-runs';
import type { BodyItem } from './head-types';

export interface Group {
  head: HeadItem[] | null;
  body: BodyItem[];
}

/** Each head takes the text before it; what follows the last head (captions, a scrap) stands alone. */
export function placeAfter(groups: Group[]): Group[] {
  const heads = groups.slice(1).map((g) => g.head!);
  const shifted: Group[] = heads.map((h, i) => ({ head: h, body: [...groups[i].body] }));
  shifted.push({ head: null, body: groups[groups.length - 1].body });
  return shifted;
}
