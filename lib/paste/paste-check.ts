// Cheap paste detector. The content script calls looksLikeNewspaperText on
// every paste into an editable field, so it must stay small and fast: one pass
// over at most the first MAX_SCAN_CHARS code units, a character-class lookup
// table instead of per-character regexes, and no regex at all.
//
// The rule, in short. Gates first: a paste is NOT newspaper text if it is
// short (< MIN_TEXT_CHARS visible characters or < MIN_LINES lines), less than
// half CJK, a tab or CSV table, code or markup (ASCII syntax characters), a
// list (bullets, item numbers) or a chat/log (clock times on many lines).
// Past the gates it IS newspaper text if any of
//   1. hard wraps: most Chinese lines share one width between 10 and 30
//      characters (± BAND_HALF_WIDTH), a good share of those lines stop
//      mid-sentence (last character a Han character, letter, digit or opening
//      bracket, not 。，、！？ …), the text is punctuated prose with at least
//      one sentence end, and its lines are not `label：entry` lines;
//   2. justification spaces: at least MIN_JUSTIFIED_LINES lines hold a run of
//      single characters separated by single spaces (`余 名 成 员`);
//   3. page furniture: lines carry several distinct kinds of newspaper page
//      furniture (edition 第N版 / 今日N版, issue 总第N期, 刊号, editor credits
//      编辑： 美编 校对, 本报讯, publisher 报社), at least MIN_STRONG_FURNITURE
//      of them newspaper-specific, around a body of Chinese prose.
//
// Decisions on borderline inputs (each has a sample in tests/paste/fixtures.ts):
// - English text copied from a PDF (hard-wrapped) is NOT detected: the
//   cleaner's rules are for Chinese (it joins lines without a space), and
//   hard-wrapped English e-mail is common and must be left alone.
// - Poems are NOT detected: classical verse ends its lines in ，/。; free
//   verse has next to no punctuation and no sentence ends.
// - One-paragraph-per-line Chinese text is NOT detected unless it carries
//   newspaper furniture (e-paper text such as eval page 003: masthead, 刊号,
//   总第N期, 今日N版, 本报讯), since then the cleaner still has furniture to
//   drop. A web article with only an editor credit (责任编辑) is not.
// - Short text is never detected, whatever it looks like: a three-line
//   newspaper snippet is not worth a prompt.
// - Known blind spot: a bare list of chat messages (no names, no times) of
//   similar length, ending without punctuation but holding a 。/？ somewhere,
//   looks like a column and is detected.

export interface PasteVerdict {
  /** true when the text looks like newspaper text that needs cleaning */
  wrapped: boolean;
  /** short machine-readable reason, e.g. `hard-wrap`, `too-short`, `code` */
  reason: string;
  /** strength of the strongest positive signal in 0..1 (absent on early rejects) */
  score?: number;
}

// ---------------------------------------------------------------- thresholds

/** Only the head of a paste is read: 20 KB of text holds ~1000 column lines,
 *  far more than any signal needs, and caps the cost of a huge paste. */
export const MAX_SCAN_CHARS = 20_000;

/** Below ~80 visible characters a paste is a sentence or a chat message;
 *  even if it came from a newspaper there is nothing worth cleaning. */
export const MIN_TEXT_CHARS = 80;

/** Fewer than 4 non-empty lines give no line-length statistics to trust. */
export const MIN_LINES = 4;

/** Newspaper text is Chinese: at least half of the visible characters must be
 *  Han or CJK punctuation. Rejects code, English, URLs, JSON with a few
 *  Chinese strings. */
export const MIN_CJK_SHARE = 0.5;

/** A line counts as a Chinese line when at least half its visible characters
 *  are CJK; only those lines enter the width statistics. */
export const MIN_LINE_CJK_SHARE = 0.5;

/** Newspaper columns hold 10–30 characters per line; the band may sit two
 *  characters wider to allow for a hanging punctuation mark (kinsoku) or a
 *  half-width number on the line. */
export const MIN_COLUMN_WIDTH = 10;
export const MAX_COLUMN_WIDTH = 32;

/** A column's lines are one width give or take two characters: a hanging
 *  punctuation mark, half-width digits and Latin letters, curly quotes set
 *  narrow. On the real pages the body lines spread over 15–19 around 17. */
export const BAND_HALF_WIDTH = 2;

