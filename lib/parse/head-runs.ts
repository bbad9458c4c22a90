// Which runs of display lines are article heads, and which are crossheads
// inside an article. Each run is scored from the evidence around it; a run
// with a positive score is a head.
//
// Evidence for a head: it opens the page; it follows an article's closing
// note (（新华社…电）, （作者单位…）, the writers' names （吕松 罗航超）) or a
// marker that sends the text on (（下转第二版）: the text broke off there); it
// holds a byline, a subtitle (——…) or a jump marker; the text after it opens
// like a news report (本报讯…); no text follows it (a head printed after its
// body, at the page end); it was set wider than the column (titles span
// columns, crossheads stay inside one); the text before repeats its words and
// the text after does not (a head printed after its text); the text after it
// is on another subject than the text before it.
// Evidence for a crosshead: a section number or ■ mark; the text goes on on
// the same subject.

import { TOPIC_SHIFT, TOPIC_WINDOW_CHARS } from './constants';
import { bigramSet, coverage, pairSet, topicSimilarity, type PairSet } from './bigrams';
import type { BodyItem, PageDecision } from './head-types';
import type { Item } from './items';
import { NEWS_LEAD, SERIES_KICKER, hasDecor, isBylineLine, isClosingNote, isSectionNumberLine, isSignatureNote, isSubtitleLine } from './patterns';
import { pageUnwrapped } from './unwrapped';
import { joinLines, tidyParagraph } from './join-lines';

export type HeadItem = Extract<Item, { kind: 'display' | 'marker' }>;

export type Part = { kind: 'group'; run: HeadItem[]; head: boolean; candidate: boolean; repeated: number; byTopic?: boolean } | { kind: 'item'; item: BodyItem };

/** Texts this similar (Dice of character pairs) are on one subject. */
const SAME_TOPIC = 0.2;

/**
 * Groups display lines into runs and marks the runs whose position makes them
 * an article head; `candidate` runs (no evidence either way yet) are settled
 * by the subject of the text around them (confirmLoneTitles).
 */
export function markHeads(items: Item[], furniture: string[], decisions: PageDecision[]): Part[] {
  const parts: Part[] = [];
  // For each item, the next paragraph at or after it (for the look-ahead below).
  const nextParagraph: (Item | undefined)[] = new Array(items.length + 1);
  for (let i = items.length - 1; i >= 0; i--) nextParagraph[i] = items[i].kind === 'paragraph' ? items[i] : nextParagraph[i + 1];
  let prevKind: string | null = null;
  let prevNote = '';
  // The paragraphs read so far: the last TOPIC_WINDOW_CHARS of their text is
  // read (lastChars) only for the few runs that ask, not kept up at each paragraph.
  const paragraphs: string[] = [];
  // The paragraphs since the last run marked a head here (crossheads read
  // through: a head printed after its text names the whole text, whose first
  // section may be the one that says its words; runs confirmed as heads later,
  // by confirmLoneTitles, do not reset it). Only their last BEFORE_CHARS are read.
  let sinceHead: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'furniture') {
      furniture.push(it.text);
      continue;
    }
    if (it.kind !== 'display' && it.kind !== 'marker') {
      parts.push({ kind: 'item', item: { kind: it.kind, text: it.text, line: it.line } as BodyItem });
      prevKind = it.kind;
      if (it.kind === 'note') prevNote = it.text;
      if (it.kind === 'paragraph') {
        paragraphs.push(it.text);
        sinceHead.push(it.text);
      }
      continue;
    }
    const run: HeadItem[] = [];
    let j = i;
    while (j < items.length && (items[j].kind === 'display' || items[j].kind === 'marker' || items[j].kind === 'furniture')) {
      const x = items[j];
      if (x.kind === 'furniture') furniture.push(x.text);
      else run.push(x as HeadItem);
      j++;
    }
    const nextBody = nextParagraph[j];
    const numbered = run.every((x) => x.kind === 'marker' || isSectionNumberLine(x.text));
    const decorated = run.some((x) => x.kind === 'display' && hasDecor(x.text));
    const closed = prevKind === 'jump-out' || (prevKind === 'note' && (isClosingNote(prevNote) || isSignatureNote(prevNote)));
    const why = headEvidence(run, parts.length === 0, closed, nextBody, numbered, decorated) ?? (!numbered && !decorated && textBeforeRepeatsRun(run, nextBody, sinceHead) ? 'the text before says it again, the text after does not (a head printed after its text)' : null);
    if (why) sinceHead = [];
    const candidate = !why && !numbered && !decorated;
    parts.push({ kind: 'group', run, head: !!why, candidate, repeated: candidate ? leadRepeatsRun(run, nextBody, paragraphs) : 0 });
    if (why) decisions.push({ rule: 'head', detail: `line ${run[0].line}: ${why}` });
    prevKind = 'display';
    i = j - 1;
  }
  confirmLoneTitles(parts, decisions);
  // (a run that is no head and wraps at the column's edge as text does, every
  // line full but its last, is a line of the text set bold, a round-up's item
  // headline: a paragraph, in the page's stream of paragraphs; a crosshead is
  // a short line of its own)
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.kind === 'group' && !p.head && runWrapsAsText(p.run)) parts[k] = { kind: 'item', item: runAsParagraph(p.run) };
  }
  return parts;
}

