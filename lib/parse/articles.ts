// Groups page items into articles, deciding for the whole page:
//
// 1. Which runs of display lines are article heads and which are crossheads
//    inside an article (head-runs.ts scores each run from its evidence).
// 2. Where the heads stand (placement.ts): before their bodies, as most
//    layouts print them, or after them, as copies out of Founder-typeset PDFs
//    give them (the layout program draws headline frames last). Both readings
//    are scored over the whole page and the better one is kept.
// 3. Each head read into its fields (head-fields.ts), the text shared out when
//    one head names several articles (assign-bodies.ts), and captions that
//    stand apart from any text (gathered at the page end) given to the
//    article they describe.

import { tidyLineSpaces } from './cjk';
import { MAX_HEADING_TAIL_CHARS, TITLE_WORDS_WINDOW } from './constants';
import { assignBodies, splitListed } from './assign-bodies';
import { bigramSet, coverage, coverageInTexts, coverageOfEachInTexts, pairSet, closePageWords, openPageWords } from './bigrams';
import { withPageStream } from './cohesion';
import { withRepeatedHeadLines } from './head-fields';
import { withHeadLineStyles } from './frame-style';
import { withWrapNoted } from './unwrapped';
import { parseHead } from './head-fields';
import { markHeads, runAsParagraph, type HeadItem, type Part } from './head-runs';
import { emptyHead, namesSomething, withoutSoftJoins, type BodyItem, type Head, type PageDecision } from './head-types';
import type { Item } from './items';
import { placeAfter, placeEach, withClaimItemsInText, withSectionHeadsInText, type Group } from './placement';
import { NEWS_LEAD, bylineFromLead, hasDecor, isClosingNote, isBareSectionNumber, isSectionNumberLine, isStructuredByline, stripDecor } from './patterns';
import type { Article, Block } from './types';

export type { BodyItem, Head, PageDecision } from './head-types';


const charCount = (s: string) => [...s].length;
const isText = (b: BodyItem) => b.kind === 'paragraph';

/** A way of reading the page: its articles and the head lines it left over. */
interface Reading {
  name: string;
  articles: Article[];
  /** Head lines that named no text (teasers, or heads this reading could not place). */
  orphans: string[];
  /** Fields of heads the reading merged into one (a second subtitle or byline): kept with the furniture. */
  lost: string[];
  looseCaptions: BodyItem[];
}

export function buildArticles(items: Item[], furniture: string[], decisions: PageDecision[] = []): Article[] {
  return withRepeatedHeadLines(items, () => withHeadLineStyles(items, () => withWrapNoted(items, () => {
    const parts: Part[] = markHeads(items, furniture, decisions);
    // (the page's paragraphs, which every reading's bodies hold, one stream for the cohesion of their cuts)
    const paragraphs: BodyItem[] = [];
    for (const part of parts) if (part.kind === 'item' && part.item.kind === 'paragraph') paragraphs.push(part.item);
    return withPageStream(paragraphs, () => readArticles(items, parts, furniture, decisions));
  })));
}

