// Reads measured lines into page items: paragraphs (wrapped lines joined),
// display lines (titles, headings, bylines: lines that stand alone), notes,
// captions, jump markers and furniture. Which display line is a title and
// which a heading is decided later, by position (see articles.ts).

import { bigramSet, coverage, pairSet } from './bigrams';
import { HEAD_ZONE_LINES, LONG_LINE_EM, MAX_DISPLAY_EM, MAX_TITLE_EM, OVER_WIDTH_TOLERANCE, TITLE_WORDS_WINDOW } from './constants';
import { HINT_OPEN_MARK, HINT_SPACE } from './char-hints';
import { removeJustifySpaces } from './cjk';
import { isCreditLine, isDatedHeaderLine, isFurnitureLine } from './furniture';
import { joinLines, tidyParagraph } from './join-lines';
import { hasIndentWidth, isFull, isLong, isNearlyFull, isShort, spacedLineCols } from './line-shape';
import { bracketBalance, bracketsOf, colsOf, endsParagraph, hasBlankAfter, hintsOf, isIndented, isLatinLine, isMarker, isSpaced, markerOf, startsParagraph, widthOf, type Line } from './lines';
import { readPageLayout } from './page-layout';
import { splitMarkers, type Piece } from './pieces';
import { endsSentence } from './sentence-end';
import {
  hasDecor,
  isDecoratedName,
  leavesMarkOpen,
  isBylineLine,
  stripDecor,
  isCaption,
  isNote,
  isBareSectionNumber,
  isClosingNote,
  isSignatureNote,
  isSectionNumberLine,
  isStructuredByline,
  isSubtitleLine,
  HAN_ONLY,
  NEWS_LEAD,
  opensNewsLead,
  PUSHED_DOWN,
  SENTENCE_END_INSIDE,
  splitTrailingNote,
} from './patterns';

/** Where an item came from: its first raw line (1-based) and the rule that read it (for --explain). */
export interface ItemSource {
  line: number;
  rule: string;
}

/** A line opening with the particle 的 (not 的确, 的士, 的哥). */
const OPENS_WITH_DE = /^\s*的(?![确士哥])/u;

/** Blank lines are few where one line in this many at most has one after it. */
const FEW_BLANKS_PER_LINE = 3;

export type Item = ItemSource &
  (
    | { kind: 'paragraph'; text: string; lines: number }
    /** `wide`: set wider than the column it stands in (a title across columns).
     *  `full`: reaches the column edge, so its words go on in the next line.
     *  `apart`: a blank line stands before it on a page where blank lines are few (they part blocks, not paragraphs). */
    | { kind: 'display'; text: string; wide?: boolean; full?: boolean; apart?: boolean }
    | { kind: 'note'; text: string }
    | { kind: 'caption'; text: string }
    | { kind: 'marker'; text: string }
    /** （下转第2版）: the text goes on elsewhere; it belongs to the article before it. */
    | { kind: 'jump-out'; text: string }
    | { kind: 'furniture'; text: string }
  );

/** A line that could stand alone: no sentence end, and not a line of running
 *  text (short of the column edge, or wider than the column). */
function isDisplayShape(l: Piece): boolean {
  if (startsParagraph(l) || isSpaced(l) || widthOf(l) > MAX_DISPLAY_EM || isLong(l)) return false;
  if (endsSentence(l.text) || /[，、,；;]$/.test(l.text)) return false;
  // (e-paper text, a paragraph a line: a title's length, or longer with no
  // punctuation at all, 外国领导人和国际组织负责人致电（函）习近平主席就…表示慰问)
  if (l.col.fullWidth >= LONG_LINE_EM) return widthOf(l) <= MAX_TITLE_EM || holdsNoTextPunct(l.text);
  return isShort(l) || isOverWidth(l);
}

/** Wider than any line of its column: a column line holds at most one hanging
 *  punctuation mark past the edge, so a line over by more than that in both
 *  measures (and not ending in punctuation) was set in a wider frame. */
function isOverWidth(l: Piece): boolean {
  if (widthOf(l) > l.col.fullWidth + OVER_WIDTH_TOLERANCE) return true;
  return !l.col.exact && l.col.fullCols > 0 && widthOf(l) > l.col.fullWidth + 1 && colsOf(l) > l.col.fullCols + 1 && !/[\p{P}]$/u.test(l.text);
}

/**
 * Word-wrapped (English) text breaks a line only where the next word would
 * not fit. If the next line's first word would have fitted after this line,
 * the line was broken on purpose: a paragraph's end, a title or a byline.
 */
function brokenEarly(l: Piece, next: Piece | undefined): boolean {
  if (!next || isMarker(next)) return true;
  const word = next.text.split(' ', 1)[0].replace(/-$/, '');
  return l.text.length + 1 + word.length <= l.col.maxChars;
}

/** The first unit of a line that cannot be broken: a Latin word or number,
 *  or a character with the closing punctuation that may not start a line (禁则). */
const UNBREAKABLE_START = /^(?:[A-Za-z0-9.%]+|\p{Script=Han}[，。、；：！？”’）》」』…]+)/u;

/**
 * A line short of the column edge by less than the next line's first unit is
 * full: the unit did not fit, so the line was broken early (发展优 / 势？,
 * 全年 / 2025). It ends no paragraph and is no title.
 */
function isForcedWrap(l: Piece, next: Piece): boolean {
  const m = UNBREAKABLE_START.exec(next.text);
  if (!m) return false;
  const room = l.col.exact ? l.col.fullWidth - widthOf(l) : l.col.fullCols - colsOf(l);
  if (room <= 0 || room > 4) return false;
  // In columns (punctuation 1, Latin ½). The column's full width can include a
  // hanging punctuation mark, so a character and its punctuation as wide as
  // the room did not fit either; a Latin run must be wider than the room.
  let unit = 0;
  for (const c of m[0]) unit += c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return m[0].charCodeAt(0) < 0x2000 ? unit > room : unit >= room;
}


/** A title wrapped in its column: at most this many lines and characters (a
 *  narrow column wraps a kicker, title and subtitle three characters a line). */
const MAX_WRAPPED_TITLE_LINES = 8;
const MAX_WRAPPED_TITLE_CHARS = 50;
/** Lines with no punctuation are head lines up to this many (titles listed
 *  together); a longer run is text that lost its punctuation, kept as text. */
const MAX_UNPUNCTUATED_HEAD_LINES = 20;
/** A page's last line read as a head after a sentence's end (lastLineAsHead) is this long at least… */
const MIN_LAST_LINE_HEAD_CHARS = 6;
/** …and the text before it says at least this share of its word pairs. */
const LAST_LINE_HEAD_WORDS = 0.5;
/** A display line this short between an end note and the head lines under it is a column label. */
const MAX_LABEL_AFTER_NOTE_CHARS = 8;
/** A line as long as a head read from the text's words (lastLineAsHead, headOverFirstLine) must be. */
const longEnoughForHead = (line: string) => line.replace(/\s+/gu, '').length >= MIN_LAST_LINE_HEAD_CHARS;
/** Whether `text` says LAST_LINE_HEAD_WORDS of `line`'s word pairs: a head's words, said by its text. */
const saysMostWordsOf = (text: string, line: string) => coverage(bigramSet(line), pairSet(text)) >= LAST_LINE_HEAD_WORDS;
/** Head lines read as a paragraph's after a closing note: a kicker and a title wrapped once. */
const MAX_HEAD_AFTER_NOTE_LINES = 3;
/** A paragraph's first line is indented two columns. */
const INDENT_COLS = 2;

/** A photo credit with little or nothing before it: 摄（人民视觉）, 新华社记者 李某摄. */
// (or closing the bracket its name opened on the line before: …志愿服务。（任思 / 摄）)
const BARE_CREDIT = /^[\p{Script=Han}\s]{0,12}(?:摄|供图|新华社发)(?:[（(][^）)]{1,8}[）)]|[）)])?$/u;
/** Last characters BARE_CREDIT may end with: 摄, 图 (供图), 发 (新华社发), or a closing bracket. */
const endsBareCredit = (c: number) => c === 0x6444 || c === 0x56fe || c === 0x53d1 || c === 0xff09 || c === 0x29; // 摄 图 发 ） )
function isBareCredit(text: string): boolean {
  const t = text.trim();
  // (the last character first: this runs on every line, and most end otherwise)
  return endsBareCredit(t.charCodeAt(t.length - 1)) && BARE_CREDIT.test(t);
}

/**
 * A head line set in the column's width that reaches its edge (or is
 * letter-spaced out to it) did not end there: a kicker, title or subtitle
 * wrapped in a narrow column (深化改革 激发 / 活力).
 */
const reachesEdge = (p: Piece) => !isLong(p) && widthOf(p) <= p.col.fullWidth + 0.5 && (isSpaced(p) || isNearlyFull(p));