/** A run of head lines read as a line of the text after all (a round-up item's headline): one paragraph. */
export function runAsParagraph(run: HeadItem[]): BodyItem {
  return { kind: 'paragraph', text: tidyParagraph(joinLines(run.map((x) => x.text))), line: run[0].line };
}

/** The last `n` characters of the texts joined, read from the end (only the texts that hold them are joined). */
function lastChars(texts: string[], n: number): string {
  let from = texts.length;
  for (let chars = 0; from > 0 && chars < n; ) chars += texts[--from].length;
  return texts.slice(from).join('').slice(-n);
}

/** Why a run is a head, or null when nothing says so. */
function headEvidence(run: HeadItem[], first: boolean, afterClosingNote: boolean, nextBody: Item | undefined, numbered: boolean, decorated: boolean): string | null {
  if (first) return 'opens the page';
  if (afterClosingNote) return "follows an article's closing note (or its （下转…）)";
  if (run.some((x) => x.kind === 'marker')) return 'holds a jump marker';
  if (run.some((x) => isSubtitleLine(x.text))) return 'holds a subtitle (——…)';
  if (run.some((x) => isBylineLine(x.text, true) || (hasDecor(x.text) && isBylineLine(x.text, false)))) return 'holds a byline';
  if (nextBody && NEWS_LEAD.test(nextBody.text) && !numbered) return 'the text after it opens a news report';
  if (!nextBody) return 'no text follows it (a head printed after its body)';
  // (an e-paper page copied from the browser sets each paragraph on a line and
  // parts its articles, not its paragraphs or sections, with a blank line)
  if (pageUnwrapped() && run[0].kind === 'display' && run[0].apart) return 'a blank line parts it from the text before (a page that sets each paragraph on one line)';
  if (!numbered && !decorated && run.some((x) => x.kind === 'display' && x.wide)) return 'set wider than the column (a title across columns)';
  return null;
}

/** A run at least this long (characters) may be a title by its words alone (crossheads are shorter). */
const MIN_REPEATED_TITLE_CHARS = 12;
/** The lead repeats at least this share of the run's word pairs… */
const LEAD_REPEATS = 0.7;
/** …or this share, where the text after is on a subject unclear (confirmLoneTitles)… */
const LEAD_REPEATS_WEAKLY = 0.6;
/** …and the text before it at most this share, or half the lead's where the lead repeats more (习近平同尼日利亚总统会谈 after a report that named 俄罗斯总统 and 习近平). */
const BEFORE_REPEATS = 0.35;
/** Characters of the lead read. */
const LEAD_CHARS = 300;
/** A shorter run, this long at least, may be a title where the lead repeats it and the text before all but does not (李希在天津调研). */
const MIN_SHORT_TITLE_CHARS = 6;
/** …the text before repeating at most this share of its word pairs (one pair of six). */
const SHORT_BEFORE_REPEATS = 0.2;

/**
 * A news title is said again in its lead (李强会见出席中国发展高层论坛… over
 * 国务院总理李强3月27日下午在北京会见出席中国发展高层论坛…); a crosshead
 * names a section's theme in words of its own, and is shorter. A long run
 * whose words the next paragraph repeats and the text before does not opens
 * a new article, even set in the column's width; so does a short one whose
 * words the text before all but never says (李希在天津调研 after a report on
 * saving energy, over 中共中央政治局常委、中央纪委书记李希…到天津调研).
 */