function readArticles(items: Item[], parts: Part[], furniture: string[], decisions: PageDecision[]): Article[] {
  // 1. Cut the item stream into head groups and body runs.
  const groups: Group[] = [{ head: null, body: [] }];
  for (const part of parts) {
    const current = groups[groups.length - 1];
    if (part.kind === 'item') current.body.push(part.item);
    // A jump marker standing alone (（上接第1版） over the text) belongs to the
    // text it opens, whichever way the heads stand.
    else if (part.run.every((x) => x.kind === 'marker')) for (const x of part.run) current.body.push({ kind: 'jump-in', text: x.text, line: x.line });
    else if (part.head) groups.push({ head: part.run, body: [], byTopic: part.byTopic });
    else for (const h of crossheads(part.run)) current.body.push(h);
  }
  // (the page's items in order, whose word pairs the readings' questions may look up: bigrams.ts's PageWords)
  const pageItems: BodyItem[] = [];
  for (const g of groups) for (const b of g.body) pageItems.push(b);
  // (opened and closed here, not in a function of its own: the readings' code split off read 3% more instructions a page)
  const outerWords = openPageWords(pageItems);
  try {
    // 2. Read the page every way its heads may stand, and keep the reading that
    //    explains it best: heads before their bodies, after them (Founder
    //    copies), or listed together apart from the text.
    const readings = [readGroups('before', withClaimItemsInText(groups, decisions))];
    // Heads after their bodies only where text comes before the first head.
    // (A jump marker or byline opening the page, with no title, is part of the first text.)
    const each = withUntitledTopInText(groups);
    if (each.length > 1 && each[0].body.some(isText)) readings.push(readGroups('after', placeAfter(withSectionHeadsInText(each, decisions)), true));
    // Each head on its own, before or after its text: a page can mix both.
    if (each.length > 2) {
      const bodyTexts = each.map((g) => g.body.filter(isText).map((b) => b.text));
      const headWords = each.map((g) => (g.head ? bigramSet(parseHead(g.head, []).map((h) => h.titles.join('') + (h.subtitle ?? '')).join('')) : new Set<string>()));
      const opens = (b: number) => {
        const first = each[b].body.find(isText);
        return !!first && NEWS_LEAD.test(first.text);
      };
      // (text b is asked about the heads on either side of it, b and b + 1: both read in one pass)
      const fits: number[][] = [];
      const none = new Set<string>();
      const fit = (h: number, b: number) => (fits[b] ??= coverageOfEachInTexts([headWords[b], headWords[b + 1] ?? none], bodyTexts[b], TITLE_WORDS_WINDOW))[h - b];
      const placed = placeEach(each, fit, opens);
      // (every head placed before its text, as the first reading has them: the
      // same groups read the same, so that reading's articles are this one's)
      readings.push(sameGroups(placed, groups) ? { ...readings[0], name: 'each on its own side of' } : readGroups('each on its own side of', placed));
    }
    const listed = readListed(groups);
    if (listed) readings.push(listed);
    let best = readings[0];
    let bestScore = -Infinity;
    const titleCoverage = memoTitleCoverage();
    for (const r of readings) {
      const score = scoreReading(r, titleCoverage);
      decisions.push({ rule: 'reading', detail: `heads ${r.name}: score ${score.toFixed(2)} (${r.articles.length} articles, ${r.orphans.length} head lines with no text${r.lost.length ? `, ${r.lost.length} fields of heads merged` : ''})` });
      if (score > bestScore + 1e-9) [best, bestScore] = [r, score];
    }
    decisions.push({ rule: 'placement', detail: `heads ${best.name} their bodies` });
    for (const text of [...best.orphans, ...best.lost]) furniture.push(text);
    placeLooseCaptions(best.looseCaptions, best.articles, decisions);
    keepUnplacedHeadLines(items, best.articles, furniture, decisions);
    return best.articles;
  } finally {
    closePageWords(outerWords);
  }
}

const squashed = (text: string) => withoutSoftJoins(stripDecor(text)).replace(/\s+/g, '');

/** Characters the search for unplaced lines may read, per character of the page (and at least SEARCH_FLOOR). */
const SEARCH_PER_PAGE_CHAR = 8;
const SEARCH_FLOOR = 100_000;

/**
 * Nothing read is lost: a byline or jump marker that no article took (a head
 * of two bylines merged into one, a second （下转…） in one text) is kept
 * with the page's furniture, and the decision says so. A line is looked up
 * exactly first; the search inside longer fields and texts has a budget in
 * proportion to the page, past which a line not found exactly is kept
 * unsearched (a duplicate in the furniture costs nothing; a page of thousands
 * of unplaced bylines stays linear).
 */
function keepUnplacedHeadLines(items: Item[], articles: Article[], furniture: string[], decisions: PageDecision[]): void {
  const held = new Set<string>();
  const heldList: string[] = [];
  const hold = (text: string) => {
    if (held.has(text)) return;
    held.add(text);
    heldList.push(text);
  };
  for (const a of articles) for (const v of [a.byline, a.continuation, a.title, a.kicker, a.subtitle, a.column]) if (v) hold(squashed(v));
  for (const f of furniture) hold(squashed(f));
  let bodies: string[] | null = null;
  let budget = SEARCH_FLOOR + SEARCH_PER_PAGE_CHAR * items.reduce((n, x) => n + x.text.length, 0);
  const foundWithin = (texts: readonly string[], t: string) => {
    for (const text of texts) {
      budget -= text.length;
      if (text.includes(t)) return true;
    }
    return false;
  };
  for (const it of items) {
    const byline = it.kind === 'display' && (isStructuredByline(it.text) || hasDecor(it.text));
    if (!byline && it.kind !== 'marker' && it.kind !== 'jump-out') continue;
    const t = squashed(it.text.replace(/[（）()]/gu, ''));
    if (!t || held.has(t)) continue;
    if (budget > 0) {
      bodies ??= articles.flatMap((a) => a.blocks.map((b) => squashed(b.text)));
      if (foundWithin(heldList, t) || foundWithin(bodies, t)) continue;
    }
    furniture.push(it.text);
    hold(t);
    decisions.push({ rule: 'kept', detail: `line ${it.line}: ${it.text} (no article took it; kept with the page's furniture)` });
  }
}

