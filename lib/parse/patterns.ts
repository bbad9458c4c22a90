// Patterns of newspaper typography: what a byline, an end note, a jump
// marker, a caption or a section number looks like. General forms only;
// nothing here names one paper or one article.

import { ALL_HINTS, HINT_CAPTION, HINT_ROLE, HINT_SPACE } from './char-hints';
import { opensWithSurname } from './surnames';

/** [...text].length > n (characters, a pair of surrogates one), counted without an array of the characters (a paragraph's thousand strings). */
export function hasMoreChars(text: string, n: number): boolean {
  if (text.length <= n) return false;
  if (text.length > 2 * n) return true;
  let chars = 0;
  for (let i = 0; i < text.length; i++, chars++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return chars > n;
}

const HAN = '\\p{Script=Han}';
const SP = '[ \\t\\u00a0\\u3000]';
const OPEN = '[（(]';
const CLOSE = '[）)]';

/** Two or more Han phrases of three or more characters, parted by single spaces (学思想 强党性 重实践 建新功): a theme kicker's shape. */
export const PARALLEL_PHRASES = /^\p{Script=Han}{3,}(?:[ \u3000]\p{Script=Han}{3,})+$/u;
/** Han characters only. */
export const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Sentence-final punctuation, optionally followed by closing quotes/brackets. */
export const STRONG_END = /(?:[。！？!?]|……|…|\.{3})[”’」』）)\]》"']*$/u;
/** A clause that leads into what follows: 先烈们—— / 如下： */
export const WEAK_END = /(?:——|—|：|:|；|;)$/u;
/** Sentence end for English text. */
export const LATIN_END = /[.!?]["'”’)\]]*$/u;

/** Jump markers: （上接 1版） （上接第1版） （下转第二版） （接上版） （转第3版）. */
export const JUMP_MARKER = new RegExp(
  `${OPEN}${SP}*(?:上接|下转|接上|转下|续|接|转)${SP}*(?:第?${SP}*(?:[A-Za-z]?\\d{1,2}|[一二三四五六七八九十]+)${SP}*版|上版|下版)?${SP}*${CLOSE}`,
  'u',
);

/** Bylines with a role word: 本报记者 包松娅 / 《人民日报》评论员 / 记者 王茵 通讯员 李四. */
/** Column names built on a role word: 记者手记, 记者观察, 评论员观察, 记者调查. */
const ROLE_COLUMN = /^(?:记者|评论员|通讯员|编者)(?:手记|观察|札记|调查|笔记|随笔|视点|来信|走基层|在现场|再探访|蹲点)$/u;
const BYLINE_ROLE = new RegExp(
  `(?:记者|通讯员|评论员|特约评论员|撰稿人?|作者|文／|文/|口述|整理|摄影|编译|主持人)`,
  'u',
);
/** A name list: 张文静 陈云 (up to five names of 2–3 Han characters; four-character
 *  runs are more often phrases, as in a kicker 牢记嘱托 感恩奋进). */
const NAME_LIST = new RegExp(`^${HAN}{2,3}(?:${SP}+${HAN}{2,3}){0,4}$`, 'u');
/** Position then name: 辽源市文联党组书记、主席 苏勃. */
const POSITION_NAME = new RegExp(`^[${HAN}、，,《》（）()]{4,30}${SP}+${HAN}{2,4}$`, 'u');
const POSITION_WORD = /(?:书记|主席|部长|主任|局长|院长|校长|教授|研究员|会长|市长|县长|区长|委员|主编|社长|经理|理事长|党组|厅长|处长|馆长|所长)/u;
const POSITION_WORD_AT_END = new RegExp(`${POSITION_WORD.source}$`, 'u');
/** A name (2–4 characters), possibly with a one-character suffix such as 论 or 文. */
const MAX_DECOR_BYLINE_CHARS = 5;
const DECOR_MARKS = '■●◆▲□○◇★☆▼◎◉◼▪•·';
const DECOR = new RegExp(`^[${DECOR_MARKS}]+[ \\t\\u3000]*`, 'u');
/** DECOR's first character (all single UTF-16 units below U+2700), tested by code first: these run on nearly every line. */
const DECOR_CODES = new Set([...DECOR_MARKS].map((mark) => mark.charCodeAt(0)));
const opensWithMark = (text: string) => {
  const c = text.charCodeAt(0); // NaN for ''
  return c < 0x2700 && DECOR_CODES.has(c);
};

/** Strips the decorative mark before a byline or crosshead (■钟华论). */
export function stripDecor(text: string): string {
  return opensWithMark(text) ? text.replace(DECOR, '') : text;
}
export function hasDecor(text: string): boolean {
  return opensWithMark(text) && DECOR.test(text);
}

/** What may stand before a reporter's role word in a byline: the paper or agency, a posting, a rank. */
const ROLE_PREFIX = /^(?:本报|本刊|新华社|中新社|《[^》]{1,12}》|\p{Script=Han}{1,10}(?:报|社|台|网|杂志|通讯社))?(?:驻\p{Script=Han}{1,6})?(?:首席|特约|见习|实习|高级)?$/u;
const REPORTER_ROLE = /记者|通讯员|评论员/u;

/**
 * The role word stands inside a phrase, not at the head of a byline: 李强总理会见
 * 中外记者并回答提问 is a title. Before 记者, 通讯员 or 评论员 a byline has only
 * its paper and posting (本报驻京记者), or a name and a space.
 */
function roleWordInPhrase(bare: string): boolean {
  const m = REPORTER_ROLE.exec(bare);
  if (!m || !m.index) return false;
  const before = bare.slice(0, m.index);
  return !/\s$/u.test(before) && !ROLE_PREFIX.test(before.trim());
}

/**
 * 作者 read inside a word that ends with it (新闻工作者, 创作者, 合作者), no
 * other role word after it: a title's words (赵乐际看望…报道的 / 新闻工作者), not
 * a writer's credit (作者 stands first in one, or after a paper: 本报特约作者).
 */
function authorInWord(bare: string): boolean {
  const m = BYLINE_ROLE.exec(bare);
  return !!m && m[0] === '作者' && m.index > 0 && /[工创写合操协]/u.test(bare[m.index - 1]) && !BYLINE_ROLE.test(bare.slice(m.index + 2));
}

/**
 * Is this whole line a byline? `strict` (outside the title zone) accepts only
 * lines with a role word; in the title zone a bare name list counts too.
 */
export function isBylineLine(text: string, strict: boolean): boolean {
  const t = text.trim();
  if (isEnglishByline(stripDecor(t))) return true;
  if (!t || hasMoreChars(t, 40) || /[。！？；!?;]/.test(t)) return false;
  const bare = stripDecor(t);
  if (!bare) return false;
  // 记者手记, 评论员观察: a standing column's name, not a byline.
  if (ROLE_COLUMN.test(bare)) return false;
  // (a colon before a phrase names a title's subject: 人民日报评论员文章：以中国式现代化全面推进…;
  // a byline's colon stands before names, 本报记者：张晓明)
  if (/[：:]\s*\p{Script=Han}{6,}/u.test(bare)) return false;
  if (BYLINE_ROLE.test(bare) && !/[，,]/.test(bare.replace(/[《》]/g, '')) && !roleWordInPhrase(bare) && !authorInWord(bare)) {
    // A role word and names, not a sentence: 本报记者 包松娅, 《人民日报》评论员
    return [...bare].length <= 40;
  }
  if (strict) return false;
  // ■钟华论: a mark and a name (a longer ■ line is a crosshead).
  if (hasDecor(t) && [...bare].length <= MAX_DECOR_BYLINE_CHARS && !/[\s，、：:]/.test(bare)) return true;
  // (every name opening with a surname: 粮丰收 全面打, a title wrapped at a
  // space, is no name list)
  if (NAME_LIST.test(bare) && /\s/.test(bare) && bare.split(/\s+/u).every(opensWithSurname)) return true;
  // (the position ends with its title word, right before the name: 政协第十四届全国委员会
  // 第一次会议举行预备会议 汪洋主持, a title, has 委员 inside 全国委员会 and no position)
  if (POSITION_NAME.test(bare) && POSITION_WORD_AT_END.test(bare.replace(/\s+\S+$/u, ''))) return true;
  return false;
}

/**
 * The structured form of a byline: [paper] role [names], repeated —
 * 本报记者 张晓明 / 本报通讯员 赵磊 本报记者 孙悦 / 新华社记者 李雪 王海涛 /
 * 《人民日报》评论员 / 本报评论员. With `spaced`, names must stand apart from
 * the role word, so a wrapped text line (记者从省粮食和) never matches.
 */
const BYLINE_ORG = `(?:《[^》]{1,14}》|本报|本刊|新华社|中新社|人民日报|光明日报|经济日报|${HAN}{2,8}?(?:日报|晚报|报社|电视台|融媒体中心|客户端))?`;
const BYLINE_ROLE_WORD = `(?:首席|特约|见习|驻${HAN}{1,4})?(?:记者|通讯员|评论员|撰稿人|撰稿|特约评论员)`;
const BYLINE_NAMES = `(?:${SP}+${HAN}{2,5}(?:[·•]${HAN}{1,5})?(?:${SP}+${HAN}{2,5}(?:[·•]${HAN}{1,5})?){0,5})`;
const STRUCTURED_BYLINE_SPACED = new RegExp(`^(?:${BYLINE_ORG}${BYLINE_ROLE_WORD}${BYLINE_NAMES}?${SP}*)+$`, 'u');
const STRUCTURED_BYLINE = new RegExp(`^(?:${BYLINE_ORG}${BYLINE_ROLE_WORD}${SP}*(?:${HAN}{2,4}(?:${SP}+${HAN}{2,4}){0,5})?${SP}*)+$`, 'u');
const LETTER_SPACED_BYLINE = new RegExp(`^${BYLINE_ORG}${BYLINE_ROLE_WORD}${HAN}{2,3}$`, 'u');
/** English bylines: By Li Na / By Michael Grant and Sara Li / By LI NA. */
const ENGLISH_BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,4}$/u;
/** ENGLISH_BYLINE, asked only of lines that open with By (these run on nearly every line). */
const isEnglishByline = (t: string) => t.charCodeAt(0) === 0x42 && t.charCodeAt(1) === 0x79 && ENGLISH_BYLINE.test(t);
/** A space at lastIndex (sticky: tests one position without cutting the string). */
const SPACE_AT = /\s/uy;