function leadRepeatsRun(run: HeadItem[], nextBody: Item | undefined, paragraphsBefore: string[]): number {
  if (!nextBody || !paragraphsBefore.length) return 0;
  const text = run.filter((x) => x.kind === 'display').map((x) => x.text).join('');
  const chars = [...text.replace(/\s+/g, '')].length;
  if (chars < MIN_SHORT_TITLE_CHARS) return 0;
  const words = bigramSet(text);
  const lead = coverage(words, pairSet(nextBody.text.slice(0, LEAD_CHARS)));
  // (the text before is joined only for a run the lead repeats enough)
  if (lead < LEAD_REPEATS_WEAKLY) return 0;
  const before = coverage(words, pairSet(lastChars(paragraphsBefore, TOPIC_WINDOW_CHARS)));
  // (a short run, shorter than most titles and as long as a crosshead, only
  // where the text before says almost none of it: a crosshead names its
  // section in words of the article's subject, which the text before says)
  if (chars < MIN_REPEATED_TITLE_CHARS) return before <= SHORT_BEFORE_REPEATS ? lead : 0;
  return before > Math.max(BEFORE_REPEATS, lead / 2) ? 0 : lead;
}

/** A title line this long (Han characters) may be told by the words its text repeats. */
const MIN_TITLE_LINE_CHARS = 8;
/** Characters of the text before a run read (its end). */
const BEFORE_CHARS = 3000;

/**
 * A head printed after its text (Founder copies draw headline frames last):
 * the text before repeats its title's words (习近平会见亚美尼亚总理 after a
 * report of that meeting), the text after, another article's lead, does not.
 * A crosshead names its section's theme in words of its own.
 */