/**
 * A page that opens with a head holding no title (（上接1版） and ■周杰 over a
 * continued text) has its first text's marker and byline there: they open
 * that text, whichever way the titles stand.
 */
function withUntitledTopInText(groups: Group[]): Group[] {
  const top = groups[1];
  if (groups.length < 2 || groups[0].body.some(isText) || !top.head) return groups;
  const heads = parseHead(top.head, []);
  if (heads.some((h) => h.titles.length || h.subtitle)) return groups;
  const opening: BodyItem[] = [];
  for (const h of heads) {
    if (h.continuation) opening.push({ kind: 'jump-in', text: h.continuation });
    if (h.byline) opening.push({ kind: 'byline', text: h.byline });
  }
  return [{ head: null, body: [...groups[0].body, ...opening, ...top.body] }, ...groups.slice(2)];
}

/** Cost of an article with text but no title, in units of title coverage. */
const HEADLESS_COST = 1;
/** Cost of a head line left with no text to name. */
const ORPHAN_COST = 0.5;

/**
 * How well a reading explains the page: each title's word pairs found in its
 * own text (a title repeats its article's words), less the cost of texts left
 * without a title and of head lines left without a text.
 */
function scoreReading(r: Reading, titleCoverage: (title: string, blocks: Block[]) => number): number {
  // (one field lost may be a byline two heads share; more are heads of
  // several texts read as one, whose subtitles and bylines have no place)
  let score = -ORPHAN_COST * (r.orphans.length + Math.max(0, r.lost.length - 1));
  for (const a of r.articles) {
    if (!a.title) {
      score -= a.continuation ? HEADLESS_COST / 2 : HEADLESS_COST;
      continue;
    }
    score += titleCoverage(a.title + (a.subtitle ?? ''), a.blocks);
  }
  return score;
}

/**
 * coverageIn of a title's pairs in an article's word characters, with a
 * memory: most articles are the same (title, text) under every reading of
 * the page, and each look-up reads the whole text. An article is known by its
 * blocks' texts (the same strings under every reading), compared as they
 * stand: joining them into one text for a key cost as much as the look-up.
 */
function memoTitleCoverage(): (title: string, blocks: Block[]) => number {
  // title → first block's text → the articles seen with them
  const memo = new Map<string, Map<string, { texts: string[]; coverage: number }[]>>();
  return (title, blocks) => {
    let byFirst = memo.get(title);
    if (!byFirst) memo.set(title, (byFirst = new Map()));
    const first = blocks.length ? blocks[0].text : '';
    let seen = byFirst.get(first);
    if (!seen) byFirst.set(first, (seen = []));
    // (the last few only: a page repeating one title and first paragraph over different texts stays linear)
    for (let k = seen.length - 1; k >= Math.max(0, seen.length - MAX_ARTICLES_COMPARED); k--) {
      const { texts, coverage } = seen[k];
      if (texts.length === blocks.length && blocks.every((b, j) => b.text === texts[j])) return coverage;
    }
    const coverage = coverageInTexts(bigramSet(title), blocks.map((b) => b.text));
    seen.push({ texts: blocks.map((b) => b.text), coverage });
    return coverage;
  };
}
/** Articles with one title and first block a look-up compares (the readings of a page are few). */
const MAX_ARTICLES_COMPARED = 8;

/** The same heads over the same items, group by group. */
function sameGroups(a: Group[], b: Group[]): boolean {
  if (a.length !== b.length) return false;
  for (let g = 0; g < a.length; g++) {
    if (a[g].head !== b[g].head || a[g].body.length !== b[g].body.length) return false;
    for (let i = 0; i < a[g].body.length; i++) if (a[g].body[i] !== b[g].body[i]) return false;
  }
  return true;
}

