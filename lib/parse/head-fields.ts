// Reads a head run (the display lines that name an article) into its fields:
// [column] [kicker] title [subtitle] [byline] [jump marker], several heads
// stacked where a page lists its titles together. Lines of one head may come
// in any order in a copy out of a PDF (each headline frame is drawn on its
// own), so a byline or a subtitle is recognised by its form wherever it
// stands, and what only a title can be is left to be a title.

import { firstWordChar, lastWordChar, tidyLineSpaces } from './cjk';
import { isLetterSpacedHead } from './frame-style';
import { emptyHead, namesSomething, SOFT_JOIN, withoutSoftJoins, type Head } from './head-types';
import type { HeadItem } from './head-runs';
import { HAN_ONLY, PARALLEL_PHRASES, hasDecor, isBylineLine, isDecoratedName, isStructuredByline, isSubtitleLine, reportsSpeech, stripDecor } from './patterns';
import { COMPOUND_SURNAME, SURNAMES } from './surnames';
import { pageSays } from './cohesion';

const BARE_NAME = /^\p{Script=Han}{2,4}$/u;

/** A line that is only a person's name (张盛华, 欧阳明): 2–4 Han characters opening with a surname. */
export function isBareName(text: string): boolean {
  const raw = stripDecor(text.trim());
  // (a line set letter-spaced, 席 会 议 or 贺 信, is a spaced title's last
  // line cut at its frame's edge: a signature is not spaced out)
  if (!hasDecor(text) && /\S\s+\S/u.test(raw)) return false;
  const t = raw.replace(/\s+/g, '');
  // (no name ends with a speech report's verb: …调研 / 时强调 in a narrow title frame)
  if (!BARE_NAME.test(t) || reportsSpeech(t)) return false;
  return COMPOUND_SURNAME.test(t) || (SURNAMES.includes(t[0]) && t.length <= 3);
}

/** A paper's name standing alone (人民日报, 辽源晚报): page furniture, not a column label. */
const PAPER_NAME_LINE = /^[\p{Script=Han}]{2,8}(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|法治报|经济报|农民报|工人报|科技报)$/u;
export function isPaperName(text: string): boolean {
  return PAPER_NAME_LINE.test(text.replace(/\s+/g, ''));
}

/** A subtitle's wrapped last line this short (之三) may stand above the byline. */
const MAX_SUBTITLE_TAIL_CHARS = 4;
/** A byline whose last role word was cut at the line end: what the next line must start with. */
const ROLE_WORD_CUT = /(?:通讯|通|评论|评|记)$/u;
const ROLE_WORD_REST: Record<string, string> = { 通讯: '员', 通: '讯员', 评论: '员', 评: '论员', 记: '者' };
/** A byline that ends with its role word, waiting for the name (本报记者 侯秋超 通讯员). */
const ENDS_WITH_ROLE = /(?:记者|通讯员|评论员)$/u;

/**
 * The byline with the rest of it that wrapped to the next line, or null: a
 * name after a role word (本报记者 侯秋超 通讯员 / 孔洋涛), another whole
 * name (本报记者 崔俊静 / 陆娟峰), or the end of a name cut after one or two
 * characters (本报记者 邱平 崔芬 / 林).
 */
function withBylineTail(byline: string, text: string): string | null {
  const t = text.trim();
  // A role word cut at the line end (本报记者 韩昊 通讯 / 员 谭雪).
  const cut = ROLE_WORD_CUT.exec(byline);
  if (cut && t.startsWith(ROLE_WORD_REST[cut[0]]) && isStructuredByline(byline + t)) return cleanByline(byline + t);
  // A second role and its names (本报记者 沈帅春 / 通讯员 龙远).
  if (isStructuredByline(byline) && isStructuredByline(t) && !/^(?:本报|新华社|中新社)/u.test(t)) return `${byline} ${cleanByline(t)}`;
  if (!/^\p{Script=Han}{1,3}$/u.test(t)) return null;
  if (ENDS_WITH_ROLE.test(byline)) return t.length >= 2 && SURNAMES.includes(t[0]) ? `${byline} ${t}` : null;
  if (t.length >= 2 && isStructuredByline(byline) && /\s\p{Script=Han}{2,4}$/u.test(byline) && isBareName(t)) return `${byline} ${t}`;
  const last = byline.split(/\s+/u).pop() ?? '';
  return /^\p{Script=Han}+$/u.test(last) && last.length + t.length <= 3 && SURNAMES.includes(last[0]) ? byline + t : null;
}