/** At least 60 % of the Chinese lines must fall in the band: titles, bylines,
 *  headings and paragraph ends fall outside it, body lines inside. */
export const MIN_BAND_SHARE = 0.6;

/** Need at least 4 lines in the band before calling it a column. */
export const MIN_BAND_LINES = 4;

/** At least 40 % of the band lines must stop mid-sentence. A column breaks
 *  lines wherever the width runs out, so most lines end inside a word: 87 %
 *  and 91 % on the real pages, ≥ 46 % on every rewrapped test article (short
 *  texts, punctuation hung at the line end). Text broken by its author (poems,
 *  one sentence per line, recipe steps) ends ≤ 10 % of its lines that way. */
export const MIN_MID_SENTENCE_SHARE = 0.4;

/** Column text is prose: at least one clause or sentence mark per 25
 *  visible characters (real pages: one per 8–10). Lists of addresses, names
 *  or headlines and free verse of similar line lengths have next to none. */
export const MIN_PUNCT_SHARE = 0.04;

/** Column text ends its sentences: at least one 。！？ must occur somewhere.
 *  A list of unpunctuated chat messages of similar length looks like a
 *  column otherwise. Costs little: every 20-line window of the real pages has
 *  one; 2 % of 12-line and 4–7 % of 8-line windows have none. */
export const MIN_SENTENCE_ENDS = 1;

/** Justification shows as a run of at least 3 CJK characters each separated
 *  by one space (`余 名 成`); two-character gaps such as `服务越到位 群众越满意`
 *  or `（胡方玉 宋海珊）` are printed clause gaps, not justification. */
export const MIN_JUSTIFY_RUN = 3;

/** Two letter-spaced lines are needed: one could be a deliberately spaced
 *  heading (`目 录 页`). */
export const MIN_JUSTIFIED_LINES = 2;

/** Page furniture lives on short lines (mastheads, headers, footers); the
 *  longest seen is a 125-character address/phone footer. Longer lines are
 *  prose and only their start is searched (for 本报讯). */
export const MAX_FURNITURE_LINE_CHARS = 200;

/** How much of a long line's start is searched for furniture (本报讯（记者…）). */
export const FURNITURE_PREFIX_CHARS = 12;

/** Furniture needs at least 2 newspaper-specific kinds (edition, issue,
 *  刊号, editor credits, 本报, publisher) … */
export const MIN_STRONG_FURNITURE = 2;
/** … and 3 kinds in all, counting weak ones (weekday date, contact, web),
 *  so that a Chinese letter with 地址/电话/邮编 is not taken for a page. */
export const MIN_FURNITURE_KINDS = 3;
/** … and a body: at least 200 Chinese characters besides, so that a bare
 *  contact block of a newspaper office is not taken for an article. */
export const MIN_FURNITURE_BODY_CJK = 200;

/** Tab-separated tables: if 30 % of lines hold a tab, it is a spreadsheet
 *  paste. PDF text of a column never holds tabs. */
export const MAX_TAB_LINE_SHARE = 0.3;

/** CSV: if 80 % of lines hold the same number (≥ 1) of ASCII commas as the
 *  first line, it is a comma-separated table. Prose with half-width commas
 *  varies its count from line to line. */
export const MIN_CSV_LINE_SHARE = 0.8;

/** Code and markup: ASCII syntax characters ({ } [ ] < > = ; ` | \ $ # * _ ~ ")
 *  are near-absent from Chinese newspaper text (< 0.5 % on real pages). */
export const MAX_SYNTAX_SHARE = 0.03;

/** Chat and logs: if 20 % of lines hold a clock time (10:32), the paste is
 *  a conversation or a log, whose lines are messages, not column lines.
 *  Chinese papers write times as 10时32分. */
export const MAX_TIMESTAMP_LINE_SHARE = 0.2;

/** Dialogue and forms: if 40 % of lines start with a short label and a colon
 *  (`张伟：`, `地址：`), the lines are separate entries. In a column a colon
 *  lands in a line's first few characters on ~2 % of lines. */
export const MAX_LABEL_LINE_SHARE = 0.4;

/** A label is 1–5 Han characters before the colon (names, 地址, 联系电话). */
export const MAX_LABEL_CHARS = 5;

/** Lists: if 40 % of lines start with a bullet (- * + • > #) or an item
 *  number (1. 2) 3、), the paste is a list or Markdown. */