/** A line that ends its text: a sentence end or a closing bracket or quote. */
const CLOSES_TEXT = /[。！？!?）)」』》”]$/u;
/** A line that ends a sentence: a stop, a closing quote or bracket after it. */
const ENDS_WITH_STOP = /[。！？!?][”’」』）)]?$/u;
/** No punctuation but what a title may hold: 、 listing, quotes and 《》 naming (a word's other reading in brackets is no punctuation either). */
const holdsNoTextPunct = (text: string) => !ANY_PUNCT.test(withoutWordReadings(text).replace(TITLE_MARKS, ''));
/** Any punctuation, and the marks a title may hold (holdsNoTextPunct's patterns, made once). */
const ANY_PUNCT = /[\p{P}]/u;
const TITLE_MARKS = /[“”《》「」、]/gu;
const unclosedBracket = (text: string) => bracketBalance(text) > 0;
/** A line closing a book title or quotation before it opens one… */
const CLOSES_MARK_FIRST = /^[^《“》”]*[》”]/u;
/** A line closing a bracket the line above left open, sentence punctuation after the close. */
const BRACKET_CLOSED_THEN_PUNCTUATED = /^[^（）()]*[）)].*[，。、；,;！？]/u;
/** …with sentence punctuation after the close, or a day in brackets (a sentence's 今天（3月5日）: 全国两会首场“部长 / 通道”今天（3月5日）). */
const MARK_CLOSED_THEN_PUNCTUATED = /^[^《“》”]*[》”](?:.*[，。、；：,;:！？]|.*（\d{1,2}月\d{1,2}日）)/u;
/** /[)）]$/ by code. */
const endsWithCloseBracket = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x29 || c === 0xff09;
};
/** /^[（(]/ by code. */
const opensWithOpenBracket = (text: string) => {
  const c = text.charCodeAt(0);
  return c === 0x28 || c === 0xff08;
};
/** /[：:]$/ by code. */
const endsWithColon = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x3a || c === 0xff1a;
};

/** Lines this many at most before a marker that sends the text on (（下转第3版）) are that text's last. */
const MAX_LINES_OVER_SEND_ON = 3;
/** A caption wrapped over more lines than this is not looked for. */
const MAX_CAPTION_LINES = 4;
const CAPTION_LEAD_LINE = /^(?:图为|上图|下图|左图|右图|▲|△)/u;
/** A caption's last line cut inside its credit: …新华社记者 李, …本报记者 (the name on the next line). */
const CREDIT_ROLE_CUT = /(?:记者|摄影|通讯员)\s*\p{Script=Han}{0,2}$/u;
/** A credit in brackets closing a caption: （夏磊彬 摄）, （新华社记者 李萍摄）. */
const BRACKETED_CREDIT_END = /[（(][^（）()]{0,14}(?:摄|供图)[）)]$/u;
/** `text` ends a credit cut at the end of the line before it (…新华社记者 李 / 萍 摄,
 *  …技术人员检查线路。（夏磊彬 / 摄）). */
function isCreditCut(before: string, text: string): boolean {
  return (isBareCredit(text) && CREDIT_ROLE_CUT.test(before)) || (unclosedBracket(before) && BRACKETED_CREDIT_END.test(`${before}${text.trim()}`));
}
/** A caption's own first words: a lead (图为, ▲) or the date it was taken (2月20日，). */
const CAPTION_START = /^(?:图为|上图|下图|左图|右图|▲|△|\d{1,2}月\d{1,2}日)/u;
/** A line without its spaces: a caption's first line may be letter-spaced (10 月 8 日 ， 武 汉 …). */
const unspaced = (text: string) => (text.includes(' ') ? text.replace(/\s+/g, '') : text);
/** A caption's first words: the day, then where (10月24日，长沙港口码头，…). */
const DATED_CAPTION_START = /^\d{1,2}月\d{1,2}日[，,]\s*\p{Script=Han}{2,12}[，,]/u;
/** DATED_CAPTION_START, asked only of texts that open with a digit (it is asked of the open lines at every line). */
function opensDatedCaption(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && DATED_CAPTION_START.test(text);
}
/** Punctuation that ends a clause or sentence of running text: head lines have none (they may list with 、 and name with ：). */
const CLAUSE_PUNCT_CHARS = '，。；！？,;!?…（）()';
const CLAUSE_PUNCT = new RegExp(`[${CLAUSE_PUNCT_CHARS}]`, 'u');
/**
 * A word's other reading set in brackets inside a word (实（试）验, 致电（函）):
 * no clause's punctuation, a title's as much as a text's.
 */