function cleanByline(text: string): string {
  const t = stripDecor(text).replace(/\s+/g, ' ').trim();
  // Letter-spaced (本 报 记 者 林 晓): the role word and the name stand apart, as in any byline.
  const parts = t.split(' ');
  if (parts.length >= 4 && parts.every((x) => [...x].length === 1)) return parts.join('').replace(/(记者|通讯员|评论员)(?=\S)/gu, '$1 ');
  return t;
}

/** A head line's characters, spaces left out. */
const headChars = (text: string) => text.replace(/\s+/g, '').length;

/**
 * Each run's reading, kept while the run lives: the page is read several ways
 * (heads before their bodies, after them, each on its own side, listed), and
 * each way reads the same runs again. `items` is the run as it was read.
 */
const readRuns = new WeakMap<HeadItem[], { items: HeadItem[]; heads: Head[]; furniture: string[] }>();

/** A column label (金台论道, 国际视点) is a short standing name. */
const MAX_COLUMN_LABEL_CHARS = 6;
/** … under a title line at least this long. */
const MIN_TITLE_ABOVE_LABEL_CHARS = 9;

/**
 * Line `at` is a column label standing over the next head's title, not the
 * end of the title above that reached its frame's edge: a short name of its
 * own (no punctuation, no word space) with a title line, not a byline or a
 * subtitle, under it (李强同瓦努阿图总理会谈 / 金台论道 / 抢抓农时 各…).
 */
function isColumnOverTitle(run: HeadItem[], at: number): boolean {
  const x = run[at];
  const next = run[at + 1];
  if (!next || next.kind !== 'display' || x.kind !== 'display') return false;
  const t = x.text.trim();
  if (!/^\p{Script=Han}{4,}$/u.test(t) || [...t].length > MAX_COLUMN_LABEL_CHARS) return false;
  // (the line above is a headline's length: a kicker wraps in a narrow frame,
  // 绿色低碳生活方式 / 走进千家万户, its second line as short as a label)
  const above = run[at - 1];
  if (!above || headChars(above.text) < MIN_TITLE_ABOVE_LABEL_CHARS) return false;
  return !isBylineLine(next.text, false) && !isStructuredByline(next.text) && !isSubtitleLine(next.text) && !hasDecor(next.text) && headChars(next.text) > [...t].length;
}

/** Lines of a narrow title frame are at least this long (a column label, 民生观察, 新春走基层, is shorter)… */
const MIN_FRAME_LINE_CHARS = 6;
/** …or this long, letter-spaced, three lines or more. */
const MIN_SPACED_FRAME_LINE_CHARS = 4;
/** …and at most this long: longer lines as long as each other are as often titles listed one under another. */
const MAX_FRAME_LINE_CHARS = 9;
/** The shorter of the two least widths (frameEdges asks it before reading a line further). */
const MIN_ANY_FRAME_LINE_CHARS = Math.min(MIN_FRAME_LINE_CHARS, MIN_SPACED_FRAME_LINE_CHARS);
/** A title wraps over at most this many lines of its frame's width. */
const MAX_FRAME_LINES = 8;

/** A plain head line: not a byline (a bare name, 宋霞, too), subtitle or ■ line. */
const plainHeadLine = (x: HeadItem | undefined): x is Extract<HeadItem, { kind: 'display' }> =>
  !!x && x.kind === 'display' && !isBylineLine(x.text, false) && !isStructuredByline(x.text) && !isBareName(x.text) && !isSubtitleLine(x.text) && !hasDecor(x.text);

/**
 * A title set in a frame narrower than the text's column wraps at the frame's
 * edge, not the column's: lines of one width, two or more, then a shorter
 * line (上半年我国港 / 口运行良好 助 / 力经济稳步前 / 行). Each of the equal
 * lines reached that edge and goes on in the next. Marked for the whole run
 * in one pass: a run of thousands of such lines stays linear.
 */