/** Every structured byline holds a role word (记者, 通讯员, 评论员, 撰稿): a test
 *  by code before the pattern, which most lines fail. */
export function hasRoleWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5458) return true; // 员
    if (c === 0x8bb0 ? t.charCodeAt(i + 1) === 0x8005 : c === 0x64b0 && t.charCodeAt(i + 1) === 0x7a3f) return true; // 记者, 撰稿
  }
  return false;
}

/** `hints`: the text's char-hints.ts bits, where they are known (every form
 *  needs a role word or a space: By and its names stand apart). */
export function isStructuredByline(text: string, spaced = true, hints = ALL_HINTS): boolean {
  if (!(hints & (HINT_ROLE | HINT_SPACE))) return false;
  const t = stripDecor(text.trim());
  if (isEnglishByline(t)) return true;
  if (t.length > 60) return false;
  if (hints & HINT_ROLE && hasRoleWord(t) && (spaced ? STRUCTURED_BYLINE_SPACED : STRUCTURED_BYLINE).test(t)) return true;
  // A byline set letter-spaced across a narrow column (本 报 记 者 沈 帅 春):
  // a role word and one short name, nothing a text line would go on with.
  // (Its first character stands alone: a cheap test before the split, which
  // would otherwise run on every line read.)
  const first = t.codePointAt(0);
  if (first === undefined || !(hints & HINT_SPACE)) return false;
  SPACE_AT.lastIndex = first > 0xffff ? 2 : 1;
  if (!SPACE_AT.test(t)) return false;
  const parts = t.split(/\s+/u);
  return parts.length >= 4 && parts.every((x) => [...x].length === 1) && LETTER_SPACED_BYLINE.test(parts.join(''));
}