/** Articles from head groups, each head naming the body after it. */
function readGroups(name: string, groups: Group[], headsFollowBodies = false): Reading {
  const articles: Article[] = [];
  const orphans: string[] = [];
  const lost: string[] = [];
  const looseCaptions: BodyItem[] = [];
  // Heads after their bodies: a byline ending a head run, with no title of its
  // own, is printed at the top of the next text's column and signs that text
  // (韩正会见… / ■ 宋辉玉 / 本报记者 郝萍 / 2025年1月5日，…).
  let carried: string | null = null;
  // Whether a text comes after each group (a byline is carried only onto a text).
  const textAfter = new Array<boolean>(groups.length).fill(false);
  for (let k = groups.length - 2; k >= 0; k--) textAfter[k] = textAfter[k + 1] || groups[k + 1].body.some(isText);
  for (const [k, group] of groups.entries()) {
    let g = group;
    if (carried !== null && g.body.some(isText)) {
      g = { head: g.head, body: [{ kind: 'byline', text: carried }, ...g.body] };
      carried = null;
    }
    let heads = g.head ? parseHead(g.head, orphans) : [];
    const last = heads[heads.length - 1];
    if (headsFollowBodies && heads.length >= 2 && last.byline && !last.titles.length && !last.subtitle && !last.continuation && g.body.some(isText)) {
      carried = last.byline;
      heads = heads.slice(0, -1);
    } else if (headsFollowBodies && last?.byline && textAfter[k] && signedAtTop(g.body)) {
      // A text that opens with its own byline, or whose lead names its
      // reporter (本报北京2月28日电（记者杜文晨）…), was signed at the top of
      // its column: the byline closing the head printed after it is the next
      // text's, printed over that text (全省夏粮收购进度过半 / ——… / 本报记者 韦凯 /
      // next text), and so is a byline standing alone after it.
      carried = last.byline;
      heads = [...heads.slice(0, -1), { ...last, byline: null }].filter(namesSomething);
    }
    // No head: none printed, a head run that was all page furniture (a paper's
    // name), or a lone byline carried on to the next text.
    if (!heads.length) {
      if (g.body.some(isText)) articles.push(toArticle(emptyHead(), g.body));
      else
        for (const b of g.body) {
          if (b.kind === 'caption') looseCaptions.push(b);
          else orphans.push(b.text);
        }
      continue;
    }
    const above = articles[articles.length - 1];
    if (!g.body.some(isText) && above && closesTextAbove(heads, g.body)) {
      // Title lines with no text of their own over the note that closes the
      // text above stand inside that text, at its end: a news item's own
      // headline in a round-up (…促进资本市场发展。 / 德经济学家称债务和关税政策
      // 正将美国推向金融危机边缘 / （新华社南京1月23日电）), its last paragraph.
      above.blocks.push({ type: 'paragraph', text: withoutSoftJoins(heads.map((h) => h.titles.join('')).join('')) });
      for (const b of g.body) if (b.kind === 'note') above.blocks.push({ type: 'note', text: b.text });
      else if (b.kind === 'caption') looseCaptions.push(b);
      continue;
    }
    if (!g.body.some(isText)) {
      for (const b of g.body) if (b.kind === 'caption') looseCaptions.push(b);
      // A head with no text: a byline printed after the text it signs, or a teaser.
      const onlyByline = heads.length === 1 && !heads[0].titles.length && heads[0].byline;
      // (where heads follow their bodies, a byline alone with a text after it
      // stands over that text's column, as one closing a head does; else it
      // signs the text before, printed after it)
      if (onlyByline && headsFollowBodies && textAfter[k] && carried === null) carried = heads[0].byline;
      else if (above && onlyByline && !above.byline) above.byline = heads[0].byline;
      else for (const x of g.head!) if (x.kind === 'display') orphans.push(x.text);
      continue;
    }
    for (const [head, body] of assignBodies(heads, g.body, lost)) articles.push(toArticle(head, body));
  }
  // (no text after it: it stays a line of the page)
  if (carried !== null) orphans.push(carried);
  return { name, articles, orphans, lost, looseCaptions };
}

/** Heads of title lines only (no byline, subtitle, kicker or marker) over a body of notes, the first closing a text. */
function closesTextAbove(heads: Head[], body: BodyItem[]): boolean {
  const first = body.find((b) => b.kind !== 'caption');
  if (!first || first.kind !== 'note' || !isClosingNote(first.text) || body.some((b) => b.kind !== 'note' && b.kind !== 'caption')) return false;
  return heads.every((h) => h.titles.length && !h.byline && !h.subtitle && !h.kicker && !h.column && !h.continuation);
}