function textBeforeRepeatsRun(run: HeadItem[], nextBody: Item | undefined, before: string[]): boolean {
  if (!before.length) return false;
  // (the text before is read only for a run with a line long enough to ask)
  let beforeWords: PairSet | null = null;
  for (const x of run) {
    // (a title line has no comma or stop inside: 学习宣传贯彻党的二十大精神，上海市组织了 is a line of text)
    if (x.kind !== 'display' || /[，。；！？,;]/u.test(x.text) || (x.text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_TITLE_LINE_CHARS) continue;
    const words = bigramSet(x.text);
    beforeWords ??= pairSet(lastChars(before, BEFORE_CHARS));
    if (coverage(words, beforeWords) < LEAD_REPEATS) continue;
    if (nextBody && coverage(words, pairSet(nextBody.text.slice(0, LEAD_CHARS))) > BEFORE_REPEATS) continue;
    return true;
  }
  return false;
}

/** A run of display lines, two or more, that wraps as text does: every line at the column's edge but its last. */
function runWrapsAsText(run: HeadItem[]): boolean {
  const lines = run.filter((x) => x.kind === 'display');
  // (a series name opening it, 在希望的田野上·三夏时节, is a kicker's line over a title wrapped in the column)
  return lines.length >= 2 && lines.length === run.length && lines.every((x, i) => !!x.full === i < lines.length - 1) && !SERIES_KICKER.test(lines[0].text);
}

/** Lines set apart, none at the column edge, that make a head block where the subject is unclear (a crosshead is one line). */
const MIN_HEAD_BLOCK_LINES = 3;

/** Texts about a run among crossheads that share less than this (topicSimilarity) are two articles… */
const TOPIC_APART = 0.04;
/** …where the run has at least this many lines. */
const MIN_SERIES_TITLE_LINES = 2;

/**
 * A display line with nothing to mark it as a title may still open a new
 * article. Crossheads come in series and stay on the article's subject; so a
 * lone candidate between two heads, where the text after it shares few words
 * with the text before it (at most TOPIC_WINDOW_CHARS characters each side),
 * is a title.
 */
function confirmLoneTitles(parts: Part[], decisions: PageDecision[]): void {
  const runAt: number[] = [];
  parts.forEach((p, k) => {
    if (p.kind === 'group') runAt.push(k);
  });
  const textBetween = (a: number, b: number, fromEnd: boolean) => {
    const out: string[] = [];
    let n = 0;
    if (fromEnd) {
      for (let x = b - 1; x > a && n < TOPIC_WINDOW_CHARS; x--) {
        const q = parts[x];
        if (q.kind === 'item' && q.item.kind === 'paragraph') {
          out.unshift(q.item.text);
          n += q.item.text.length;
        }
      }
      return out.join('').slice(-TOPIC_WINDOW_CHARS);
    }
    for (let x = a + 1; x < b && n < TOPIC_WINDOW_CHARS; x++) {
      const q = parts[x];
      if (q.kind === 'item' && q.item.kind === 'paragraph') {
        out.push(q.item.text);
        n += q.item.text.length;
      }
    }
    return out.join('').slice(0, TOPIC_WINDOW_CHARS);
  };
  // Crossheads come in series: between two heads, only a lone candidate is tested.
  const lone = new Set<number>();
  let span: number[] = [];
  for (const k of [...runAt, parts.length]) {
    const p = parts[k] as Extract<Part, { kind: 'group' }> | undefined;
    if (!p || p.head) {
      if (span.length === 1) lone.add(span[0]);
      span = [];
    } else if (p.candidate) span.push(k);
  }
  for (let r = 0; r < runAt.length; r++) {
    const k = runAt[r];
    const p = parts[k] as Extract<Part, { kind: 'group' }>;
    if (!p.candidate) continue;
    const inSeries = !lone.has(k);
    // (in a series, only a run that could be a title asks how far apart the texts on its sides are)
    const lines = p.run.filter((x) => x.kind === 'display');
    if (inSeries && (lines.length < MIN_SERIES_TITLE_LINES || lines.some((x) => /[，。；！？,;!?]/u.test(x.text)))) continue;
    // (a run numbered as a section, （二） / 俄罗斯新版外交政策构想：…, heads a part of its article: a title is never numbered)
    if (p.run.some((x) => isSectionNumberLine(x.text))) continue;
    // The text compared runs to the heads on each side (crossheads between are read through).
    let from = r - 1;
    while (from >= 0 && !(parts[runAt[from]] as { head: boolean }).head) from--;
    let to = r + 1;
    while (to < runAt.length && !(parts[runAt[to]] as { head: boolean }).head) to++;
    const before = textBetween(from >= 0 ? runAt[from] : -1, k, true);
    const after = textBetween(k, to < runAt.length ? runAt[to] : parts.length, false);
    if (!before || !after) continue;
    const sim = topicSimilarity(before, after);
    // A candidate among crossheads is still a title where the texts on its
    // two sides share almost nothing and it is set over two lines or more
    // (a kicker and title, 学习贯彻四中全会精神·一线见闻 / 灵巧手里的创新密码, printed
    // after its text; lines with no comma or stop): a crosshead is one line on
    // its article's subject.
    if (inSeries) {
      if (sim < TOPIC_APART) {
        p.head = true;
        p.byTopic = true;
        decisions.push({ rule: 'head', detail: `line ${p.run[0].line}: among crossheads, but the text after it is on another subject altogether (similarity ${sim.toFixed(2)})` });
      }
      continue;
    }
    // (a lone run set in its text's column, wrapping at that column's edge as
    // text does, every line full but its last, over a text only somewhat
    // apart, is a line of that text: a round-up's item headline set bold in
    // the column, 伊朗称做好捍卫自身权利的准备 美 / 威胁称如达不成协议将以更大力度
    // 恢复 / 军事行动; a head is set in a frame of its own)
    const wrapsAsText = runWrapsAsText(p.run);
    if (wrapsAsText && sim >= TOPIC_APART && sim < TOPIC_SHIFT) {
      decisions.push({ rule: 'text', detail: `line ${p.run[0].line}: ${lines.length} lines wrapped at the column edge as text, over a text somewhat apart (similarity ${sim.toFixed(2)}): a line of the text` });
    } else if (sim < TOPIC_SHIFT) {
      p.head = true;
      p.byTopic = true;
      decisions.push({ rule: 'head', detail: `line ${p.run[0].line}: the text after it is on another subject (similarity ${sim.toFixed(2)} < ${TOPIC_SHIFT})` });
    } else if (p.repeated >= LEAD_REPEATS || (p.repeated > 0 && sim < SAME_TOPIC)) {
      p.head = true;
      decisions.push({ rule: 'head', detail: `line ${p.run[0].line}: its lead says it again, the text before does not` });
    } else if (sim < SAME_TOPIC && lines.length >= MIN_HEAD_BLOCK_LINES && lines.every((x) => !x.full && !x.wide)) {
      // (a crosshead is one line, wrapped at the column's edge if long: lines
      // set apart short of the edge, a kicker over a title in two, are a head's)
      p.head = true;
      decisions.push({ rule: 'head', detail: `line ${p.run[0].line}: subject unclear (similarity ${sim.toFixed(2)}), but ${lines.length} lines set apart short of the column edge: a head` });
    } else if (sim < SAME_TOPIC) {
      decisions.push({ rule: 'crosshead', detail: `line ${p.run[0].line}: subject unclear (similarity ${sim.toFixed(2)}), kept as a crosshead` });
    }
  }
}