/** 本报讯（记者 王茵） / 本报北京7月1日电（记者 张三 李四）: the lead names the reporter. */
const LEAD_BYLINE = new RegExp(
  `^(?:本报|本刊)[${HAN}\\d月日]{0,12}?(?:讯|电)${SP}*${OPEN}${SP}*((?:(?:本报|首席|见习|特约)?(?:记者|通讯员)${SP}*[^（）()]{1,30}?))${SP}*${CLOSE}`,
  'u',
);
export function bylineFromLead(paragraph: string): string | null {
  const m = LEAD_BYLINE.exec(paragraph);
  if (!m) return null;
  // 记者王茵 → 记者 王茵: the role and the name stand apart in a byline.
  return m[1].replace(/\s+/g, ' ').trim().replace(/(记者|通讯员)(?=[^\s、，,])/gu, '$1 ');
}
/** A paragraph that opens a news report: 本报讯 / 新华社北京6月30日电 / 本报记者 XX 报道. */
export const NEWS_LEAD = new RegExp(
  // (讯 of 通讯员 is no lead: 本报记者 陈燕鑫 通讯员 潘 is a byline cut at the line end)
  `^(?:本报|本刊|新华社|中新社|人民网|新华网|央视网|据新华社|据)[${HAN}\\d月日 ]{0,14}?(?:(?<!通)讯|电)`,
  'u',
);