const WORD_IN_BRACKETS = /(?<=\p{Script=Han})（\p{Script=Han}{1,2}）(?=\p{Script=Han})/gu;
/** `text` less the bracketed readings inside its words (asked of lines before their punctuation is). */
const withoutWordReadings = (text: string) => (text.includes('（') ? text.replace(WORD_IN_BRACKETS, '') : text);
/** Punctuation of running text: a line of a paragraph seldom goes without it for long. */
const TEXT_PUNCT_CHARS = `${CLAUSE_PUNCT_CHARS}、：:`;
const TEXT_PUNCT = new RegExp(`[${TEXT_PUNCT_CHARS}]`, 'u');
/** Punctuation inside running text; titles often have none. */
const INNER_PUNCT = /[，。、；：,;:！？]/u;
/** A line ending so breaks off mid-sentence: its clause goes on in the next line. */
const CLAUSE_GOES_ON = /[，、,；;]$/u;
/** A title in two parts parted by a colon, a place or name and what it did (北京中轴线：保护与发展的中国案例), no other punctuation. */
const TITLE_AFTER_COLON = new RegExp(`^\\p{Script=Han}{2,10}：[^${TEXT_PUNCT_CHARS}]{4,}$`, 'u');
/** A line of Han characters naming a subject, a colon, and its phrase (no other mark): a headline's form. */
const NAMING_COLON_LINE = /^\p{Script=Han}{2,8}[：:]\p{Script=Han}{3,}$/u;
/** A line opening with a name of two to six Han characters and a colon, no quotation after it (杨士莪：为祖国…). */
const NAMING_MARK_INSIDE = /^\p{Script=Han}{2,6}[：:]\p{Script=Han}[^“”"：:]*$/u;
/** Brackets and quotation marks inside a line (firstFull's running text). */
const TEXT_MARKS = /[（）()“”]/u;
/** Columns a line counted full may fall short of its column's count (two half-width digits, or marks squeezed). */
const FULL_COLS_SLACK = 1;
/** A column label this long at most (来论, 思想纵横, 代表委员履职故事). */
const MAX_LABEL_CHARS = 8;
/** A line opening with a clause of one to four Han characters (and a comma: 一、 numbers a section)… */
const SHORT_CLAUSE_OPENS = /^\s*\p{Script=Han}{1,4}[，；]/u;
/** …but not two short phrases parted by the comma, a crosshead's form (科技赋能，精准施策). */
const COMMA_PARTED_PHRASES = /^\s*\p{Script=Han}{3,6}[，；]\p{Script=Han}{3,6}\s*$/u;
/** A line opening with one character and a comma or stop. */
const PUSHED_DOWN_BY_STOP = /^\p{Script=Han}[，。、；！？]/u;
/** A line opening with a date in brackets, text after it: （4月8日）举行…. */
const DATED_THEN_TEXT = /^\s*[（(]\s*\d{1,4}\s*[年月日][\d\s月日]*[）)]\s*\p{Script=Han}/u;
/** A line opening with a mark no line may end with. */
const OPENS_WITH_MARK = /^[“‘《（「『【]/u;
/** 第二条, 第三章: the number of a regulation's article or chapter opening its text. */
const NUMBERED_CLAUSE = /^第[一二三四五六七八九十百零〇\d]+[条章节款]/u;
/** Two or three Han phrases, each of two or more characters, parted by single spaces: a title's word spaces. */
const TITLE_WORD_SPACE = /^[^\s]*\p{Script=Han}{2}[ \u3000]\p{Script=Han}{2}[^\s]*(?:[ \u3000]\p{Script=Han}{2}[^\s]*)?$/u;
const JUMP_OUT = /下转|转下|转第|转\d/;

/** Single characters with a space between each (本 报 讯 （ 记 者): letter-spaced
 *  text, whether or not the line reached its column's edge. */
const LETTER_SPACED_RUN = /(?:^|\s)\S \S \S(?:\s|$)/u;
/** 本报讯（记者…）, 新华社北京6月5日电: a news report's first words (read without
 *  the spaces of a letter-spaced line: 本 报 讯 （ 记 者 卢). */
function hasNewsLeadForm(l: Piece): boolean {
  return opensNewsLead(l.text) || ((hintsOf(l) & HINT_SPACE) !== 0 && l.text.includes(' ') && LETTER_SPACED_RUN.test(l.text) && NEWS_LEAD.test(removeJustifySpaces(l.text)));
}

class Reader {
  readonly items: Item[] = [];
  private open: string[] = [];
  /** Raw line numbers of the open paragraph's lines. */
  private openNos: number[] = [];
  /** The open paragraph's first line. */
  private openFirst: Piece | null = null;
  /** Which of the open paragraph's lines reach the column edge (see reopenAsTitle). */
  private openFull: boolean[] = [];
  /** Brackets the open paragraph opened and has not closed (（ minus ）), kept as lines
   *  come and go: reading it from the joined lines at each line was quadratic. */
  private openBrackets = 0;
  /** The open paragraph's lines' char-hints.ts bits together (lines taken out leave theirs: a superset still lets every test run). */
  private openHints = 0;
  /** Raw line number of the first line of the caption last taken (see takeCaptionLead). */
  private captionLine: number | null = null;
  /** Why each display line was read as one (for --explain). */
  private readonly displayRule: (string | undefined)[] = [];
  /** The open paragraph's last line ended a sentence. */
  private openEnded = true;
  /** The open paragraph began with text cut from a line after a sentence's end or a marker: text, never head lines. */
  private openCut = false;
  /** Where in `items` the open paragraph began. */
  private openAt = 0;
  /** Which pieces closed their paragraph, for the look-back at a first line. */
  private readonly ended: Uint8Array;
  private readonly blanksSeparate: boolean;
  /** Paragraphs here open with a lost indent (a first line two characters short). */
  private readonly indentsLost: boolean;
  private readonly useIndents: boolean;

  // Per-line answers, computed once: 0 unknown, 1 no, 2 yes.
  private readonly furnitureMemo: Uint8Array;
  private readonly captionMemo: Uint8Array;
  private readonly displayMemo: Uint8Array;
  private readonly bylineMemo: Uint8Array;
  private readonly newsMemo: Uint8Array;
  private readonly noteMemo: Uint8Array;

  private isFurniture(i: number): boolean {
    if (!this.furnitureMemo[i]) this.furnitureMemo[i] = !isMarker(this.pieces[i]) && isFurnitureLine(this.pieces[i].text, hintsOf(this.pieces[i])) ? 2 : 1;
    return this.furnitureMemo[i] === 2;
  }
  private isCaptionAt(i: number): boolean {
    if (!this.captionMemo[i]) this.captionMemo[i] = !isMarker(this.pieces[i]) && isCaption(this.pieces[i].text, hintsOf(this.pieces[i])) ? 2 : 1;
    return this.captionMemo[i] === 2;
  }
  /** isStructuredByline of line i's text (the text of a marker too). */
  /** A blank line stands before piece i, on a page whose blank lines are few (they part blocks, not every paragraph or line). */
  private setApart(i: number): boolean {
    if (i === 0 || !hasBlankAfter(this.pieces[i - 1])) return false;
    if (this.blanksFew === null) {
      let blanks = 0;
      for (const q of this.pieces) if (hasBlankAfter(q)) blanks++;
      this.blanksFew = blanks * FEW_BLANKS_PER_LINE <= this.pieces.length;
    }
    return this.blanksFew;
  }
  private blanksFew: boolean | null = null;

  private isBylineAt(i: number): boolean {
    if (!this.bylineMemo[i]) this.bylineMemo[i] = isStructuredByline(this.pieces[i].text, true, hintsOf(this.pieces[i])) ? 2 : 1;
    return this.bylineMemo[i] === 2;
  }
  private opensNewsReportAt(i: number): boolean {
    // (the lead's form first: the byline form is asked only of the few lines that have it)
    if (!this.newsMemo[i]) this.newsMemo[i] = hasNewsLeadForm(this.pieces[i]) && !this.isBylineAt(i) ? 2 : 1;
    return this.newsMemo[i] === 2;
  }
  /** isNote of line i's text. */
  private isNoteAt(i: number): boolean {
    if (!this.noteMemo[i]) this.noteMemo[i] = isNote(this.pieces[i].text) ? 2 : 1;
    return this.noteMemo[i] === 2;
  }

  constructor(private readonly pieces: Piece[]) {
    // (seven views of one buffer: a buffer each, made outside the heap, cost more than the views)
    const n = pieces.length + 1;
    const memory = new Uint8Array(7 * n);
    this.furnitureMemo = memory.subarray(0, n);
    this.captionMemo = memory.subarray(n, 2 * n);
    this.displayMemo = memory.subarray(2 * n, 3 * n);
    this.bylineMemo = memory.subarray(3 * n, 4 * n);
    this.newsMemo = memory.subarray(4 * n, 5 * n);
    this.noteMemo = memory.subarray(5 * n, 6 * n);
    this.ended = memory.subarray(6 * n, 7 * n);
    const layout = readPageLayout(pieces);
    this.blanksSeparate = layout.blanksSeparate;
    this.useIndents = layout.useIndents;
    this.indentsLost = layout.indentsLost;
  }

  /**
   * Line i and the lines after it run, with no sentence's end, into a marker
   * that sends the text on (首班车上的市民代表将于 / 五月二十日 / （下转第3版））:
   * a text cut off at the page's foot, not head lines.
   */
  private runsIntoSendOn(i: number): boolean {
    for (let j = i; j < Math.min(this.pieces.length, i + MAX_LINES_OVER_SEND_ON + 1); j++) {
      if (isMarker(this.pieces[j])) return this.sendsOn(j);
      if (endsSentence(this.pieces[j].text)) return false;
    }
    return false;
  }

  /** Piece i is a jump marker that sends the text on elsewhere (（下转第5版）). */
  private sendsOn(i: number): boolean {
    const p = this.pieces[i];
    return !!p && isMarker(p) && JUMP_OUT.test(markerOf(p));
  }

  private indentWidth(l: Piece): boolean {
    return this.indentsLost && hasIndentWidth(l);
  }

  read(): Item[] {
    const { pieces } = this;
    const headZoneEnd = this.headZoneEnd();
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (isMarker(p)) {
        if (this.sendsOn(i)) {
          this.close(true);
          this.items.push({ kind: 'jump-out', text: markerOf(p), line: p.no, rule: 'jump marker: goes on elsewhere' });
        } else this.items.push({ kind: 'marker', text: markerOf(p), line: p.no, rule: 'jump marker: continued from elsewhere' });
        continue;
      }
      if (i <= headZoneEnd && (this.isFurniture(i) || !this.isFollowedByArticleHead(i))) {
        this.items.push({ kind: 'furniture', text: p.text, line: p.no, rule: this.isFurniture(i) ? 'furniture form (date, folio, credit, contact)' : 'masthead zone: display line among furniture' });
        continue;
      }
      // Furniture between columns: the open paragraph goes on after it.
      if ((widthOf(p) <= MAX_DISPLAY_EM * 2 && this.isFurniture(i) && !(this.open.length && !this.openEnded && !isShort(p))) || isCreditLine(p.text, hintsOf(p)) || isDatedHeaderLine(p.text, hintsOf(p))) {
        this.items.push({ kind: 'furniture', text: p.text, line: p.no, rule: 'furniture form between columns' });
        continue;
      }
      // The end of a credit cut after the photographer's surname (…新华社记者 李 / 萍 摄)
      // closes the caption whose first line stood alone as a display line.
      const prev = this.items[this.items.length - 1];
      if (!this.open.length && prev?.kind === 'display' && /[，。]/u.test(prev.text) && isCreditCut(prev.text, p.text)) {
        this.captionFromDisplay(p.text, 'caption: its credit cut at the line end');
        continue;
      }
      // A caption is not a line of the column: shorter or wider, or between paragraphs.
      // (a credit alone on its line, 摄, ends a dated caption read into the
      // open paragraph or standing alone for its width: …新华社记者 钱军远 / 摄)
      const bareCredit = isBareCredit(p.text);
      // (where a dated caption starts in the open paragraph: read once, for caption lines only)
      const dated = bareCredit || this.isCaptionAt(i) ? this.datedCaptionInOpen() : -1;
      const endsDatedCaption = bareCredit && (dated >= 0 || (!this.open.length && prev?.kind === 'display' && CAPTION_START.test(unspaced(prev.text))));
      if ((endsDatedCaption || this.isCaptionAt(i)) && (isShort(p) || isLong(p) || widthOf(p) > p.col.fullWidth + OVER_WIDTH_TOLERANCE || !this.open.length || this.openEnded || dated >= 0)) {
        const text = this.takeCaptionLead(p.text, dated);
        // A credit standing alone (摄（人民视觉）) ends the caption whose first
        // line was read as a display line: …学生在实验室开展研究。高远晓 / 摄.
        const last = this.items[this.items.length - 1];
        if (!this.open.length && last?.kind === 'display' && text === p.text && isBareCredit(text) && INNER_PUNCT.test(last.text)) {
          this.captionFromDisplay(text, 'caption: its credit stands alone on the next line');
          continue;
        }
        // … and so does the rest of a caption set wider than the column, whose
        // first line stood alone for its width: …农民在田间查看作物长 / 势。记者 付婷丽 摄.
        if (!this.open.length && last?.kind === 'display' && last.wide && this.captionLine === null && INNER_PUNCT.test(last.text) && !CAPTION_START.test(text)) {
          this.captionFromDisplay(text, 'caption: set wider than the column, its credit on the next line');
          continue;
        }
        // A credit cut at the line end (…高博摄（人民视 / 觉）): its bracket closes on the next line.
        const next = pieces[i + 1];
        if (next && !isMarker(next) && unclosedBracket(text) && /^[^（）()]{0,8}[）)]$/u.test(next.text.trim())) {
          this.items.push({ kind: 'caption', text: text + next.text.trim(), line: this.captionLine ?? p.no, rule: 'caption: its credit closes on the next line' });
          i++;
          continue;
        }
        this.items.push({ kind: 'caption', text, line: this.captionLine ?? p.no, rule: 'caption: photo credit or 图为 lead, not a line of the column' });
        continue;
      }
      if (this.isNoteAt(i)) {
        this.close();
        this.items.push({ kind: 'note', text: p.text.replace(/\s+/g, ' '), line: p.no, rule: 'end note form (（…电） （作者…） （names））' });
        continue;
      }
      // Full lines with no punctuation, then a short line that stands alone:
      // head lines set in the column's width (刘国中在安徽调研时强调 全 / 力以赴… /
      // 新春走基层), never a paragraph, whose lines all end at the edge but its last.
      // (lines over a marker that sends the text on, （下转第5版）, are a text
      // cut off at the page's foot: no head is printed over one)
      if (!this.openEnded && !this.openCut && this.open.length && this.open.length <= MAX_WRAPPED_TITLE_LINES && !startsParagraph(p) && isShort(p) && !TEXT_PUNCT.test(withoutWordReadings(p.text)) && !this.open.some((text) => TEXT_PUNCT.test(withoutWordReadings(text))) && !NEWS_LEAD.test(joinLines([...this.open, p.text])) && this.isDisplayAt(i) && !this.sendsOn(i + 1)) {
        this.reopenAsTitle(this.open.length, 'unpunctuated lines over a line that stands alone');
      }
      // A byline or a bare section number stands alone even where the line
      // before it did not end a sentence (a title read as text, a caption).
      // So does a title's last line right over the text it opens (a news lead, （上接1版）).
      const interrupts = !this.openEnded && (this.isBylineAt(i) || isBareSectionNumber(p.text) || isSubtitleLine(p.text) || isDecoratedName(p.text) || (this.isAboveTextStart(i) && this.openWrappedTitleLines(i) > 0));
      if (!startsParagraph(p) && (this.openEnded || interrupts) && (this.isDisplayAt(i) || (interrupts && this.isSubtitleUnderOpenTitle(i))) && !this.runsIntoSendOn(i)) {
        const tail = this.openWrappedTitleLines(i);
        if (tail) this.reopenAsTitle(tail);
        this.close();
        this.items.push({ kind: 'display', text: p.text, line: p.no, rule: this.displayRule[i] ?? 'display line', wide: !isLong(p) && isOverWidth(p), full: reachesEdge(p) || undefined, apart: this.setApart(i) || undefined });
        continue;
      }
      const headOver = this.headOverFirstLine(i);
      if (headOver) this.reopenAsTitle(this.open.length, headOver);
      const opensParagraph = startsParagraph(p) || (this.useIndents && isIndented(p));
      // (or the open paragraph's own last lines, over a first line: …全产业链。 / 俄称打击西方远程武器部署点 /
      // 乌称阻止俄军突破 / 俄罗斯国防部28日称，作; two such lines under a line of text take three open)
      if (!headOver && this.open.length > 2 && (opensParagraph || this.indentWidth(p) || stretchedFirstLine(p))) {
        const k = this.unpunctuatedTail();
        if (k) this.reopenAsTitle(k, 'unpunctuated lines after a paragraph\'s last stop, the last short, over a first line: head lines');
      }
      if (opensParagraph) this.close();
      if (!this.open.length) {
        this.openCut = !!startsParagraph(p);
        this.openAt = this.items.length;
        this.openFirst = p;
      }
      this.open.push(p.text);
      this.openNos.push(p.no);
      this.openFull.push(reachesEdge(p));
      this.openBrackets += bracketsOf(p);
      this.openHints |= hintsOf(p);
      this.openEnded = false;
      if (this.endsAt(i)) {
        this.ended[i] = 1;
        this.close();
      }
    }
    this.close();
    this.lastLineAsHead();
    return this.items;
  }

  /**
   * The last item, a display line, and `rest` are one caption whose first
   * line stood alone: they become that caption, and so does the display line
   * above, where it opens the caption with its day and place (7月1日，长沙港口码头，技术 /
   * 人员检查线路。本报记者 陈强 / 晨摄).
   */
  private captionFromDisplay(rest: string, rule: string): void {
    const shown = this.items.pop() as Extract<Item, { kind: 'display' }>;
    const above = this.items[this.items.length - 1];
    const start = above?.kind === 'display' && !opensDatedCaption(unspaced(shown.text)) && opensDatedCaption(unspaced(above.text)) && endsSentence(above.text) === null ? above : null;
    if (start) this.items.pop();
    this.items.push({ kind: 'caption', text: joinLines(start ? [start.text, shown.text, rest] : [shown.text, rest]), line: (start ?? shown).line, rule });
  }

  /**
   * A page's last text, one line with no punctuation, nothing but furniture
   * and captions after it, is an article's title printed after its body (a
   * Founder copy draws the frame last) where it stands right after the
   * article's closing note (夯实大国粮仓根基端牢中国饭碗 after （覃丽静 唐俊敏）),
   * or after a paragraph that ends a sentence, in a text that says most of its
   * words (习近平会见柬埔寨首相 under …把柬中关系推向新高度。 in a report of that
   * meeting): running text ends its last line with a sentence.
   */
  private lastLineAsHead(): void {
    const items = this.items;
    let k = items.length - 1;
    while (k >= 0 && (items[k].kind === 'furniture' || items[k].kind === 'caption')) k--;
    const last = items[k];
    // (furniture met while the line was open stands before it)
    let b = k - 1;
    while (b >= 0 && items[b].kind === 'furniture') b--;
    const before = items[b];
    if (k < 1 || !before || last.kind !== 'paragraph' || last.lines !== 1 || TEXT_PUNCT.test(last.text)) return;
    if (before.kind === 'note' && (isClosingNote(before.text) || isSignatureNote(before.text))) {
      items[k] = { kind: 'display', text: last.text, line: last.line, rule: 'one unpunctuated line after the last closing note: a head printed after its body' };
    } else if (before.kind === 'paragraph' && endsSentence(before.text) !== null && this.textBeforeSays(last.text, b)) {
      items[k] = { kind: 'display', text: last.text, line: last.line, rule: "one unpunctuated line after a sentence's end, the page's last, its words the text's: a head printed after its body" };
    }
  }

  /** Whether the open lines stand under one short display line (a label's length) that an end note stands right before. */
  private underLabelAfterNote(): boolean {
    const label = this.items[this.openAt - 1];
    const note = this.items[this.openAt - 2];
    return label?.kind === 'display' && label.text.replace(/\s+/gu, '').length <= MAX_LABEL_AFTER_NOTE_CHARS && note?.kind === 'note' && (isClosingNote(note.text) || isSignatureNote(note.text));
  }

  /** Whether the lead of the text closed by the end note before the open lines' label says most of `line`'s word pairs. */
  private leadBeforeSays(line: string): boolean {
    const j = this.openAt - 3;
    if (j < 0 || this.items[j].kind !== 'paragraph' || !longEnoughForHead(line)) return false;
    // (the text's lead, where a title's words are said: back to the head or end note before it)
    let start = j;
    while (start > 0 && this.items[start - 1].kind !== 'note' && this.items[start - 1].kind !== 'display') start--;
    const parts: string[] = [];
    let n = 0;
    for (let k = start; k <= j && n < TITLE_WORDS_WINDOW; k++) {
      const x = this.items[k];
      if (x.kind !== 'paragraph') continue;
      parts.push(x.text);
      n += x.text.length;
    }
    return saysMostWordsOf(parts.join('').slice(0, TITLE_WORDS_WINDOW), line);
  }

  /** Whether the text up to items[b] (back to an end note, TITLE_WORDS_WINDOW characters at most) says most of `line`'s word pairs. */
  private textBeforeSays(line: string, b: number): boolean {
    if (!longEnoughForHead(line)) return false;
    const parts: string[] = [];
    let n = 0;
    for (let k = b; k >= 0 && n < TITLE_WORDS_WINDOW; k--) {
      const x = this.items[k];
      if (x.kind === 'note') break;
      if (x.kind === 'paragraph') {
        parts.push(x.text);
        n += x.text.length;
      }
    }
    return saysMostWordsOf(parts.reverse().join('').slice(-TITLE_WORDS_WINDOW), line);
  }

  /**
   * A subtitle (——…) as wide as the column, under title lines set in the
   * column's width and read so far as a paragraph (丁薛祥出席何梁何利基金 /
   * 2024年度颁奖大会并讲话 / ——写在活动开展一周年之际): no display line is above
   * it to make it one, yet running text never opens a line with a dash under
   * unpunctuated lines and then stops short of a sentence.
   */
  private isSubtitleUnderOpenTitle(i: number): boolean {
    const p = this.pieces[i];
    if (!isSubtitleLine(p.text) || endsSentence(p.text) || SENTENCE_END_INSIDE.test(p.text) || isLong(p) || this.dashRunsOnInText(i)) return false;
    // (the open lines hold no punctuation and leave no bracket open: a title's, not a sentence's)
    if (!/^\s*——/u.test(p.text) || this.openBrackets !== 0) return false;
    const k = this.openWrappedTitleLines(i);
    if (k === 0 || this.open.slice(-k).some((text) => CLAUSE_PUNCT.test(withoutWordReadings(text)))) return false;
    this.displayRule[i] = 'subtitle (——…) under title lines set in the column\'s width';
    // (a display line from here on: the lines under it read it as one, as they read computeDisplayAt's)
    this.displayMemo[i] = 2;
    return true;
  }

  /**
   * A title set in the column's own width wraps like text: its lines look like
   * a paragraph's until the byline or subtitle under it. Lines read so far
   * into the open paragraph are that title when they hold no sentence
   * punctuation at all and are few and short.
   */
  private openWrappedTitleLines(i: number): number {
    const p = this.pieces[i];
    if (!this.open.length) return 0;
    // At the byline or subtitle itself, or at the title's last line above it.
    if (!this.isBylineAt(i) && !isSubtitleLine(p.text) && !isDecoratedName(p.text) && !this.isAboveHeadLine(i) && !this.isAboveTextStart(i)) return 0;
    // (counted without the spaces a justified title line is set with)
    const isTitle = (lines: string[]) => {
      const text = lines.join('').replace(/\s+/g, '');
      return lines.length <= MAX_WRAPPED_TITLE_LINES && text.length <= MAX_WRAPPED_TITLE_CHARS && !/[。！？；!?;…]/u.test(text) && (text.match(/[，,]/gu) ?? []).length <= 1;
    };
    if (isTitle(this.open)) return this.open.length;
    // Or the last lines only, after a line that closed the text before them
    // (a caption or a column break came between them and it: …发布） / 聚焦… / 服务…).
    let best = 0;
    for (let k = 1; k < this.open.length && k <= MAX_WRAPPED_TITLE_LINES; k++) {
      if (!isTitle(this.open.slice(-k))) break;
      if (CLOSES_TEXT.test(this.open[this.open.length - k - 1])) best = k;
    }
    return best;
  }

  /**
   * Head lines set in the column's width (or letter-spaced to it) read like a
   * paragraph's lines. When the lines read so far hold no punctuation at all
   * and piece i, punctuated (or under full lines, fullOverUnpunctuatedFirstLine),
   * is as wide as an indented first line (or stretched to one), those lines
   * were a head (奋力谱写中国式现代化新篇章 / 老手艺焕发新光彩 after a closing note):
   * the reason, or null.
   */
  private headOverFirstLine(i: number): string | null {
    const p = this.pieces[i] as Piece;
    if (!this.open.length || this.open.length > MAX_HEAD_AFTER_NOTE_LINES) return null;
    if (!INNER_PUNCT.test(p.text) && !this.fullOverUnpunctuatedFirstLine(i)) return null;
    // (the item before the open lines: a caption read between them and the first line is not)
    const before = this.items[this.openAt - 1];
    // (what stands around the open lines is asked first, their punctuation after: most
    // calls are a paragraph's second to fourth lines, not indented, after a paragraph,
    // and end there; read the other way round, each call read every open line with two
    // Unicode patterns, 3% of the instructions of a parse of page 003)
    let reason: string;
    // (under a short head line, a column label, right after an end note: the
    // title of the text before, printed after it with its label, where that
    // text's lead says most of its words, indented first line or not:
    // （肖英 戴昊秀） / 思想纵横 / 韩正会见联合国秘书长、美国国务卿 / 习近平总书记指出，…)
    if (before?.kind === 'display') {
      if (!this.underLabelAfterNote()) return null;
      reason = 'unpunctuated lines under a label after an end note, over a first line, the text before saying their words: a head printed after its body';
    } else {
      if (!(this.indentWidth(p) || stretchedFirstLine(p))) return null;
      // (only where an article has just closed: elsewhere short unpunctuated
      // lines are as often a paragraph's start read before its indent)
      if (before?.kind === 'note' && isClosingNote(before.text)) reason = 'unpunctuated lines after a closing note, over a first line';
      else {
        // (or after a paragraph that ended a sentence, a caption or an end note, where the lines reach the
        // column's edge: a paragraph's first line there would stand indented, so
        // Han lines set full width over an indented line are a head printed in
        // the column's width, 赵乐际同摩洛哥众议长举行会谈 after its text; not a
        // line that leaves 《 open, a document's name running on into its text;
        // and the first line goes on: a short line that ends a sentence is as
        // often a paragraph's last, …三、六、九开 / 市，附近的村民都来赶集。)
        const first = this.openFirst;
        const fullWidthHead =
          (before?.kind === 'caption' || before?.kind === 'note' || (before?.kind === 'paragraph' && endsSentence(before.text) !== null)) && !endsSentence(p.text) && this.openFull.every(Boolean) && !!first && !isLatinLine(first) && (!isSpaced(first) || spacedToEdge(first)) && !hasIndentWidth(first) && !leavesMarkOpen(this.open.join(''));
        if (!fullWidthHead) return null;
        reason = 'unpunctuated full-width lines after a paragraph\'s end, over a first line';
      }
    }
    // (a title may list with 、 and name with quotes or 《》, never a comma or stop)
    if (!this.open.every(holdsNoTextPunct) || NEWS_LEAD.test(this.open.join(''))) return null;
    if (before?.kind === 'display' && !this.leadBeforeSays(this.open.join(''))) return null;
    return reason;
  }

  /**
   * Where the first line (piece i) has no punctuation, the open lines still
   * stand over it as a head when they reach the column's edge unspaced (a
   * paragraph's start stands indented; a letter-spaced line is justified
   * text, 本 报 杭 州 7 月 3 0 日 电) and it is short of the edge by an indent
   * or stretched to one, not running into a marker that sends the text on
   * (记者 曹鑫丽 摄 / 全国秋粮收获过四成 / 农业农村部最新农).
   */
  private fullOverUnpunctuatedFirstLine(i: number): boolean {
    const p = this.pieces[i] as Piece;
    if (!this.openFull.every(Boolean) || this.open.some((text) => LETTER_SPACED_RUN.test(text)) || this.runsIntoSendOn(i)) return false;
    return stretchedFirstLine(p) || (p.col.fullCols > 0 && colsOf(p) <= p.col.fullCols - INDENT_COLS);
  }

  /** The open paragraph's last `k` lines become title lines; what comes before them is a paragraph of its own. */
  private reopenAsTitle(k: number, rule = 'title wrapped over lines above a byline or subtitle'): void {
    const { lines, nos, full } = this.takeOpenFrom(this.open.length - k);
    this.close();
    lines.forEach((text, j) => this.items.push({ kind: 'display', text, line: nos[j], rule, full: full[j] || undefined }));
    this.openEnded = true;
  }

  /** Closes the open paragraph; `sentOn`: a jump marker (（下转第5版）) sends its text on elsewhere. */
  private close(sentOn = false): void {
    // Lines with no punctuation at all are no paragraph: running text has a
    // comma or a stop every line or two. They are head lines set like text
    // (letter-spaced titles listed at the top of a page) — but not over a
    // marker that sends the text on: that is a text cut off at the page foot.
    // (a title lists with 、 and names with a colon; a subtitle opens with ——: none of them a comma or a stop;
    // nor a word's other reading in brackets, 各项空间科学实（试）验稳 / 步推进)
    // (but lines ending with a colon introduce what follows: 提出三点意 / 见：)
    if (!sentOn && !this.openCut && this.open.length >= 2 && this.open.length <= MAX_UNPUNCTUATED_HEAD_LINES && !this.open.some((text) => CLAUSE_PUNCT.test(withoutWordReadings(text))) && !endsWithColon(this.open[this.open.length - 1].trimEnd())) {
      this.reopenAsTitle(this.open.length, 'lines with no punctuation at all: head lines, not a paragraph');
      return;
    }
    // One such line right under head lines is the run's last, wherever the
    // paragraph was closed (a title over the captions gathered at the page end),
    // and so is a title parted by a colon (北京中轴线：保护与发展的中国案例).
    const unpunctuated = this.open.length === 1 && !TEXT_PUNCT.test(withoutWordReadings(this.open[0]));
    if (!sentOn && !this.openCut && this.open.length === 1 && (unpunctuated || TITLE_AFTER_COLON.test(this.open[0].trim())) && this.items[this.openAt - 1]?.kind === 'display') {
      const rule = unpunctuated ? 'a line with no punctuation under head lines' : 'a title parted by a colon under head lines';
      this.items.splice(this.openAt, 0, { kind: 'display', text: this.open[0], line: this.openNos[0], rule, full: this.openFull[0] || undefined });
      this.clearOpen();
      this.openEnded = true;
      return;
    }
    if (this.open.length) {
      const text = joinLines(this.open, this.openHints);
      // A note wrapped over lines: （作者单位：…） as a paragraph of its own.
      const line = this.openNos[0] ?? 0;
      if (isNote(text)) {
        this.items.push({ kind: 'note', text, line, rule: 'end note wrapped over lines' });
        this.clearOpen();
        return;
      }
      const split = splitTrailingNote(text);
      if (split) {
        this.items.push({ kind: 'paragraph', text: split[0], lines: this.open.length, line, rule: 'text' });
        this.items.push({ kind: 'note', text: split[1], line: line + this.open.length - 1, rule: 'end note glued to the last paragraph' });
      } else if (text) this.items.push({ kind: 'paragraph', text, lines: this.open.length, line, rule: 'text' });
    }
    this.clearOpen();
  }

  private clearOpen(): void {
    this.open = [];
    this.openNos = [];
    this.openFull = [];
    this.openBrackets = 0;
    this.openHints = 0;
    this.openEnded = true;
    this.openCut = false;
  }

  /** Takes the open paragraph's lines from `at` on out of it. */
  private takeOpenFrom(at: number): { lines: string[]; nos: number[]; full: boolean[] } {
    const lines = this.open.splice(at);
    for (const text of lines) this.openBrackets -= bracketBalance(text);
    return { lines, nos: this.openNos.splice(at), full: this.openFull.splice(at) };
  }

  /**
   * A caption set in the column's width wraps like text: the paragraph read so
   * far, a few lines that open with a date (2月22日，成都港口码头，农民在田间 /
   * 查看作物长势。本报记者 廖斌摄), is that caption when the credit line comes.
   */
  private openIsDatedCaption(): boolean {
    return this.open.length > 0 && this.open.length < MAX_CAPTION_LINES && opensDatedCaption(unspaced(this.open[0]));
  }

  /**
   * The open line a dated caption starts at, among the open paragraph's last
   * lines, or -1: a caption gathered at the page end may follow head lines
   * read as text (李希出席…会议暨 / 二十届…部署会 / 7月7日，南京经济开发区，
   * 市民在广场健 / 身。新华社记者 韩磊俊 摄).
   */
  private datedCaptionInOpen(): number {
    // (read on to the tail's end: a narrow column may cut the place's comma to the next line)
    let tail = '';
    for (let k = this.open.length - 1; k >= Math.max(0, this.open.length - MAX_CAPTION_LINES + 1); k--) {
      tail = unspaced(this.open[k]) + tail;
      if (opensDatedCaption(tail)) return k;
    }
    return -1;
  }

  /**
   * A caption wrapped over lines ends with its credit (…摄); its first line
   * opens with 图为 or ▲. Lines from such a lead on, already read into the
   * open paragraph, belong to the caption, not to the paragraph.
   */
  private takeCaptionLead(credit: string, dated: number): string {
    this.captionLine = null;
    for (let k = this.open.length - 1; k >= Math.max(0, this.open.length - MAX_CAPTION_LINES); k--) {
      if (CAPTION_LEAD_LINE.test(unspaced(this.open[k])) || k === dated) {
        const { lines, nos } = this.takeOpenFrom(k);
        this.captionLine = nos[0];
        // The paragraph before the caption ended there if its last line ends a sentence.
        if (!this.open.length || endsSentence(this.open[this.open.length - 1]) === 'strong') this.close();
        return joinLines([...lines, credit]);
      }
    }
    return tidyParagraph(credit);
  }

  /** Page furniture at the head of a page: mastheads mix recognisable lines
   *  (dates, 刊号) with display lines that belong to them (slogans, teasers). */
  private headZoneEnd(): number {
    let end = -1;
    for (let i = 0; i < Math.min(this.pieces.length, HEAD_ZONE_LINES); i++) {
      if (this.isFurniture(i)) end = i;
      else if (!this.isDisplayAt(i)) break;
    }
    return end;
  }

  /** In the head zone, a display line right before an article's text or
   *  byline is a title, not part of the masthead. */
  private isFollowedByArticleHead(i: number): boolean {
    const next = this.pieces[i + 1];
    if (!next) return false;
    if (isMarker(next)) return true;
    return !this.isFurniture(i + 1) && !this.isDisplayAt(i + 1);
  }

  /** Is line i a display line (title, heading, byline) in its context? */
  private isDisplayAt(i: number): boolean {
    if (i >= this.pieces.length) return false;
    if (!this.displayMemo[i]) this.displayMemo[i] = this.computeDisplayAt(i) ? 2 : 1;
    return this.displayMemo[i] === 2;
  }

  private computeDisplayAt(i: number): boolean {
    const l = this.pieces[i];
    const next = this.pieces[i + 1];
    if (startsParagraph(l)) return false;
    // 本报讯（记者…）, 新华社北京6月5日电: a news report's first words, never a head.
    if (this.opensNewsReportAt(i)) return false;
    if (isLatinLine(l)) {
      if (this.isBylineAt(i)) return this.because(i, 'English byline (By …)');
      const free = !endsSentence(l.text) && !/[,;:-]$/.test(l.text) && l.text.length <= 120;
      if (free && next && !isMarker(next) && isLatinLine(next) && this.isBylineAt(i + 1)) return this.because(i, 'English title above a byline');
      return free && brokenEarly(l, next) && (!this.blanksSeparate || hasBlankAfter(l) || !next) && this.because(i, 'English line broken before the next word would fill it');
    }
    // A line that opens a bracket it does not close goes on in the next line,
    // and that line closes it (（新华社呼和浩特10月21 / 日电）): an end note or
    // text, never head lines.
    if (opensWithOpenBracket(l.text) && unclosedBracket(l.text) && next && !isMarker(next) && /[）)]/u.test(next.text)) return false;
    if (endsWithCloseBracket(l.text) && this.open.length > 0 && this.openBrackets > 0) return false;
    // A line leaving a bracket open whose next line closes it and reads on,
    // punctuated (国务院联防联控机制今天（11 / 月29日）举行新闻发布会，介绍): a
    // sentence cut inside its date; a title wrapped inside brackets (…（试 /
    // 行）》) has no punctuation after the close.
    // (the balance measured with the line, not a pass over its text)
    if (next && !isMarker(next) && bracketsOf(l) > 0 && BRACKET_CLOSED_THEN_PUNCTUATED.test(next.text)) return false;
    // A next line opening with a date in brackets that reads on (国务院新闻办公室今天 /
    // （4月8日）举行“推动高…): the date of this line's 今天 or 日前, a sentence.
    if (next && !isMarker(next) && DATED_THEN_TEXT.test(next.text) && !endsSentence(l.text)) return false;
    // A line opening with a clause of one to four characters (目前，神舟十九号乘组,
    // 据介绍，…, 临近春节，…): a sentence's first words, a lead's first line; no
    // head line opens so (five characters and more name a title's subject as often).
    if (next && !isMarker(next) && SHORT_CLAUSE_OPENS.test(l.text) && !endsSentence(l.text) && !COMMA_PARTED_PHRASES.test(l.text)) return false;
    // (and a line over one that opens with 的 and reads on punctuated, 西部地区拥有全国72% /
    // 的国土面积、27%的人口，: a sentence's first words; a title wrapped before 的 goes on unpunctuated)
    if (next && !isMarker(next) && !endsSentence(l.text) && OPENS_WITH_DE.test(next.text) && INNER_PUNCT.test(next.text)) return false;
    // (and a line holding a comma outside quotes and title marks, about as wide
    // as an indented first line or wider, over a punctuated line: 11月24日晚，
    // 国家主席习近 / 平同美国总统…。: text; a headline parts its phrases with
    // spaces, a crosshead with a comma, 接诉即办，办就办好, stands short)
    // (a section's numbered heading, 一、坚持规划引领，优化产业布局, and a caption set wider than the column keep theirs)
    // (the width first, then the passes over the two lines)
    if (next && !isMarker(next) && !endsSentence(l.text) && (isSpaced(l) || isLong(l) || (l.col.fullCols > 0 && colsOf(l) >= l.col.fullCols - COMMA_LINE_SHORTFALL)) && commaOutsideMarks(l.text) && COMMA_OR_STOP.test(next.text) && !isSectionNumberLine(l.text) && !isOverWidth(l)) return false;
    // A line whose last character went down with the mark after it (秋粮是全年
    // 粮食生产的大 / 头。这段时间…): a line of running text broken early by the
    // rule that no line opens with a comma or stop; a head line ends whole.
    // (a colon, quote or bracket may follow a title's wrapped word, 福 / 建：深化改革)
    // (a line wider than its column is not the column's: a caption's, set wider)
    // (a justified next line spaces them apart: 显 / 示 ， 目 前 …)
    if (next && !isMarker(next) && PUSHED_DOWN_BY_STOP.test(isSpaced(next) ? next.text.replace(/\s+/gu, '') : next.text) && !isSectionNumberLine(next.text) && !endsSentence(l.text) && !isOverWidth(l)) return false;
    // … and so does a line that leaves a book title or a quotation open (《党组
    // 讨论和决定党员处分事 / 项工作程序规定》全文如下。) when the next line closes it
    // and reads on as text, punctuated: a head line never leaves its mark
    // open over a sentence (a title wrapped inside 《…》 has no punctuation after it).
    // So does one that is itself punctuated, whatever follows the close (19时58分，在《和平 /
    // ——命运共同体》的乐曲声): running text cut inside the mark; the next line is no subtitle.
    // (a line without 《 or “ leaves none open: its hints, not a pass over its text)
    if (next && !isMarker(next) && (hintsOf(l) & HINT_OPEN_MARK) !== 0 && leavesMarkOpen(l.text) && CLOSES_MARK_FIRST.test(next.text) && (MARK_CLOSED_THEN_PUNCTUATED.test(next.text) || /[，；,;]/u.test(l.text))) return false;
    // (a sentence ending inside the line, more text after it: running text, no head)
    const free = !endsSentence(l.text) && widthOf(l) <= MAX_DISPLAY_EM && !SENTENCE_END_INSIDE.test(l.text);
    // A punctuated line right before （下转…） is where the text broke off to go on elsewhere.
    if (this.sendsOn(i + 1) && INNER_PUNCT.test(l.text)) return false;
    // A line right before （上接…） is the title the marker belongs to.
    if (free && next && isMarker(next) && /上接|接上|续/.test(markerOf(next))) return this.because(i, 'title above a continued-from marker');
    // A byline stands alone whatever its width, and so does the title above it.
    if (this.isBylineAt(i)) return this.because(i, 'byline form (role word and names)');
    // A line set letter-spaced and wider than its column is a title justified
    // across a frame over several columns, not one of the column's lines.
    if (free && isSpaced(l) && !isLong(l) && isOverWidth(l) && !CLAUSE_GOES_ON.test(l.text)) return this.because(i, 'letter-spaced and wider than the column (a title across columns)');
    // … and a title above its subtitle (——…).
    if (free && this.isAboveHeadLine(i)) return this.because(i, 'above a byline or subtitle');
    // A subtitle (——…) right under a display line stands alone even where it
    // fills a narrow column to its edge: a paragraph never opens with a dash
    // straight under a title.
    // (as wide as a head spanning columns may be: a subtitle of 45 characters
    // under a title set over the page, 习近平总书记在庆祝…引发广大干部群众热烈反响)
    const subtitleFree = !endsSentence(l.text) && !SENTENCE_END_INSIDE.test(l.text);
    if (subtitleFree && isSubtitleLine(l.text) && !isLong(l) && i > 0 && this.displayMemo[i - 1] === 2 && !this.dashRunsOnInText(i)) return this.because(i, 'subtitle (——…) under a display line');
    // … and a line over a news report's first words (本报广州7月2日电…): the report opens there.
    if (free && !/[，、,；;：:]$/u.test(l.text) && this.isAboveTextStart(i) && !(next && isMarker(next))) return this.because(i, 'above a news lead (本报讯…)');
    // Phrases of a title set apart by a word space (服务越到位 群众越满意): running
    // text has no space between two Han words and no line of it goes without
    // punctuation and a space both, whatever its width.
    // (第二条 坚持用改革精神…: an article of a regulation opens its text so)
    if (free && !isSpaced(l) && !INNER_PUNCT.test(l.text) && TITLE_WORD_SPACE.test(l.text) && !NUMBERED_CLAUSE.test(l.text)) return this.because(i, 'phrases set apart by a word space, no punctuation');
    // A line opening with 的 goes on from the line above (全国所有乡镇及95% /
    // 的行政村已通5G): no sentence, paragraph or title opens with the particle
    // (的确, 的士 are words of their own). After a display line, it is one too.
    // (short of the column's edge, no bracket: running text cut after a head read wrongly goes on to the edge)
    if (free && !INNER_PUNCT.test(l.text) && !/[（(]/u.test(l.text) && !reachesEdge(l) && i > 0 && this.displayMemo[i - 1] === 2 && OPENS_WITH_DE.test(l.text)) return this.because(i, 'opens with 的, going on from the display line above');
    // A title between a kicker and the text: a line with no punctuation at all
    // after a display line, before an indented first line.
    // (a caption may stand between it and that first line)
    if (free && !INNER_PUNCT.test(l.text) && i > 0 && this.displayMemo[i - 1] === 2 && next && !isMarker(next)) {
      const first = this.isCaptionAt(i + 1) ? this.pieces[this.nextText(i)] : next;
      // (where the line itself is as wide as an indented first line and the
      // line under it is running text, punctuated, that fills the column
      // counted in characters (measuring short only by its digits or squeezed
      // marks), the line is the text's indented first line: 伊朗伊斯兰革命卫
      // 队今天 / （5月26日）发布声明说，其防)
      // (brackets and quotes punctuate running text as commas do: 天（9月23日）举行“高)
      const firstFull = first && this.indentWidth(l) && first.col.fullCols > 0 && colsOf(first) >= first.col.fullCols - FULL_COLS_SLACK && (INNER_PUNCT.test(first.text) || TEXT_MARKS.test(first.text));
      if (first && !isMarker(first) && this.indentWidth(first) && !endsSentence(first.text) && !firstFull) return this.because(i, 'unpunctuated line between a display line and an indented first line');
    }
    // A title under a column label that names its subject with a colon (来论 /
    // 杨士莪：为祖国海疆筑起万里 / 长城): no comma or stop anywhere in it, a short
    // label above it, and under it the text's punctuated first line or the
    // title's own unpunctuated last line. (A line listing with 、 is as often a
    // sentence's first line under a crosshead: 中共中央政治局常委、全国政协.)
    // (the line's own form first: the label's test reads the line above for a byline)
    if (free && i > 0 && this.displayMemo[i - 1] === 2 && NAMING_MARK_INSIDE.test(l.text) && !CLAUSE_PUNCT.test(l.text) && this.underShortLabel(i) && next && !isMarker(next) && (CLAUSE_PUNCT.test(next.text) || this.shortTail(i + 1))) {
      return this.because(i, 'a title naming its subject with a colon, under a column label');
    }
    // A headline that names its subject with a colon (山东曲阜：儒风千载传文脉,
    // no other mark), short of the column's edge by a column or more and not
    // broken early, over an indented first line that goes on: running text
    // with no sentence end reaches the edge.
    if (free && NAMING_COLON_LINE.test(l.text.trim()) && l.col.fullCols > 0 && colsOf(l) <= l.col.fullCols - 1 && !this.brokenEarly(i) && next && !isMarker(next) && this.indentWidth(next) && !endsSentence(next.text) && this.goesOn(i + 1)) {
      return this.because(i, 'a headline naming its subject with a colon, over an indented first line');
    }
    // Where blank lines separate blocks, a line standing between two of them
    // with no sentence end is a title, heading or byline whatever its width.
    const titleWide = l.col.fullWidth < LONG_LINE_EM || widthOf(l) <= MAX_TITLE_EM;
    if (free && titleWide && this.blanksSeparate && hasBlankAfter(l) && (i === 0 || hasBlankAfter(this.pieces[i - 1])) && !isSpaced(l) && !isLong(l) && !CLAUSE_GOES_ON.test(l.text)) {
      // (unless it is a paragraph's first line cut off by a column break)
      if (!(this.indentWidth(l) && this.goesOn(i))) return this.because(i, 'stands between blank lines with no sentence end');
    }
    // A title broken after its colon (南北狮舞： / 舞出新春精气神 over a subtitle): a
    // short line ending with the colon, where a paragraph would begin, over a title line.
    if (endsWithColon(l.text) && /^[^，。；！？,;]{2,12}[：:]$/u.test(l.text) && isShort(l) && !isLong(l) && next && !isMarker(next) && this.afterParagraphEnd(i) && !endsSentence(next.text) && this.isAboveHeadLine(i + 1)) {
      return this.because(i, 'a title\'s first part, broken after its colon');
    }
    // ■ 小标题: a decorated line stands alone whatever its width.
    if (hasDecor(l.text) && !endsSentence(l.text) && !isSpaced(l) && !isLong(l) && widthOf(l) <= MAX_DISPLAY_EM) return this.because(i, 'decorated line (■ …)');
    // A line with no punctuation between a sentence's end and a line stretched
    // to the indent (a paragraph's first line): a head line of its own.
    if (free && !INNER_PUNCT.test(l.text) && !isSpaced(l) && i > 0 && !isMarker(this.pieces[i - 1]) && endsSentence(this.pieces[i - 1].text) && next && !isMarker(next) && stretchedFirstLine(next)) {
      return this.because(i, 'unpunctuated line between a sentence end and a first line stretched to the indent');
    }
    // (or between a display line and such a first line: the head's next line, 文化中国行 / 信息流背后的精准麦收 / 眼 下 ， 全 国 …)
    if (free && !INNER_PUNCT.test(l.text) && !isSpaced(l) && i > 0 && this.displayMemo[i - 1] === 2 && next && !isMarker(next) && stretchedFirstLine(next)) {
      return this.because(i, 'unpunctuated line between a display line and a first line stretched to the indent');
    }
    // A text sent on elsewhere, （下转第8版）, ends its column there: an unpunctuated
    // line right under the marker, over an indented first line, is the next
    // article's title, whatever its width (习近平会见哈萨克斯坦总统, a column wider).
    if (free && holdsNoTextPunct(l.text) && !isSpaced(l) && i > 0 && this.sendsOn(i - 1) && next && !isMarker(next) && (this.indentWidth(next) || stretchedFirstLine(next)) && !endsSentence(next.text)) {
      return this.because(i, 'unpunctuated line under a marker sending the text on, over a first line');
    }
    if (!isDisplayShape(l)) return false;
    if (isSectionNumberLine(l.text)) return this.because(i, 'section number');
    if (next && !isMarker(next) && isForcedWrap(l, next)) return false;
    // A short line with no sentence end is a paragraph's indented first line,
    // not a heading, when the paragraph goes on in the next line.
    return !((this.indentWidthAt(i) || (this.useIndents && isIndented(l))) && this.goesOn(i)) && this.because(i, 'short of the column edge (or wider than it) with no sentence end');
  }

  /** The display line above i is a short label (a column's name, 来论, 思想纵横): no punctuation, a few characters. */
  private underShortLabel(i: number): boolean {
    const above = this.pieces[i - 1];
    return !isMarker(above) && !this.isBylineAt(i - 1) && !TEXT_PUNCT.test(above.text) && [...above.text.replace(/\s+/gu, '')].length <= MAX_LABEL_CHARS;
  }

  /** Line j is a title's wrapped last line: short of the column's edge, no punctuation, over a punctuated line (a caption may come between). */
  private shortTail(j: number): boolean {
    const l = this.pieces[j];
    const next = this.pieces[this.nextText(j)];
    return !!l && !isMarker(l) && !TEXT_PUNCT.test(l.text) && isDisplayShape(l) && !!next && !isMarker(next) && TEXT_PUNCT.test(next.text);
  }

  private because(i: number, rule: string): true {
    this.displayRule[i] = rule;
    return true;
  }

  /**
   * How many of the open paragraph's last lines are head lines run into it:
   * two or more lines with no punctuation at all after a line that ends a
   * sentence, the last of them short of the column's edge (0: none). A
   * paragraph ends with its stop; a title set in the column's width, its
   * kicker or its second line, carries none (…全产业链。 / 俄称打击西方远程武器
   * 部署点 / 乌称阻止俄军突破, a head printed before its text). One such line
   * alone is as often a paragraph's first line over a short last one.
   */
  private unpunctuatedTail(): number {
    const n = this.open.length;
    let k = 0;
    while (k < n - 1 && k < MAX_WRAPPED_TITLE_LINES && holdsNoTextPunct(this.open[n - 1 - k])) k++;
    if (k < 2 || this.openFull[n - 1] || !ENDS_WITH_STOP.test(this.open[n - 1 - k].trimEnd())) return 0;
    return longEnoughForHead(this.open.slice(n - k).join('').replace(/\s+/gu, '')) ? k : 0;
  }

  /** The line after i opens an article's text: a news lead (本报讯…) or a continued-from marker (（上接1版）). */
  private isAboveTextStart(i: number): boolean {
    const next = this.pieces[i + 1];
    if (!next) return false;
    if (isMarker(next)) return /上接|接上|续/.test(markerOf(next));
    return this.opensNewsReportAt(i + 1);
  }

  /** The line after i is a byline or a subtitle (——…): line i is a title. */
  private isAboveHeadLine(i: number): boolean {
    const next = this.pieces[i + 1];
    if (!next || isMarker(next) || endsSentence(next.text) || isLong(next)) return false;
    return this.isBylineAt(i + 1) || (isSubtitleLine(next.text) && !this.dashRunsOnInText(i + 1)) || isDecoratedName(next.text);
  }

  /**
   * Line i opens with a dash but runs on in a sentence, not a subtitle: it
   * closes a title mark the line above left open (制作的《平“语”近人 /
   * ——习近平喜欢的典故》), or it reaches the column's edge over a line that
   * ends a sentence (——DeepSeek更是迎来各 / 个行业的接入热潮。): a subtitle
   * ends with no stop.
   */
  private dashRunsOnInText(i: number): boolean {
    const l = this.pieces[i];
    const above = this.pieces[i - 1];
    if (above && !isMarker(above) && leavesTitleMarkOpen(above.text) && CLOSES_MARK_FIRST.test(l.text)) return true;
    const next = this.pieces[i + 1];
    return !!next && !isMarker(next) && isFull(l) && !isLong(next) && /[。！？!?]$/u.test(next.text.trim()) && isShort(next);
  }

  /** The paragraph that `l` opens goes on in `next`: a (nearly) full line, or
   *  a short last line that ends the sentence. */
  private goesOn(i: number): boolean {
    const l = this.pieces[i];
    // (a caption or furniture between columns is not where the text goes on)
    const j = this.nextText(i);
    const next = this.pieces[j];
    if (!next || isMarker(next) || startsParagraph(next) || isLong(next) || this.isNoteAt(j)) return false;
    if (this.useIndents && isIndented(next)) return false;
    if (this.isFurniture(j) || this.isBylineAt(j)) return false;
    // A title above a subtitle or byline does not continue a paragraph.
    if (!endsSentence(next.text) && this.isAboveHeadLine(j)) return false;
    // (in em or in columns: digits and Latin letters measure narrow in em)
    if (this.leftShortByPunctuation(j)) return true;
    const nearlyFull = isNearlyFull(next) || (!next.col.exact && !isLong(next) && next.col.fullCols > 0 && colsOf(next) >= next.col.fullCols - 1);
    // (a line as many characters wide as the column, with a comma inside, is
    // running text however its squeezed punctuation and quotes measure: a
    // head line is short; an indented first line is not where i goes on)
    if (nearlyFull) return !isDisplayShape(next) || (INNER_PUNCT.test(next.text) && !next.col.exact && colsOf(next) >= next.col.fullCols - 1) || widthOf(next) > next.col.fullWidth + OVER_WIDTH_TOLERANCE;
    // In a monospaced column any last line is shorter than full, so the sentence end decides.
    if (l.col.exact) return !!endsSentence(next.text);
    // (measured both ways: squeezed punctuation can hide a column or two)
    return !!endsSentence(next.text) && (widthOf(next) < l.col.fullWidth - 2.5 || colsOf(next) < l.col.fullCols - 2.5);
  }

  /**
   * Line j stops one character short because its last character went down
   * with the punctuation after it: no line may open with a comma or a stop
   * (避头), so 超越隔 / 阂，经久… leaves the column edge one short. Such a
   * line is full.
   */
  private leftShortByPunctuation(j: number): boolean {
    const l = this.pieces[j];
    const after = this.pieces[j + 1];
    if (!after || isMarker(after) || isSpaced(l) || isLong(l) || endsSentence(l.text)) return false;
    return colsOf(l) >= l.col.fullCols - 1.5 && colsOf(l) < l.col.fullCols && this.brokenEarly(j);
  }

  /**
   * Line i ends a character early by the rules of line breaking: the next line
   * opens with the character that went down with a mark no line may open with
   * (隔 / 阂，), or with an opening mark no line may end with (保障 / “十五五”).
   */
  private brokenEarly(i: number): boolean {
    const next = this.pieces[i + 1];
    return !!next && !isMarker(next) && (PUSHED_DOWN.test(next.text) || OPENS_WITH_MARK.test(next.text));
  }

  /** As wide as an indented first line, or a character less where the line broke early. */
  private indentWidthAt(i: number): boolean {
    const l = this.pieces[i];
    if (this.indentWidth(l)) return true;
    return this.indentsLost && this.brokenEarly(i) && hasIndentWidth(l, 2);
  }

  /** Line i stands where a paragraph would begin: first, or after a marker or a paragraph's end. */
  private afterParagraphEnd(i: number): boolean {
    return i === 0 || isMarker(this.pieces[i - 1]) || this.ended[i - 1] === 1;
  }

  /** Index of the line after i that holds text: furniture and captions between columns are skipped. */
  private nextText(i: number): number {
    let j = i + 1;
    while (j < this.pieces.length && !isMarker(this.pieces[j]) && (this.isFurniture(j) || this.isCaptionAt(j))) j++;
    return j;
  }

  /**
   * Does the paragraph end after line i? A line that ends a sentence and
   * stops short of the column edge ends its paragraph. A full line that ends
   * a sentence ends it only when the next line opens a new one: indented, or
   * as narrow as an indented line.
   */
  private endsAt(i: number): boolean {
    const l = this.pieces[i];
    if (endsParagraph(l)) return true;
    // An end note glued to the paragraph may itself be wrapped: …。(转自《吉林日 / 报》)
    const closesBracket = endsWithCloseBracket(l.text);
    if (closesBracket && this.open.length > 1 && splitTrailingNote(this.open.slice(-3).join(''))) return true;
    // … or stand alone over two or three lines: （新华社呼和浩特10月21 / 日电）.
    if (closesBracket && this.open.length > 1 && this.open.length <= 3 && isNote(joinLines(this.open))) return true;
    const end = endsSentence(l.text);
    if (!end) return false;
    // Whole-paragraph lines end their paragraph, unless a column break cut it after ；or ：
    if (isLong(l)) return end === 'strong';
    const nextIndex = this.nextText(i);
    const next = this.pieces[nextIndex];
    if (isLatinLine(l) && !isLong(l)) {
      if (this.blanksSeparate) return hasBlankAfter(l) || !next || isMarker(next) || this.isDisplayAt(nextIndex);
      return end === 'strong' && brokenEarly(l, next);
    }
    if (next && !isMarker(next) && this.useIndents && isIndented(next)) return true;
    if (isShort(l)) {
      // An indented first line whose sentence ends right at the line end, with a full line after it.
      // (or right under a head: 秋粮是全年粮食生产的大头。 under its byline, over a full line)
      const first = this.afterParagraphEnd(i) || (i > 0 && this.displayMemo[i - 1] === 2);
      const continues = first && this.indentWidth(l) && end === 'strong' && !!next && !isMarker(next) && isFull(next) && !endsSentence(next.text) && !(this.useIndents && !isIndented(l));
      return !continues;
    }
    if (this.blanksSeparate && hasBlankAfter(l)) return true;
    if (!next || isMarker(next) || startsParagraph(next)) return true;
    if (this.isDisplayAt(nextIndex) || this.isNoteAt(nextIndex)) return true;
    // (a whole paragraph on one line after it: no column's line goes on in a
    // line longer than any column, an e-paper copy's next paragraph)
    if (end === 'strong' && isLong(next)) return true;
    if (end === 'weak') return false;
    if (stretchedFirstLine(next)) return true;
    if (next.col.exact || l.col.exact) return this.indentWidth(next) && !endsSentence(next.text);
    // A short next line that itself ends a sentence may just be this paragraph's tail.
    const indented = !isSpaced(next) && widthOf(next) < l.col.fullWidth - 1;
    return indented && !(endsSentence(next.text) && isShort(next));
  }
}