function frameEdges(run: HeadItem[]): boolean[] {
  const edge = new Array<boolean>(run.length).fill(false);
  // The width a line may share with its neighbours (0: none): a plain line
  // of a frame's width, not phrases set apart by a space (开好局 起好步, a theme kicker's line).
  // (the width first: most head lines are longer than any frame's, and the byline,
  // name and subtitle patterns that tell a plain line cost most of reading a run)
  const width = run.map((x) => {
    const w = headChars(x.text);
    if (w < MIN_ANY_FRAME_LINE_CHARS || w > MAX_FRAME_LINE_CHARS) return 0;
    if (!plainHeadLine(x) || PARALLEL_PHRASES.test(x.text.trim())) return 0;
    // (a frame narrower still, four or five characters, where its lines are letter-spaced
    // alike, 多 举 措 促 / 进 新 能 源 / …: a column label is set on its own, unspaced)
    const least = isLetterSpacedHead(x.text) ? MIN_SPACED_FRAME_LINE_CHARS : MIN_FRAME_LINE_CHARS;
    return w >= least ? w : 0;
  });
  for (let from = 0; from < run.length; ) {
    const w = width[from];
    let to = from;
    while (w && to + 1 < run.length && width[to + 1] === w) to++;
    const after = run[to + 1];
    // (two lines alone, then a line half as long or more, may as well be a
    // kicker and a title of one length over the next title: 产业升级看一线 /
    // 黄河岸边绿意浓 / 刘国中在安…; three lines of one width are a frame's)
    // (a narrower frame, letter-spaced, takes three lines)
    const lines = to - from + 1;
    if (w && lines >= 2 && lines <= MAX_FRAME_LINES && (plainHeadLine(after) || nameOverByline(run, to + 1))) {
      const tail = headChars(after.text);
      if (tail < w && (lines >= 3 || (w >= MIN_FRAME_LINE_CHARS && tail * 2 <= w))) edge.fill(true, from, to + 1);
    }
    from = to + 1;
  }
  return edge;
}

/**
 * A line narrower than the full line above it, as wide as the plain line under
 * it, over a line no wider: the first line of a frame of its own (——记扎根乡村的
 * 青年干部 / 习近平致电 / 祝贺金正恩 / 被推举为朝 / …), not the last line of the
 * one above, which the line under it would not match to the character. Lines
 * of Han characters only, measured exactly.
 */
function opensFrame(run: HeadItem[], at: number, aboveChars: number): boolean {
  const [x, next, after] = [run[at], run[at + 1], run[at + 2]];
  if (!plainHeadLine(x) || !plainHeadLine(next)) return false;
  const [a, b] = [x.text.trim(), next.text.trim()];
  // (a word space set inside the line under takes a column of the frame: 严守耕地红 / 线 提升耕)
  if (!HAN_ONLY.test(a) || !SPACED_HAN_COLS.test(b)) return false;
  const w = [...a].length;
  if (w < MIN_OPENING_FRAME_CHARS || [...b].length !== w || w >= aboveChars - 1) return false;
  return !plainHeadLine(after) || headChars(after.text) <= w;
}
/** Han characters with single word spaces between them, each space a column. */
const SPACED_HAN_COLS = /^\p{Script=Han}+(?: \p{Script=Han}+)*$/u;
/** A frame's line this long at least (a two-character line under another is a wrapped title's tail). */
const MIN_OPENING_FRAME_CHARS = 3;

/**
 * A line read as a bare name with a byline right under it (违纪违法被开除党籍 /
 * 和公职 / ■ 罗秋): a head has one byline, so under a frame's full lines the
 * name is the title's last line.
 */
function nameOverByline(run: HeadItem[], at: number): boolean {
  const [x, next] = [run[at], run[at + 1]];
  if (x?.kind !== 'display' || next?.kind !== 'display' || !isBareName(x.text) || hasDecor(x.text)) return false;
  return isStructuredByline(next.text) || isBylineLine(next.text, true) || (hasDecor(next.text) && isBylineLine(next.text, false));
}

/**
 * Reads a head run into one or more heads; lines that are page furniture go
 * to `furniture`. (Heads are remembered per run, and read with the page's
 * text (pageSays): ask within the page's withPageStream, as buildArticles does.)
 */