/** The first characters NEWS_LEAD's forms open with (本报 本刊 新华社 中新社 人民网 新华网 央视网 据). */
const NEWS_LEAD_FIRST = new Set([...'本新中人央据'].map((c) => c.charCodeAt(0)));
/** NEWS_LEAD.test, its first character read first (it is asked of nearly every line). */
export const opensNewsLead = (text: string) => NEWS_LEAD_FIRST.has(text.charCodeAt(0)) && NEWS_LEAD.test(text);

/** End notes: （新华社北京6月30日电） (转自《人民日报》) （作者单位：…） （胡方玉 宋海珊）. */
const NOTE_BODY = new RegExp(
  `^${OPEN}${SP}*(?:(?:新华社|中新社|本报|据)[^（）()]{0,30}?电|转自|摘自|选自|原载|来源|作者|本文|记者|通讯员|编者|本报记者|责任编辑|据)[^（）()]{0,80}${CLOSE}$`,
  'u',
);
const NOTE_NAMES = new RegExp(`^${OPEN}${SP}*${HAN}{2,4}(?:${SP}+${HAN}{2,4}){0,4}${SP}*${CLOSE}$`, 'u');
/** Opens with （ or ( (after any space): a test by code before patterns that need it, which run on every line. */
function opensWithBracket(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c === 0xff08 || c === 0x28;
}
export function isNote(text: string): boolean {
  if (!opensWithBracket(text)) return false;
  const t = text.trim();
  return NOTE_BODY.test(t) || NOTE_NAMES.test(t);
}
/**
 * A line that reports who said what (丁薛祥在山西调研时强调, 李强会见…时指出): it
 * runs on into what was said. 讲话 only before a colon: a headline ending on
 * it has said all (…出席会议并讲话, 发表重要讲话).
 */
const SPEECH_REPORT = /(?:(?:强调|指出|表示|要求|提出|致信|寄语|时说)[：:]?|讲话[：:])$/u;
export const reportsSpeech = (text: string) => SPEECH_REPORT.test(text.trim());
/**
 * A line that ends on who claims (伊朗称, 以军称: the news agencies' "X称 …"
 * headline): what is claimed is on the next line, never a new title. Not the
 * words that end in 称 (名称, 简称, 号称, 堪称…).
 */
