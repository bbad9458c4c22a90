// Heads printed after their bodies. A copy out of a Founder-typeset PDF
// (方正飞腾, which most Chinese papers use) gives each article's text first and
// its headline block after it, because the layout program draws the headline
// frames last. This regroups the page so that each head names the text before
// it; whether the page reads better so is decided in articles.ts.

import { bigramSet, coverage, pairSet } from './bigrams';
import { runAsParagraph, type HeadItem } from './head-runs';
import { opensWithClaim } from './patterns';
import type { BodyItem, PageDecision } from './head-types';

export interface Group {
  head: HeadItem[] | null;
  body: BodyItem[];
  /** The head was taken for one only because the text after it is on another subject. */
  byTopic?: boolean;
}

/** Each head takes the text before it; what follows the last head (captions, a scrap) stands alone. */
export function placeAfter(groups: Group[]): Group[] {
  const heads = groups.slice(1).map((g) => g.head!);
  const shifted: Group[] = heads.map((h, i) => ({ head: h, body: [...groups[i].body] }));
  shifted.push({ head: null, body: groups[groups.length - 1].body });
  return shifted;
}

/** A head taken for one by the subject alone is a section's when its own text's lead repeats this share of its words… */
const SECTION_LEAD_WORDS = 0.25;
/** Characters of the lead, and of the end of the text before, read. */
const SECTION_WINDOW_CHARS = 300;

/**
 * Heads printed after their bodies name the text above them; so a run of
 * head lines taken for a head only because the subject changes after it,
 * whose words the text after it says and the text before it does not, is no
 * head in that reading: it is the headline of a round-up's next item, set
 * bold in the text (伊媒称伊美信息交换已 / 暂停 美称对话仍持续 over 伊朗与美国就…
 * 信息交换已经至少暂停了数日), and stays in the text as a paragraph.
 */
export function withSectionHeadsInText(groups: Group[], decisions: PageDecision[]): Group[] {
  return withItemHeadlinesInText(groups, (g, prev) => {
    if (!g.byTopic || !g.head) return null;
    const words = bigramSet(g.head.map((x) => x.text).join(''));
    const lead = g.body.find((b) => b.kind === 'paragraph');
    const said = lead ? coverage(words, pairSet(lead.text.slice(0, SECTION_WINDOW_CHARS))) : 0;
    const before = coverage(words, pairSet(textEnd(prev.body, SECTION_WINDOW_CHARS)));
    if (said < SECTION_LEAD_WORDS || said <= before) return null;
    return `read with heads after their bodies, a round-up item's headline in the text (the text after it says ${said.toFixed(2)} of its words, the text before ${before.toFixed(2)})`;
  }, decisions);
}

/** A round-up item's headline is one line, or two where it wraps (three lines run on into the next article's title). */
const MAX_CLAIM_ITEM_LINES = 2;

/**
 * Heads before their bodies: a run taken for a head only for the subject
 * changing after it, that opens with a claim (俄称…, 美媒称…) and whose text
 * runs on to the next head with no closing note (（新华社…电）), is the
 * headline of a round-up's next item, set bold in the text: an article ends
 * with its note, a round-up's items do not (the last one's note closes them
 * all). It stays in the text as a paragraph.
 */
export function withClaimItemsInText(groups: Group[], decisions: PageDecision[]): Group[] {
  return withItemHeadlinesInText(groups, (g, prev) => {
    const first = g.head?.find((x) => x.kind === 'display');
    if (!g.byTopic || !first || g.head!.length > MAX_CLAIM_ITEM_LINES || !opensWithClaim(first.text)) return null;
    if (!prev.body.some((b) => b.kind === 'paragraph') || g.body.some((b) => b.kind === 'note' || b.kind === 'byline')) return null;
    return "read with heads before their bodies, a round-up item's headline in the text (opens with a claim, no closing note before the next head)";
  }, decisions);
}

/**
 * The groups with each head `isItem` finds to be a round-up item's headline
 * (the reason, or null) read into the text before it, as a paragraph, and its
 * text after it (the groups as they were where none is).
 */