export const MAX_LIST_LINE_SHARE = 0.4;

/** Widths are counted in half-units (CJK = 2, ASCII = 1) up to this many
 *  full-width characters; wider lines all share the last bucket. */
const MAX_HIST_WIDTH = 64;

// ---------------------------------------------------------------- char table

const C_CJK = 1; // Han, CJK punctuation, full-width forms, “”‘’ … —
const C_SPACE = 2; // spaces of any width (tab is tracked on its own too)
const C_MID = 4; // a line ending on this char stops mid-sentence
const C_SYNTAX = 8; // ASCII syntax of code and markup
const C_SKIP = 16; // low surrogate: counted with its high surrogate
const C_DIGIT = 32; // ASCII or full-width digit
const C_HAN = 64; // Han ideograph (not punctuation)
const C_PUNCT = 128; // clause and sentence punctuation of prose
const C_END = 256; // sentence end: 。！？ ! ?
const C_COLON = 512; // ： : (label colon)

/** Class bits per UTF-16 code unit, built once at load (128 KB). Kept in
 *  step with lib/parse/cjk.ts (CJK_CLASS, SPACE_CLASS); a test sweeps the BMP
 *  to check. Marked pure so that a bundle that imports lib/paste but not the
 *  check (the background, the side panel) leaves the table and its builder out. */
const CLASS = /* @__PURE__ */ buildClassTable();

function buildClassTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const set = (from: number, to: number, bits: number) => {
    for (let c = from; c <= to; c++) t[c] |= bits;
  };
  // Han ideographs (\p{Script=Han} in the BMP) and CJK punctuation/full-width forms.
  const HAN = C_CJK | C_MID | C_HAN;
  set(0x2e80, 0x2e99, HAN); // CJK radicals supplement
  set(0x2e9b, 0x2ef3, HAN);
  set(0x2f00, 0x2fd5, HAN); // Kangxi radicals
  set(0x3000, 0x303f, C_CJK); // CJK symbols and punctuation
  set(0x3005, 0x3005, HAN); // 々
  set(0x3007, 0x3007, HAN); // 〇
  set(0x3021, 0x3029, HAN); // Hangzhou numerals
  set(0x3038, 0x303b, HAN);
  set(0x3400, 0x4dbf, HAN); // extension A
  set(0x4e00, 0x9fff, HAN); // unified ideographs
  set(0xf900, 0xfa6d, HAN); // compatibility ideographs
  set(0xfa70, 0xfad9, HAN);
  set(0xff00, 0xffef, C_CJK); // full-width and half-width forms
  set(0xff10, 0xff19, C_MID | C_DIGIT); // full-width digits
  set(0xff21, 0xff3a, C_MID); // full-width Latin
  set(0xff41, 0xff5a, C_MID);
  set(0x2018, 0x201d, C_CJK); // ‘ ’ ‚ ‛ “ ”
  set(0x2026, 0x2026, C_CJK); // …
  set(0x2014, 0x2014, C_CJK); // —
  // Opening brackets and quotes: a line ending on one continues on the next.
  for (const ch of '“‘（《〈「『【〔［｛(') t[ch.charCodeAt(0)] |= C_MID;
  // Astral Han (planes 2 and 3) arrives as surrogate pairs: the high half
  // carries the class, the low half is skipped.
  set(0xd840, 0xd8bf, HAN);
  set(0xdc00, 0xdfff, C_SKIP);
  // ASCII letters and digits end a line mid-sentence too.
  set(0x30, 0x39, C_MID | C_DIGIT);
  set(0x41, 0x5a, C_MID);
  set(0x61, 0x7a, C_MID);
  for (const ch of '{}[]<>=;`|\\$#*_~"') t[ch.charCodeAt(0)] |= C_SYNTAX;
  // Prose punctuation, full- and half-width. Not . … — which also serve as
  // leaders, decimals and rules in tables of contents and lists.
  for (const ch of '，。、；：？！“”‘’（）《》「」,;:?!()') t[ch.charCodeAt(0)] |= C_PUNCT;
  for (const ch of '。！？!?') t[ch.charCodeAt(0)] |= C_END;
  for (const ch of '：:∶') t[ch.charCodeAt(0)] |= C_COLON;
  // Spaces (SPACE_CLASS). U+3000 is both CJK and space in cjk.ts; here it is
  // a space only, since it never counts as text.
  t[0x20] = C_SPACE;
  t[0x09] = C_SPACE;
  t[0x0d] = C_SPACE; // \r of \r\n
  t[0xa0] = C_SPACE;
  t[0x3000] = C_SPACE;
  for (let c = 0x2002; c <= 0x200b; c++) t[c] = C_SPACE;
  return t;
}