const CLAIM_REPORT = /\p{Script=Han}(?<![名职简对相昵统俗堪号人尊指泛合通全旧别爱美总])称$/u;
export const reportsClaim = (text: string) => CLAIM_REPORT.test(text.trim());
/**
 * A line that opens on who claims (俄称…, 以军称…, 哈马斯称…): the news
 * agencies' headline of two sides' claims sets each on a line of its own
 * (俄称击落乌军两架米-8直升机 / 乌称打击俄境内石油加工厂), one title. Not 称号, 称为, 称赞.
 */
const CLAIM_OPENING = /^[^\s，。、：:“”《》（）()]{1,7}称(?![号为赞作道])/u;
export const opensWithClaim = (text: string) => CLAIM_OPENING.test(text.trim());

/** A line opening with one character and a punctuation mark no line may open with (its character went down with the mark, 避头尾). */
export const PUSHED_DOWN = /^\p{Script=Han}[，。、；：！？”’）》」』]/u;

/** The last book-title mark or quotation mark of a line opens and is not closed (国务院印发《关于开展). */
export function leavesMarkOpen(text: string): boolean {
  // (/[《“][^》”]*$/u read from the end: the last of 《“》” is an opening one)
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a || c === 0x201c) return true; // 《 “
    if (c === 0x300b || c === 0x201d) return false; // 》 ”
  }
  return false;
}

/** ■卢健 / □ 田林琳: a mark and a name, a byline whatever stands before it. */
export function isDecoratedName(text: string): boolean {
  return hasDecor(text) && isBylineLine(text, false) && stripDecor(text).replace(/\s/g, '').length <= 5;
}

/** A note of names only, or a reporter's, signing the text above it: （龚凯霞 江思）, （记者 王珂）. */
export function isSignatureNote(text: string): boolean {
  const t = text.trim();
  return NOTE_NAMES.test(t) || SIGNATURE_NOTE.test(t);
}
const SIGNATURE_NOTE = new RegExp(`^${OPEN}${SP}*(?:本报)?(?:记者|通讯员)${SP}*${HAN}{2,4}(?:${SP}*[、，,]?${SP}*${HAN}{2,4}){0,4}${SP}*${CLOSE}$`, 'u');
/** A note glued to the end of the last paragraph: …开新局。(转自《吉林日报》). */
export const TRAILING_NOTE = new RegExp(
  `(?<=[。！？!?”’…])${SP}*(${OPEN}${SP}*(?:(?:新华社|中新社|本报|据)[^（）()]{0,30}?电|转自|摘自|选自|原载|来源|作者|据)[^（）()]{0,80}${CLOSE})$`,
  'u',
);
export function splitTrailingNote(text: string): [string, string] | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0xff09 && last !== 0x29) return null; // ends with ） or )
  // The note holds no bracket but its last: it opens at the text's last （ or (,
  // and the match starts where the spaces before that begin, after a sentence's
  // end. So the pattern is run on the text from the character before those
  // spaces, not tried at every place of a paragraph (its look-behind first).
  // (found by code, back from the end: lastIndexOf runs outside the optimised code, a
  // call into the runtime each, two a text)
  let from = text.length - 1;
  while (from >= 0 && text.charCodeAt(from) !== 0xff08 && text.charCodeAt(from) !== 0x28) from--;
  while (from > 0 && isNoteSpace(text.charCodeAt(from - 1))) from--;
  if (from <= 0) return null;
  const m = TRAILING_NOTE.exec(text.slice(from - 1));
  if (!m) return null;
  return [text.slice(0, from - 1 + m.index).trimEnd(), m[1]];
}
/** A unit of SP (the spaces TRAILING_NOTE allows before the note). */
const isNoteSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
/** Notes that close an article: what follows them is a new article. */
export function isClosingNote(text: string): boolean {
  return /(?:电|转自|摘自|选自|原载|来源|作者单位|作者系|作者为)/u.test(text);
}