/** The text's first item that is neither a caption nor a jump marker. */
const firstTextItem = (body: BodyItem[]) => body.find((b) => b.kind !== 'caption' && b.kind !== 'jump-in');

/** The text's first item, before any paragraph, is a byline. */
function opensWithByline(body: BodyItem[]): boolean {
  return firstTextItem(body)?.kind === 'byline';
}

/** The text is signed at its top: it opens with a byline, or its lead names its reporter (本报北京2月28日电（记者杜文晨）…). */
function signedAtTop(body: BodyItem[]): boolean {
  const first = firstTextItem(body);
  return first?.kind === 'byline' || (first?.kind === 'paragraph' && bylineFromLead(first.text) !== null);
}

/** At least this many title lines of one head may be read as titles listed together. */
const MIN_STACK_LINES = 3;

/**
 * The listed reading, for a page that lists several heads together in one
 * run: every head with a title is taken from where it stands
 * (the top of the page, or the end, as Founder copies give them) and the whole
 * text is shared out among them in their order. Heads with no title (a byline
 * or a jump marker printed in the column) stay in the text, where they open an
 * article.
 */
function readListed(groups: Group[]): Reading | null {
  const heads: Head[] = [];
  const orphans: string[] = [];
  const body: BodyItem[] = [...groups[0].body];
  // Only a page that lists heads together: one run naming several articles.
  const parsed = groups.slice(1).map((g) => parseHead(g.head!, orphans));
  // (or, on a page with one run of head lines holding titles, one head whose title lines may
  // be several titles stacked: 秦岭站：… / 学思想 强党性 … / 深入学重实效 / …
  // over the bylines of two of them)
  const oneRun = parsed.filter((hs) => hs.some((h) => h.titles.length)).length === 1;
  // (two title lines are enough where another run is a byline alone, opening a text no title names: 壮大富民产业 托起稳稳的幸福 /
  // 农业农村部原党组书记…被开除党籍和公职 over two texts, the second opening with 本报记者 冯刚松 卢远芳)
  const untitledByline = parsed.some((hs) => hs.length > 0 && hs.every((h) => !h.titles.length && h.byline));
  const leastLines = untitledByline ? 2 : MIN_STACK_LINES;
  const stacks = (hs: Head[]) => hs.filter((h) => h.titles.length).length >= 2 || (oneRun && hs.some((h) => h.titles.length >= leastLines));
  if (!parsed.some(stacks)) return null;
  // (the bylines listed beside titles, each a head's: so many texts the listing names at least)
  let bylinesListed = 0;
  for (const [k, g] of groups.slice(1).entries()) {
    // (a run inside the text taken for a head only for the subject changing after it, one head's
    // lines and no listing, is a round-up item's headline where the heads stand listed apart)
    if (g.byTopic && !stacks(parsed[k]) && parsed[k].length === 1 && !parsed[k][0].byline) {
      body.push(runAsParagraph(g.head!));
      for (const b of g.body) body.push(b);
      continue;
    }
    if (parsed[k].some((h) => h.titles.length)) bylinesListed += parsed[k].filter((h) => h.byline).length;
    for (const h of parsed[k]) {
      if (h.titles.length) heads.push(h);
      else {
        if (h.continuation) body.push({ kind: 'jump-in', text: h.continuation });
        if (h.byline) body.push({ kind: 'byline', text: h.byline });
      }
    }
    for (const b of g.body) body.push(b);
  }
  // (heads holds two titled heads at least, or the one run's one head of MIN_STACK_LINES title lines: the check above)
  if (!body.some(isText)) return null;
  const looseCaptions = body.filter((b) => b.kind === 'caption');
  const text = body.filter((b) => b.kind !== 'caption');
  const shared = splitListed(heads, text, bylinesListed);
  // (a listing names two texts at least: one head read as stacked titles that
  // stayed one, or heads the split gave one part, is no listed reading)
  if (!shared || shared.length < 2) return null;
  giveBackDisplacedBylines(shared);
  const articles = shared.map(([h, b]) => toArticle(h, b));
  return { name: 'listed apart from', articles, orphans, lost: [], looseCaptions };
}

/**
 * Listed heads whose bylines stand one off: a text opens with its own byline
 * while the head listed over it has another. Frames are drawn in any order,
 * so the listed byline is a head's that has none (the page's first article's
 * byline listed last, the last article's set in its column): it goes to the
 * first head without a byline, and the text keeps its own.
 */