/** Exposed for tests: class-table agreement with lib/parse/cjk.ts. */
export const isCjkCode = (code: number): boolean => (CLASS[code] & C_CJK) !== 0;
export const isSpaceCode = (code: number): boolean => (CLASS[code] & C_SPACE) !== 0;

// ---------------------------------------------------------------- furniture

const F_EDITION = 1 << 0; // 第4版, 今日4版, 版次
const F_ISSUE = 1 << 1; // 总第8381期
const F_REGISTRATION = 1 << 2; // 国内统一刊号 CN22-0010
const F_STAFF = 1 << 3; // 编辑：侯小龙 美编 校对 审签
const F_NEWSROOM = 1 << 4; // 本报讯 本报记者 本报评论员
const F_PUBLISHER = 1 << 5; // 辽源日报社出版 主管主办 承印
const F_WEEKDAY = 1 << 6; // 2025年7月1日 星期二 (weak)
const F_CONTACT = 1 << 7; // 电话 热线 邮编 地址 E-mail (weak)
const F_WEB = 1 << 8; // http www. (weak)
const STRONG_FURNITURE = F_EDITION | F_ISSUE | F_REGISTRATION | F_STAFF | F_NEWSROOM | F_PUBLISHER;

const FURNITURE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['版次', F_EDITION],
  ['总第', F_ISSUE],
  ['刊号', F_REGISTRATION],
  ['责任编辑', F_STAFF],
  ['编辑：', F_STAFF],
  ['编辑:', F_STAFF],
  ['编辑∶', F_STAFF],
  ['美编', F_STAFF],
  ['校对', F_STAFF],
  ['校读', F_STAFF],
  ['审签', F_STAFF],
  ['本报讯', F_NEWSROOM],
  ['本报记者', F_NEWSROOM],
  ['本报评论员', F_NEWSROOM],
  ['报社', F_PUBLISHER],
  ['主管主办', F_PUBLISHER],
  ['承印', F_PUBLISHER],
  ['电话', F_CONTACT],
  ['热线', F_CONTACT],
  ['传真', F_CONTACT],
  ['邮编', F_CONTACT],
  ['E-mail', F_CONTACT],
  ['Email', F_CONTACT],
  ['http', F_WEB],
  ['www.', F_WEB],
];

const WEEKDAYS = '一二三四五六日天';

/** Furniture kinds on one line, as a bit mask. Runs only on lines that hold
 *  a trigger pair (see TRIGGER), so most prose lines never get here. */
function furnitureKinds(line: string): number {
  let kinds = 0;
  for (const [word, kind] of FURNITURE_WORDS) {
    if ((kinds & kind) === 0 && line.includes(word)) kinds |= kind;
  }
  // 第4版 / 今日4版 / A3版: 版 right after a digit (spaces allowed).
  for (let i = line.indexOf('版'); i > 0; i = line.indexOf('版', i + 1)) {
    let j = i - 1;
    while (j > 0 && (CLASS[line.charCodeAt(j)] & C_SPACE) !== 0) j--;
    if ((CLASS[line.charCodeAt(j)] & C_DIGIT) !== 0) {
      kinds |= F_EDITION;
      break;
    }
  }
  // 2025年7月1日 星期二
  const w = line.indexOf('星期');
  if (w >= 0 && WEEKDAYS.includes(line.charAt(w + 2))) kinds |= F_WEEKDAY;
  return kinds;
}

/** Prefilter for furnitureKinds: bit 1 marks the first, bit 2 the second
 *  character of a furniture word (spaces between them skipped). A line with
 *  no first-second pair (编辑, 本报, 电话, 4版, 星期 …) cannot hold furniture.
 *  Single first characters would not do: 本 主 电 总 are common in prose. */
const T_FIRST = 1;
const T_SECOND = 2;
const TRIGGER = /* @__PURE__ */ buildTriggerTable();

function buildTriggerTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const pair = (a: string, b: string) => {
    t[a.charCodeAt(0)] |= T_FIRST;
    t[b.charCodeAt(0)] |= T_SECOND;
  };
  for (const [word] of FURNITURE_WORDS) pair(word[0], word[1]);
  pair('星', '期');
  for (const d of '0123456789０１２３４５６７８９') pair(d, '版'); // 4版, 4 版
  return t;
}

// ---------------------------------------------------------------- detector

/** What one pass over a paste measures; exposed for tests and debugging. */
export interface PasteStats {
  /** code units read (at most MAX_SCAN_CHARS) */
  scanned: number;
  /** visible (non-space) characters; a surrogate pair counts once */
  visible: number;
  /** CJK characters: Han, CJK punctuation, full-width forms */
  cjk: number;
  /** ASCII syntax characters of code and markup */
  syntax: number;
  /** prose punctuation marks (，。、；：？！“”（）《》 and , ; : ? ! ( )) */
  punct: number;
  /** sentence ends (。！？ ! ?) */
  sentenceEnds: number;
  /** non-empty lines */
  lines: number;
  tabLines: number;
  listLines: number;
  /** lines holding a clock time (10:32) */
  timestampLines: number;
  /** lines starting with a short label and a colon (张伟：, 地址：) */
  labelLines: number;
  /** ASCII commas on the first non-empty line */
  firstCommas: number;
  /** lines with as many ASCII commas (≥ 1) as the first line */
  sameCommaLines: number;
  /** lines that are mostly CJK; the width statistics cover these */
  cjkLines: number;
  /** centre of the best column band, in full-width characters (0: none) */
  bandCenter: number;
  /** CJK lines whose width falls in the band */
  bandLines: number;
  /** band lines that end mid-sentence */
  bandMidLines: number;
  /** lines holding a run of single-spaced CJK characters */
  justifiedLines: number;
  /** furniture kinds seen, as a bit mask */
  furniture: number;
}

/**
 * Says whether a paste looks like text copied from a newspaper PDF (or
 * e-paper page) that needs cleaning: hard line breaks every 10–30 characters,
 * justification spaces between CJK characters, or page furniture around
 * Chinese prose. Reads at most the first MAX_SCAN_CHARS code units, once.
 */
export function looksLikeNewspaperText(text: string): PasteVerdict {
  const s = measurePaste(text);

  // ---- gates
  if (s.visible < MIN_TEXT_CHARS || s.lines < MIN_LINES) return { wrapped: false, reason: 'too-short' };
  if (s.cjk < s.visible * MIN_CJK_SHARE) return { wrapped: false, reason: 'not-chinese' };
  if (s.tabLines >= s.lines * MAX_TAB_LINE_SHARE) return { wrapped: false, reason: 'table' };
  if (s.firstCommas > 0 && s.sameCommaLines >= s.lines * MIN_CSV_LINE_SHARE) return { wrapped: false, reason: 'csv' };
  if (s.syntax > s.visible * MAX_SYNTAX_SHARE) return { wrapped: false, reason: 'code' };
  if (s.listLines >= s.lines * MAX_LIST_LINE_SHARE) return { wrapped: false, reason: 'list' };
  if (s.timestampLines >= s.lines * MAX_TIMESTAMP_LINE_SHARE) return { wrapped: false, reason: 'chat' };

  // ---- signal 1: hard wraps at a column width (not in dialogue or forms,
  // whose labelled lines are entries; furniture lines are labelled too, so
  // this is no global gate)
  const labelled = s.labelLines >= s.lines * MAX_LABEL_LINE_SHARE;
  const bandShare = s.cjkLines > 0 ? s.bandLines / s.cjkLines : 0;
  const midShare = s.bandLines > 0 ? s.bandMidLines / s.bandLines : 0;
  const column =
    s.bandLines >= MIN_BAND_LINES &&
    bandShare >= MIN_BAND_SHARE &&
    midShare >= MIN_MID_SENTENCE_SHARE &&
    s.punct >= s.visible * MIN_PUNCT_SHARE &&
    s.sentenceEnds >= MIN_SENTENCE_ENDS;
  const hardWrap = column && !labelled;
  const wrapScore = hardWrap ? bandShare * midShare : 0;

  // ---- signal 2: justification spaces
  const justify = s.justifiedLines >= MIN_JUSTIFIED_LINES;
  const justifyScore = justify ? Math.min(1, s.justifiedLines / (2 * MIN_JUSTIFIED_LINES)) : 0;

  // ---- signal 3: page furniture around Chinese prose
  const strong = popcount(s.furniture & STRONG_FURNITURE);
  const kinds = popcount(s.furniture);
  const pageFurniture =
    strong >= MIN_STRONG_FURNITURE && kinds >= MIN_FURNITURE_KINDS && s.cjk >= MIN_FURNITURE_BODY_CJK;
  const furnitureScore = pageFurniture ? Math.min(1, kinds / (2 * MIN_FURNITURE_KINDS)) : 0;

  const reasons: string[] = [];
  if (hardWrap) reasons.push('hard-wrap');
  if (justify) reasons.push('justify-spaces');
  if (pageFurniture) reasons.push('furniture');
  if (reasons.length === 0) return { wrapped: false, reason: column ? 'labels' : 'no-signal', score: 0 };
  return {
    wrapped: true,
    reason: reasons.join('+'),
    score: Math.max(wrapScore, justifyScore, furnitureScore),
  };
}