export function parseHead(run: HeadItem[], furniture: string[] = []): Head[] {
  let known = readRuns.get(run);
  if (!known || known.items.length !== run.length || known.items.some((x, k) => x !== run[k])) {
    const lines: string[] = [];
    known = { items: [...run], heads: withNamesInsideTitlesJoined(readHead(run, lines)), furniture: lines };
    readRuns.set(run, known);
  }
  for (const line of known.furniture) furniture.push(line);
  // Fresh heads each time: callers build on them.
  return known.heads.map((h) => ({ ...h, titles: [...h.titles] }));
}

/**
 * A line read as a bare name between two heads' title lines that the page's
 * text says together with the characters on both its sides is a title line
 * cut at a narrow frame's edge (丹宁高速水阳段桥 / 梁垮塌 / 灾害调查评估报告公布
 * over a text that says 桥梁垮塌灾害): the two heads are one. A writer's name
 * is never said run into a title's last and first characters.
 */
function withNamesInsideTitlesJoined(read: Head[]): Head[] {
  const heads = [...read];
  const out: Head[] = [];
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k];
    const next = heads[k + 1];
    const name = h.byline?.trim() ?? '';
    if (next && h.titles.length && next.titles.length && !h.subtitle && !h.continuation && !next.kicker && !next.column && isBareName(name) && !hasDecor(name)) {
      const end = lastWordChar(h.titles[h.titles.length - 1]);
      const start = firstWordChar(next.titles[0]);
      if (end && start && pageSays(end + name + start)) {
        heads[k + 1] = { ...next, column: h.column, kicker: h.kicker, titles: [...h.titles, name, ...next.titles] };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

/**
 * A line read as a bare name under a title whose last character the page's
 * text says run on into the name's first (再创历 / 史新高 over a text that
 * says 历史新高; 检验学习教育 / 成效): the title's last line, wrapped short at
 * its frame's edge. A writer's name is never said run on from a title's end.
 */
function readsOnFromTitle(titles: string[], name: string): boolean {
  return !hasDecor(name) && pageSaysRunOn(titles[titles.length - 1], name);
}

/** Whether the page's text says the last word character of `above` run on into the first of `below`. */
function pageSaysRunOn(above: string, below: string): boolean {
  const end = lastWordChar(above);
  const start = firstWordChar(below);
  return !!end && !!start && pageSays(end + start);
}

/**
 * A line read as a bare name whose last character the page's text says run on
 * into the next head line's first (李强在 / 河北调 / 研 over a text that says
 * 在河北): a title's first line, a name and the word after it. A writer's name
 * is not said run on into a title under it.
 */
function readsOnIntoNext(run: HeadItem[], at: number): boolean {
  const x = run[at];
  const next = run[at + 1];
  return !hasDecor(x.text) && plainHeadLine(next) && pageSaysRunOn(x.text, next.text);
}

/**
 * A byline cut inside its last name at the column's edge (本报记者 史红宇 通讯员 肖 /
 * 晓辉): the line and the one or two characters under it make a byline.
 */
function bylineCutAtEdge(run: HeadItem[], at: number): boolean {
  const [x, next] = [run[at], run[at + 1]];
  if (!x || !next || x.kind !== 'display' || next.kind !== 'display') return false;
  const tail = next.text.trim();
  return /^\p{Script=Han}{1,2}$/u.test(tail) && isBylineLine(x.text, false) && isStructuredByline(x.text.trim() + tail);
}

/**
 * Display lines the page prints more than once, spaces aside: a series label
 * (新思想引领新征程) over two of its articles. A title is printed once.
 */
let repeatedLines: Set<string> | null = null;

/** Runs `read` with the display lines `items` print twice or more noted (printedTwice). */
export function withRepeatedHeadLines<T>(items: readonly { kind: string; text: string }[], read: () => T): T {
  const outer = repeatedLines;
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const x of items) {
    if (x.kind !== 'display') continue;
    const t = x.text.replace(/\s+/g, '');
    if (seen.has(t)) twice.add(t);
    else seen.add(t);
  }
  repeatedLines = twice;
  try {
    return read();
  } finally {
    repeatedLines = outer;
  }
}
/** Whether the page being read prints this display line twice or more (false outside withRepeatedHeadLines). */
export const printedTwice = (text: string): boolean => !!repeatedLines?.has(withoutSoftJoins(text).replace(/\s+/g, ''));

function readHead(run: HeadItem[], furniture: string[]): Head[] {
  const heads: Head[] = [];
  let h: Head | null = null;
  const fresh = () => {
    h = emptyHead();
    heads.push(h);
    return h;
  };
  let prevFull = false;
  const atFrameEdge = frameEdges(run);
  let prevPlain = false;
  let prevChars = 0;
  for (const [at, x] of run.entries()) {
    const cur: Head = h ?? fresh();
    const spaced = x.kind === 'display' && isLetterSpacedHead(x.text);
    // The line before reached the column edge: this one goes on with it,
    // unless it cannot be that frame's next line: a letter-spaced line under
    // a plain one (a frame letter-spaces a line only when its next character
    // would not fit, so a line wrapped from a plain full line is never spaced
    // out: ——论新时代的奋斗精神, full, over 国 务 院 印, the next head's narrow
    // title), or a line longer than the full one (a frame's next line is no
    // wider than its edge: the same subtitle over a title of 18 characters).
    const goesOn =
      prevFull && x.kind === 'display' && !isBylineLine(x.text, false) && !isSubtitleLine(x.text) && !hasDecor(x.text) && !isPaperName(x.text) && !(prevPlain && spaced) && headChars(x.text) <= prevChars + 1 && !isColumnOverTitle(run, at) && !opensFrame(run, at, prevChars);
    prevFull = x.kind === 'display' && (!!x.full || atFrameEdge[at]);
    prevChars = headChars(x.text);
    prevPlain = x.kind === 'display' && !spaced;
    // A subtitle's short last line right above its byline (——深入推进改革创新系列述评 / 之三 / 本报记者 …).
    const subtitleTail =
      cur.subtitle !== null && cur.byline === null && x.kind === 'display' && [...x.text.trim()].length <= MAX_SUBTITLE_TAIL_CHARS &&
      run[at + 1]?.kind === 'display' && isStructuredByline(run[at + 1].text) && !isBylineLine(x.text, false);
    if ((goesOn || subtitleTail) && cur.byline === null) {
      const text = tidyLineSpaces(x.text);
      if (cur.subtitle !== null) {
        cur.subtitle += text;
        continue;
      }
      if (cur.titles.length) {
        cur.titles[cur.titles.length - 1] += SOFT_JOIN + text;
        continue;
      }
    }
    if (x.kind === 'marker') {
      cur.continuation ??= x.text;
      continue;
    }
    const text = x.text;
    // A byline wrapped at the column edge.
    const wrapped = cur.byline ? withBylineTail(cur.byline, text) : null;
    if (wrapped) {
      cur.byline = wrapped;
      continue;
    }
    if (isPaperName(text)) {
      furniture.push(text);
      continue;
    }
    // A subtitle is one whether its title was drawn before or after it.
    if (isSubtitleLine(text) && !cur.subtitle && !cur.byline) {
      cur.subtitle = tidyLineSpaces(text);
    } else if (cur.titles.length && !cur.byline && !cur.subtitle && isBareName(text) && (readsOnFromTitle(cur.titles, text) || readsOnIntoNext(run, at))) {
      // (the title's wrapped line, whatever comes under it; or the first line of a title wrapped in a
      // narrow frame under its label, a name and the word after it: 深阅读 / 李强在 / 河北调 / 研)
      cur.titles.push(tidyLineSpaces(text));
    } else if (cur.titles.length && !cur.byline && (isBylineLine(text, false) || isStructuredByline(text) || isBareName(text))) {
      cur.byline = cleanByline(text);
    } else if (!cur.titles.length && cur.byline === null && (isBylineLine(text, true) || (hasDecor(text) && isBylineLine(text, false)))) {
      // A byline drawn before its title (frames come in any order in a PDF copy).
      cur.byline = cleanByline(text);
    } else if (cur.byline !== null && (isStructuredByline(text) || isDecoratedName(text) || bylineCutAtEdge(run, at))) {
      // A second byline: the next head's (本报记者 郝萍 under ■ 宋辉玉, ■沈刚柏
      // under 本报记者 徐波), never a title.
      fresh().byline = cleanByline(text);
    } else {
      const target = cur.titles.length && (cur.subtitle || cur.byline || cur.continuation) ? fresh() : cur;
      target.titles.push(tidyLineSpaces(text));
    }
  }
  return heads.filter(namesSomething);
}
