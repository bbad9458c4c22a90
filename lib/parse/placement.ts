// Where the heads of a page stand: before their bodies (the usual reading
// order) or after them. A copy out of a Founder-typeset PDF (方正飞腾, which
// most Chinese papers use) gives each article's text first and its headline
// block after it, because the layout program draws the headline frames last.
//
// Both readings are scored over the whole page and the better one is kept:
// - a text with no head is unlikely (the page's first text, under "before",
//   when it precedes every head; the page's last text, under "after");
// - a head shares words with its own text (a title's character pairs recur
//   in its article), and a byline names the reporter the lead names.

import { bigramSet, coverage } from './bigrams';
import type { HeadItem } from './head-runs';
import type { BodyItem, PageDecision } from './head-types';
import { bylineFromLead, isBylineLine, stripDecor } from './patterns';

export interface Group {
  head: HeadItem[] | null;
  body: BodyItem[];
}

/** Cost of an article with no head, in units of title coverage. */
const HEADLESS_COST = 1;
/** Characters of text below which a body is a scrap (a caption's tail, a stray line), not an article. */
const MIN_ARTICLE_CHARS = 40;
/** Weight of a byline that names the reporter of the lead. */
const BYLINE_MATCH = 0.5;

const textOf = (body: BodyItem[]) => body.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('');
const hasArticleText = (body: BodyItem[]) => textOf(body).length >= MIN_ARTICLE_CHARS;

/** How well a head fits a body: its title's word pairs found in the text, and a matching byline. */
function fit(head: HeadItem[], bodyWords: Set<string>, lead: string | null): number {
  const lines = head.filter((x) => x.kind === 'display').map((x) => x.text);
  const titleWords = bigramSet(lines.filter((t) => !isBylineLine(t, true)).join(''));
  let score = coverage(titleWords, bodyWords);
  if (lead) {
    const name = lead.replace(/^.*?(?:记者|通讯员)\s*/u, '').replace(/\s+/g, '');
    if (name.length >= 2 && lines.some((t) => isBylineLine(t, false) && stripDecor(t).replace(/\s+/g, '').includes(name))) score += BYLINE_MATCH;
  }
  return score;
}

export function choosePlacement(groups: Group[], decisions: PageDecision[]): Group[] {
  const heads = groups.slice(1).map((g) => g.head!);
  if (!heads.length) return groups;
  const bodies = groups.map((g) => g.body);
  const words = bodies.map((b) => bigramSet(textOf(b)));
  const leads = bodies.map((b) => {
    const first = b.find((x) => x.kind === 'paragraph');
    return first ? bylineFromLead(first.text) : null;
  });
  // Under "before", head k (1-based) names body k; under "after", body k-1.
  let before = hasArticleText(bodies[0]) ? -HEADLESS_COST : 0;
  let after = hasArticleText(bodies[bodies.length - 1]) ? -HEADLESS_COST : 0;
  heads.forEach((h, i) => {
    const k = i + 1;
    before += hasArticleText(bodies[k]) ? fit(h, words[k], leads[k]) : -HEADLESS_COST;
    after += hasArticleText(bodies[k - 1]) ? fit(h, words[k - 1], leads[k - 1]) : -HEADLESS_COST;
  });
  const chosen = after > before ? 'after' : 'before';
  decisions.push({ rule: 'placement', detail: `heads ${chosen} their bodies (score before ${before.toFixed(2)}, after ${after.toFixed(2)})` });
  if (chosen === 'before') return groups;
  // Each head takes the text before it; what follows the last head (captions,
  // a scrap) joins the last article.
  const shifted: Group[] = [];
  heads.forEach((h, i) => shifted.push({ head: h, body: [...bodies[i]] }));
  const tail = bodies[bodies.length - 1];
  if (hasArticleText(tail)) shifted.push({ head: null, body: tail });
  else shifted.push({ head: null, body: tail });
  return shifted;
}