/**
 * A letter-spaced line of Han characters only, one short of the column's
 * width at most: spaced out to the edge with no character pushed on (a
 * paragraph's first line, stretched, holds two fewer; a text line stretched
 * because a stop would have opened the next line holds punctuation).
 */
function spacedToEdge(l: Piece): boolean {
  const chars = l.text.replace(/\s+/g, '');
  return isSpaced(l) && l.col.fullCols > 0 && HAN_ONLY.test(chars) && chars.length >= l.col.fullCols - 1;
}

/** A line with a comma this many columns short of the column's edge at most may be running text (an indented first line is two short). */
const COMMA_LINE_SHORTFALL = 3;

/** A full-width comma outside “…” and 《…》 (马年说“马”，龙马精神 has one; 《走好…之路，建设金融强国》 none). */
function commaOutsideMarks(text: string): boolean {
  // (read by unit: a string iterator made a string a character, about half of computeDisplayAt on page 003)
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a || c === 0x201c) depth++; // 《 “
    else if ((c === 0x300b || c === 0x201d) && depth > 0) depth--; // 》 ”
    else if (c === 0xff0c && depth === 0) return true; // ，
  }
  return false;
}

/** A comma or stop of running text (the line under a comma line, computeDisplayAt). */
const COMMA_OR_STOP = /[，。；！？]/u;

/** A 《 the line opens and does not close (a quotation inside it closed or not: 制作的《平“语”近人). */
function leavesTitleMarkOpen(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '《') depth++;
    else if (c === '》' && depth > 0) depth--;
  }
  return depth > 0 || leavesMarkOpen(text);
}

/**
 * A letter-spaced line with two or more characters fewer than a full line: an
 * indented first line stretched to the indent (随 着 国 际 航 线 持 续 加 under
 * …热潮。). A line inside a paragraph is stretched only where its last
 * character went down with a mark no line may open with, a character or two
 * short of full.
 */
function stretchedFirstLine(l: Piece): boolean {
  if (!isSpaced(l) || !l.col.fullCols || isLong(l)) return false;
  return spacedLineCols(l) <= l.col.fullCols - 2.5;
}

export function readItems(lines: Line[]): Item[] {
  return new Reader(splitMarkers(lines)).read();
}