function withItemHeadlinesInText(groups: Group[], isItem: (g: Group, prev: Group) => string | null, decisions: PageDecision[]): Group[] {
  let out: Group[] | null = null;
  for (let k = 1; k < groups.length; k++) {
    const g = groups[k];
    const prev = out ? out[out.length - 1] : groups[k - 1];
    const why = isItem(g, prev);
    if (why) {
      decisions.push({ rule: 'text', detail: `line ${g.head![0].line}: ${why}` });
      out ??= groups.slice(0, k).map((x) => ({ ...x, body: [...x.body] }));
      out[out.length - 1].body.push(runAsParagraph(g.head!), ...g.body);
      continue;
    }
    out?.push(g);
  }
  return out ?? groups;
}

/** The last `n` characters of a body's paragraphs. */
function textEnd(body: BodyItem[], n: number): string {
  let out = '';
  for (let i = body.length - 1; i >= 0 && out.length < n; i--) if (body[i].kind === 'paragraph') out = body[i].text + out;
  return out.slice(-n);
}

/** What a text adds to a reading when no head names it. */
const UNNAMED_TEXT = -1;
/** A text that opens like a news report (本报讯…) follows its own head: this much in favour. */
const LEAD_FOLLOWS_HEAD = 0.5;

/**
 * Each head placed on its own: the text before it or the text after it,
 * whichever its title's words fit better, every text to at most one head
 * and every head at most one text. A page copied out of a PDF can mix both
 * (each headline frame is drawn when the layout program reaches it), so a
 * single page-wide reading (placeAfter or none) misses some heads.
 *
 * `fit(h, b)` is how well head h names text b (groups[h].head, groups[b].body);
 * decided by dynamic programming over the page, linear in its groups.
 */
export function placeEach(groups: Group[], fit: (head: number, body: number) => number, opensLikeReport: (body: number) => boolean): Group[] {
  const n = groups.length; // bodies 0..n-1, heads 1..n-1: body i lies between head i and head i+1
  const hasText = groups.map((g) => g.body.some((b) => b.kind === 'paragraph'));
  // best[i][t]: best value after bodies 0..i, t = 1 when head i+1 is taken by body i.
  const best: number[][] = [];
  const choice: number[][] = []; // 0 none, 1 head before (i), 2 head after (i+1)
  for (let i = 0; i < n; i++) {
    best.push([-Infinity, -Infinity]);
    choice.push([0, 0]);
    // (each fit read once: both states before body i ask for the head after it,
    // and every fit reads up to TITLE_WORDS_WINDOW characters of the text)
    let fitBefore: number | null = null;
    let fitAfter: number | null = null;
    for (let prevTaken = 0; prevTaken <= (i > 0 ? 1 : 0); prevTaken++) {
      const base = i === 0 ? 0 : best[i - 1][prevTaken];
      if (base === -Infinity) continue;
      const options: [number, number, number][] = [[base + (hasText[i] ? UNNAMED_TEXT : 0), 0, 0]];
      if (hasText[i] && i > 0 && !prevTaken) options.push([base + (fitBefore ??= fit(i, i)) + (opensLikeReport(i) ? LEAD_FOLLOWS_HEAD : 0), 1, 0]);
      if (hasText[i] && i + 1 < n) options.push([base + (fitAfter ??= fit(i + 1, i)), 2, 1]);
      for (const [v, c, taken] of options)
        if (v > best[i][taken]) {
          best[i][taken] = v;
          choice[i][taken] = c * 2 + prevTaken; // remember the state we came from
        }
    }
  }
  // Walk back.
  const assign = new Array<number>(n).fill(0);
  let taken = best[n - 1][0] >= best[n - 1][1] ? 0 : 1;
  for (let i = n - 1; i >= 0; i--) {
    const c = choice[i][taken];
    assign[i] = c >> 1;
    taken = c & 1;
  }
  const out: Group[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && assign[i] !== 1 && !(assign[i - 1] === 2)) out.push({ head: groups[i].head, body: [] });
    if (assign[i] === 1) out.push({ head: groups[i].head, body: groups[i].body });
    else if (assign[i] === 2) out.push({ head: groups[i + 1].head, body: groups[i].body });
    else out.push({ head: null, body: groups[i].body });
  }
  return out;
}