function giveBackDisplacedBylines(shared: [Head, BodyItem[]][]): void {
  for (const [h, body] of shared) {
    if (!h.byline || !opensWithByline(body)) continue;
    const own = body.find((b) => b.kind === 'byline')!;
    if (squashed(own.text) === squashed(h.byline)) continue;
    const bare = shared.find(([o, ob]) => !o.byline && !ob.some((b) => b.kind === 'byline'));
    if (!bare) continue;
    bare[0].byline = h.byline;
    h.byline = null;
  }
}

/**
 * Captions standing where no text is (gathered at the end of the page, as
 * Founder copies put them) go to the article whose text shares most words
 * with them; with no article at all they are kept as an article of their own.
 */
function placeLooseCaptions(captions: BodyItem[], articles: Article[], decisions: PageDecision[]): void {
  if (!captions.length) return;
  if (!articles.length) {
    articles.push(toArticle(emptyHead(), captions.map((c) => ({ kind: 'paragraph', text: c.text }))));
    return;
  }
  const texts = articles.map((a) => pairSet([a.title ?? '', ...a.blocks.map((b) => b.text)].join('')));
  for (const c of captions) {
    const words = bigramSet(c.text.replace(/(?:本报|新华社)?(?:记者|通讯员)?\s*\S{2,4}\s*摄\s*$/u, ''));
    let best = articles.length - 1;
    let bestScore = 0;
    texts.forEach((t, k) => {
      const s = coverage(words, t);
      if (s > bestScore) [best, bestScore] = [k, s];
    });
    articles[best].captions.push(c.text);
    decisions.push({ rule: 'loose caption', detail: `line ${c.line ?? '?'} to article ${best + 1} (shares ${(bestScore * 100).toFixed(0)}% of its word pairs)` });
  }
}

/** Headings inside an article; a crosshead broken over two lines is joined. */
function crossheads(run: HeadItem[]): BodyItem[] {
  const out: BodyItem[] = [];
  let prevDecorated = false;
  // (the line before reached the column's edge: this one goes on with it)
  let prevFull = false;
  for (const x of run) {
    if (x.kind === 'marker') continue;
    const text = tidyLineSpaces(stripDecor(x.text));
    const prev = out[out.length - 1]?.text;
    const wrapped = prevFull && !hasDecor(x.text) && !isSectionNumberLine(text);
    prevFull = x.kind === 'display' && !!x.full;
    if (prev !== undefined && wrapped) {
      out[out.length - 1].text = prev + text;
      continue;
    }
    // A ■ crosshead wrapped over two lines: the second has no mark of its own.
    if (prev !== undefined && prevDecorated && !hasDecor(x.text) && !isSectionNumberLine(text)) {
      out[out.length - 1].text = prev + text;
      prevDecorated = false;
      continue;
    }
    prevDecorated = hasDecor(x.text);
    if (prev !== undefined && charCount(text) <= Math.max(MAX_HEADING_TAIL_CHARS, charCount(prev) / 2) && charCount(prev) > MAX_HEADING_TAIL_CHARS && !isSectionNumberLine(text) && !isBareSectionNumber(prev)) {
      out[out.length - 1].text = prev + text;
    } else out.push({ kind: 'heading', text, line: x.line });
  }
  return out;
}

const isParagraphBlock = (b: Block) => b.type === 'paragraph';
const plain = (text: string | null) => (text === null ? null : withoutSoftJoins(text));

function toArticle(head: Head, body: BodyItem[]): Article {
  const blocks: Block[] = [];
  const captions: string[] = [];
  let continuation = head.continuation;
  let byline = head.byline;
  for (const b of body) {
    if (b.kind === 'caption') captions.push(b.text);
    else if (b.kind === 'jump-out' || b.kind === 'jump-in') continuation ??= b.text;
    else if (b.kind === 'byline') byline ??= b.text;
    else blocks.push({ type: b.kind, text: b.text });
  }
  const first = blocks.find(isParagraphBlock);
  if (!byline && first) byline = bylineFromLead(first.text);
  return {
    column: plain(head.column),
    kicker: plain(head.kicker),
    title: head.titles.length ? withoutSoftJoins(head.titles.join('')) : null,
    subtitle: head.subtitle,
    byline,
    continuation,
    blocks,
    captions,
  };
}