/** Photo captions end with the photographer's credit: 本报记者 夏景明 摄 / （新华社记者 李四摄）. */
/** A photo agency or source in brackets after the credit: 马海峰摄（人民视觉） / （新华社发）. */
const CREDIT_SOURCE = `(?:${SP}*${OPEN}[^（）()]{2,12}${CLOSE})?`;
const CAPTION_CREDIT = new RegExp(`(?:摄|供图|制图|新华社发|图片来源[：:][^。]{1,30}|资料图片|视觉中国|人民视觉)${SP}*${CLOSE}?${CREDIT_SOURCE}$`, 'u');
const CAPTION_LEAD = new RegExp(`^(?:图为|上图|下图|左图|右图|图[①②③④⑤⑥⑦⑧⑨⑩\\d]|▲|△)`, 'u');
/** Characters every caption form holds; lines without them are not tested further. */
const CAPTION_HINT = /[摄图▲△资视]/u;
const PHOTO_CREDIT = new RegExp(`(?:${HAN}{2,4}|记者|通讯员)${SP}*(?:摄|供图|制图)${SP}*${CLOSE}?${CREDIT_SOURCE}$`, 'u');
/** `hints`: the text's char-hints.ts bits, where they are known. */
export function isCaption(text: string, hints = ALL_HINTS): boolean {
  if (!(hints & HINT_CAPTION) || !CAPTION_HINT.test(text)) return false;
  // A credit cut at the line end (…高博摄（人民视): read without the open bracket's tail.
  const t = text.trim().replace(/(摄)[（(][^）)]{0,8}$/u, '$1');
  if (hasMoreChars(t, 300)) return false;
  if (CAPTION_CREDIT.test(t)) {
    // The credit is a name and 摄 at the very end, never mid-sentence prose.
    return PHOTO_CREDIT.test(t) || /资料图片|视觉中国|人民视觉|新华社发|图片来源/u.test(t);
  }
  return CAPTION_LEAD.test(t) && !hasMoreChars(t, 200);
}

/** Section numbers and crosshead marks: （一） 一、 1. ■ 小标题 第一部分. */
const SECTION_NUMBER = new RegExp(
  `^(?:${OPEN}${SP}*[一二三四五六七八九十百]+${SP}*${CLOSE}|[一二三四五六七八九十]+${SP}*[、．.]|第[一二三四五六七八九十]+(?:部分|章|节)|[①②③④⑤⑥⑦⑧⑨⑩])`,
  'u',
);
export function isSectionNumberLine(text: string): boolean {
  return SECTION_NUMBER.test(text.trim());
}
const BARE_SECTION_NUMBER = new RegExp(`^${OPEN}${SP}*[一二三四五六七八九十百]+${SP}*${CLOSE}$|^[一二三四五六七八九十]+$`, 'u');
export function isBareSectionNumber(text: string): boolean {
  return text.length <= 12 && BARE_SECTION_NUMBER.test(text.trim());
}

/** A sentence's end with more text after it. */
export const SENTENCE_END_INSIDE = /[。！？][”’」』）)]?[^\s”’」』）)]/u;

/** 副题 opens with a dash: ——论中国共产党人的精神谱系之二十六. */
export function isSubtitleLine(text: string): boolean {
  // /^(?:——|—|--|－－)/ read by code (it runs on every line)
  const t = text.trimStart();
  const c = t.charCodeAt(0);
  if (!(c === 0x2014 || ((c === 0x2d || c === 0xff0d) && t.charCodeAt(1) === c))) return false;
  // A sentence ending inside the line with more after it: running text whose
  // dash fell at a line's start (萨克斯故乡 / ——迪南举行。活动设置了20), no subtitle.
  return !SENTENCE_END_INSIDE.test(t);
}

/** A series name and its part set apart by a middle dot or a dash pair, Han on both sides (一线调研·加快形成新质生产力, 新时代新征程新伟业——实干笃行): a kicker's form. */
export const SERIES_KICKER = /\p{Script=Han}(?:[·•]|——)\p{Script=Han}/u;