/** The single pass: per-line statistics over the head of the text. */
export function measurePaste(text: string): PasteStats {
  const end = Math.min(text.length, MAX_SCAN_CHARS);

  // Whole-text counters.
  let visible = 0;
  let cjk = 0;
  let syntax = 0;
  let punct = 0;
  let sentenceEnds = 0;
  let lines = 0;
  let tabLines = 0;
  let listLines = 0;
  let timestampLines = 0;
  let labelLines = 0;
  let firstCommas = -1;
  let sameCommaLines = 0;
  let cjkLines = 0;
  let justifiedLines = 0;
  let furniture = 0;
  const widthHist = new Uint16Array(MAX_HIST_WIDTH + 2);
  const midHist = new Uint16Array(MAX_HIST_WIDTH + 2);

  // Per-line state.
  let firstVisible = -1; // index of the line's first visible character
  let lineVisible = 0;
  let lineCjk = 0;
  let lineWidth2 = 0; // width in half-units: CJK 2, anything else 1
  let lineTabs = 0;
  let lineCommas = 0;
  let lineTrigger = false;
  let lastClass = 0; // class bits of the last visible character
  let justified = false;
  // Justification run: CJK characters separated by exactly one space.
  let run = 0; // characters in the current run
  let spacesSinceCjk = -1; // spaces since the last CJK char; -1: last visible was not CJK
  let prevHan = false; // the last visible character was a Han ideograph
  let prevCode = 0; // the last visible character on this line (0: none)
  // Clock time d:dd — 0 none, 1 digit, 2 digit+colon, 3 digit+colon+digit, 4 found.
  let clock = 0;
  // Label prefix: Han characters from the line start; -1: no label possible.
  let labelHan = 0;
  let label = false;

  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x0a;
    if (code === 0x0a) {
      // ---- end of line
      if (lineVisible > 0) {
        lines++;
        visible += lineVisible;
        cjk += lineCjk;
        if (lineTabs > 0) tabLines++;
        if (firstCommas < 0) firstCommas = lineCommas;
        if (lineCommas > 0 && lineCommas === firstCommas) sameCommaLines++;
        if (justified) justifiedLines++;
        if (isListItem(text, firstVisible, i)) listLines++;
        if (clock === 4) timestampLines++;
        if (label) labelLines++;
        if (lineCjk >= lineVisible * MIN_LINE_CJK_SHARE) {
          cjkLines++;
          const w = Math.min((lineWidth2 + 1) >> 1, MAX_HIST_WIDTH + 1);
          widthHist[w]++;
          if ((lastClass & C_MID) !== 0) midHist[w]++;
        }
        if (lineTrigger && lineCjk > 0) {
          const len = i - firstVisible;
          furniture |= furnitureKinds(
            len <= MAX_FURNITURE_LINE_CHARS
              ? text.slice(firstVisible, i)
              : text.slice(firstVisible, firstVisible + FURNITURE_PREFIX_CHARS),
          );
        }
      }
      firstVisible = -1;
      lineVisible = lineCjk = lineWidth2 = lineTabs = lineCommas = 0;
      lineTrigger = justified = false;
      lastClass = 0;
      run = 0;
      spacesSinceCjk = -1;
      prevHan = false;
      prevCode = 0;
      clock = labelHan = 0;
      label = false;
      continue;
    }
    const cls = CLASS[code];
    if ((cls & C_SPACE) !== 0) {
      if (code === 0x09) lineTabs++;
      if (spacesSinceCjk >= 0) spacesSinceCjk++;
      continue;
    }
    if ((cls & C_SKIP) !== 0) continue;
    if (firstVisible < 0) firstVisible = i;
    lineVisible++;
    lastClass = cls;
    if ((cls & C_PUNCT) !== 0) {
      punct++;
      if ((cls & C_END) !== 0) sentenceEnds++;
    }
    if (clock !== 4) {
      if ((cls & C_DIGIT) !== 0 && code < 0x80) clock = clock === 2 ? 3 : clock === 3 ? 4 : 1;
      else clock = code === 0x3a && clock === 1 ? 2 : 0;
    }
    if (labelHan >= 0) {
      if ((cls & C_HAN) !== 0) labelHan = labelHan < MAX_LABEL_CHARS ? labelHan + 1 : -1;
      else {
        label = labelHan > 0 && (cls & C_COLON) !== 0;
        labelHan = -1;
      }
    }
    if ((TRIGGER[code] & T_SECOND) !== 0 && (TRIGGER[prevCode] & T_FIRST) !== 0) lineTrigger = true;
    prevCode = code;
    if ((cls & C_CJK) !== 0) {
      lineCjk++;
      lineWidth2 += 2;
      const han = (cls & C_HAN) !== 0;
      if (spacesSinceCjk === 1) {
        run++; // one space after a CJK char: the run goes on (`余 名 成`)
        if (run >= MIN_JUSTIFY_RUN) justified = true;
      } else if (spacesSinceCjk !== 0 || (prevHan && han)) {
        run = 1; // wider gap, or two Han characters touching (`胡方玉 宋海珊`)
      } // else punctuation glued to a character keeps the run (`的“ 问 题`)
      spacesSinceCjk = 0;
      prevHan = han;
    } else {
      lineWidth2 += 1;
      if (code === 0x2c) lineCommas++;
      if ((cls & C_SYNTAX) !== 0) syntax++;
      run = 0;
      spacesSinceCjk = -1;
      prevHan = false;
    }
  }

  // Best column band: the window of 2·BAND_HALF_WIDTH+1 widths, centred in
  // MIN_COLUMN_WIDTH..MAX_COLUMN_WIDTH, that holds the most CJK lines (the
  // first such window on a tie).
  let bandCenter = 0;
  let bandLines = 0;
  for (let w = MIN_COLUMN_WIDTH; w <= MAX_COLUMN_WIDTH; w++) {
    let band = 0;
    for (let d = -BAND_HALF_WIDTH; d <= BAND_HALF_WIDTH; d++) band += widthHist[w + d];
    if (band > bandLines) {
      bandLines = band;
      bandCenter = w;
    }
  }
  let bandMidLines = 0;
  if (bandLines > 0) {
    for (let d = -BAND_HALF_WIDTH; d <= BAND_HALF_WIDTH; d++) bandMidLines += midHist[bandCenter + d];
  }

  return {
    scanned: end,
    visible,
    cjk,
    syntax,
    punct,
    sentenceEnds,
    lines,
    tabLines,
    listLines,
    timestampLines,
    labelLines,
    firstCommas: Math.max(firstCommas, 0),
    sameCommaLines,
    cjkLines,
    bandCenter,
    bandLines,
    bandMidLines,
    justifiedLines,
    furniture,
  };
}

/** A line that starts with a bullet (- * + • · > #) or an item number
 *  (`1.`, `2)`, `3、`, `4．`, not a decimal like `1.5亿`). */
function isListItem(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  // - * + > #  •  ·  ・
  if (c === 0x2d || c === 0x2a || c === 0x2b || c === 0x3e || c === 0x23 || c === 0x2022 || c === 0xb7 || c === 0x30fb) {
    return true;
  }
  let j = from;
  while (j < to && j - from < 3 && (CLASS[text.charCodeAt(j)] & C_DIGIT) !== 0) j++;
  if (j === from || j >= to) return false;
  const m = text.charCodeAt(j);
  // 1. 1) 1、 1． 1）
  if (m === 0x2e || m === 0xff0e) return j + 1 >= to || (CLASS[text.charCodeAt(j + 1)] & C_DIGIT) === 0;
  return m === 0x29 || m === 0x3001 || m === 0xff09;
}

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}
