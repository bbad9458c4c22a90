// Page furniture: the masthead, page header and footer, dates, issue numbers,
// 刊号, editor credits, addresses, phones, e-mail and URLs. None of it is part
// of an article; what it says about the page (paper, date, 版次) is kept.

import { ALL_HINTS, HINT_COLON, HINT_FURNITURE, HINT_YEAR } from './char-hints';
import type { PageInfo } from './types';

const CREDIT = /(?:审签|审稿|责任编辑|责编|编辑|美编|校对|校读|版式设计|版面设计|版式|组版|制图|统筹|主编|签发|视觉)\s*[：:∶]\s*[\p{Script=Han}]{2,4}/gu;
const CONTACT = /(?:地址|邮编|邮政编码|电话|传真|热线|广告|发行|印刷厂?|承印|定价|零售价|订阅|投稿|网址|邮箱|信箱)\s*[：:∶]/gu;
const WEEKDAY_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]/u;
const BARE_DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$/u;
const LUNAR_DATE = /^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年/u;
const ISSUE = /(?:国内统一刊号|国际标准连续出版物号|统一刊号|刊号|邮发代号|ISSN|CN\s*\d{2}\s*[-－]\s*\d{4}|总第\s*\d+\s*期|今日\s*\d+\s*版|本期\s*\d+\s*版|(?:^|\s)第\s*\d+\s*期(?=\s|$))/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
const URL = /(?:https?:\/\/|www\.)\S+/iu;
// (主管, 主办 and 出版发行 stand in news too — 中国主办…峰会, 《…概论》出版发行 —
// so only as the masthead prints them: after the body that runs the paper, or before a colon)
const PUBLISHER = /(?:[社委会部局厅院](?:主管主办|主管|主办)(?=\s|$)|(?:主管|主办)(?:单位)?\s*[：:∶]|社出版|承印|印刷有限公司|版权所有|广告经营许可证)/u;
const PHONE = /(?:\d{3,4}[-－]\d{7,8}|\d{7,8})/u;
/** A page header: 4 要闻 / 第04版：要闻 / A4 要闻 / 要闻 4. */
// (a number then a unit is a quantity, the tail of a wrapped title: …成立 / 75周年)
const PAGE_HEADER = /^(?:第?\s*[A-Z]?\d{1,2}\s*(?!周年|年|岁|个|天|日|月|人|名|万|亿|项|条|次|届|期|周|小时|分钟|公里|米|元|倍|家|所|座|件|余|多)版?\s*[：:∶]?\s*[\p{Script=Han}]{2,6}|[\p{Script=Han}]{2,6}\s+[A-Z]?\d{1,2})$/u;
/** A masthead in pinyin: LIAO YUAN RI BAO. */
/** A bare page number: 4 / - 4 - / A4 / 第4版. */
const PAGE_NUMBER = /^(?:[-—–·\s]*[A-Z]?\d{1,3}[-—–·\s]*|第\s*[A-Z]?\d{1,3}\s*版)$/u;
const PINYIN_MASTHEAD = /^[A-Z]{2,}(?:\s+[A-Z]{2,}){1,6}$/u;

/**
 * Every furniture form holds one of these; lines without any are not tested
 * further: /[\d:：∶@年]|www|主管|主办|出版|承印|版权|刊号|[A-Z]{2}/, read by code
 * (it runs on every line, and the pattern's alternatives cost a try each per
 * character).
 */
function hasFurnitureHint(t: string): boolean {
  // (the next character is read only after a first one of a pair: a read per character doubled the loop's cost)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x40) return true; // \d : @
      if (c >= 0x41 && c <= 0x5a) {
        const d = t.charCodeAt(i + 1); // NaN past the end
        if (d >= 0x41 && d <= 0x5a) return true; // [A-Z]{2}
      } else if (c === 0x77 && t.charCodeAt(i + 1) === 0x77 && t.charCodeAt(i + 2) === 0x77) return true; // www
      continue;
    }
    switch (c) {
      case 0xff1a: // ：
      case 0x2236: // ∶
      case 0x5e74: // 年
        return true;
      case 0x4e3b: // 主管 主办
        if (t.charCodeAt(i + 1) === 0x7ba1 || t.charCodeAt(i + 1) === 0x529e) return true;
        break;
      case 0x51fa: // 出版
        if (t.charCodeAt(i + 1) === 0x7248) return true;
        break;
      case 0x627f: // 承印
        if (t.charCodeAt(i + 1) === 0x5370) return true;
        break;
      case 0x7248: // 版权
        if (t.charCodeAt(i + 1) === 0x6743) return true;
        break;
      case 0x520a: // 刊号
        if (t.charCodeAt(i + 1) === 0x53f7) return true;
        break;
    }
  }
  return false;
}

/** A field name's colon: every CREDIT and CONTACT form ends its name with one. */
const hasColon = (text: string) => text.includes('：') || text.includes(':') || text.includes('∶');

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Is this line page furniture? Strict forms only, so body text never matches.
 *  `hints`: the line's char-hints.ts bits, where they are known. */
export function isFurnitureLine(line: string, hints = ALL_HINTS): boolean {
  if (!(hints & HINT_FURNITURE)) return false;
  const t = line.trim();
  if (!t) return false;
  const len = t.length;
  if (len > 400 || !hasFurnitureHint(t)) return false;
  // (both dates hold 年: a cheap test before two scans of the line)
  if (hints & HINT_YEAR && ((t.includes('年') && (WEEKDAY_DATE.test(t) || BARE_DATE_LINE.test(t))) || LUNAR_DATE.test(t))) return true;
  if (hints & HINT_COLON && hasColon(t)) {
    const credits = countMatches(CREDIT, t);
    if (credits >= 2 || (credits === 1 && len <= 24)) return true;
    const contacts = countMatches(CONTACT, t);
    if (contacts >= 2 || (contacts === 1 && PHONE.test(t) && len <= 60)) return true;
  }
  // (the forms anchored at the line's start first, which fail at once on most
  // lines, then those that scan it; the length before any: it costs nothing)
  if (PINYIN_MASTHEAD.test(t) || PAGE_NUMBER.test(t)) return true;
  if (len <= 14 && PAGE_HEADER.test(t)) return true;
  if (len <= 80 && ISSUE.test(t)) return true;
  if (len <= 80 && ((t.includes('@') && EMAIL.test(t)) || URL.test(t)) && !/[。！？]/u.test(t)) return true;
  if (len <= 40 && PUBLISHER.test(t) && !/[。！？，]/u.test(t)) return true;
  return false;
}

/**
 * A page header or footer line, dated with its weekday and unpunctuated
 * (2025年1月3日 星期五 第7版 评论 江城晚报): furniture even where it stands
 * between two lines of one paragraph, since prose writes no weekday this way.
 */
export function isDatedHeaderLine(line: string, hints = ALL_HINTS): boolean {
  if (!(hints & HINT_YEAR)) return false;
  const t = line.trim();
  return t.length <= 60 && t.includes('年') && WEEKDAY_DATE.test(t) && !/[，。、；！？]/u.test(t);
}

/** A field naming this page's staff: 本版责编：, 本版编辑：. */
const PAGE_STAFF = /^本版(?:责编|编辑|责任编辑|美编|校对|设计|统筹)\s*[：:]/u;

/**
 * Two or more credit, contact or dateline fields and no sentence (审签：…
 * 编辑：…, 地址：… 邮编：… 电话：…, 责任编辑：… 2024年4月13日 星期六): furniture however wide it is set and wherever it
 * stands, even inside a paragraph cut by the page foot. One field is enough
 * when it names this page's staff (本版责编：宋健怡 苏艳思): prose never opens so.
 */
export function isCreditLine(line: string, hints = ALL_HINTS): boolean {
  if (!(hints & HINT_COLON)) return false;
  const t = line.trim();
  // (without a field's colon there is at most the date: one field)
  if (t.length > 400 || !hasColon(t) || /[。！？，]/u.test(t)) return false;
  if (PAGE_STAFF.test(t)) return true;
  return countMatches(CREDIT, t) + countMatches(CONTACT, t) + (WEEKDAY_DATE.test(t) ? 1 : 0) >= 2;
}

const PAPER_NAME = /([\p{Script=Han}]{2,10}?(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|法治报|经济报|农民报|工人报|科技报|导报|周报|报))(?:社|\s|$|》)/gu;

/** Reads paper name, date and page from the furniture lines. */
export function readPageInfo(furniture: string[]): PageInfo {
  let source: string | null = null;
  let date: string | null = null;
  let pageName: string | null = null;
  for (const line of furniture) {
    if (!date) {
      const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(line);
      if (m) date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    }
    if (!pageName) {
      // 星期二4 要闻 / 第04版：要闻 / 今日4版 is a page count, not this page.
      const m =
        /(?:星期|周)[一二三四五六日天]\s*([A-Z]?\d{1,2})\s*版?\s*[：:∶]?\s*([\p{Script=Han}]{2,4})/u.exec(line) ??
        /^第?\s*([A-Z]?\d{1,2})\s*版\s*[：:∶]?\s*([\p{Script=Han}]{2,4})?/u.exec(line.trim()) ??
        // …星期一 第5版 城市新闻 江城晚报: 第…版 names this page wherever it stands.
        /第\s*([A-Z]?\d{1,2})\s*版\s*[：:∶]?\s*([\p{Script=Han}]{2,4})?/u.exec(line);
      if (m) pageName = `${m[1]}版${m[2] ? ' ' + m[2].replace(/(?:审签|编辑|责编).*$/u, '') : ''}`.trim();
    }
    if (!source) source = paperName(line);
  }
  return { source, date, pageName };
}

/** The paper's own name in a furniture line: 《辽源日报》, 辽源日报社出版, 本报由岚州日报社印务中心承印. */
function paperName(line: string): string | null {
  // (every name ends with 报: a line without one is not read by the patterns, whose
  // matchAll made a copy of its pattern for every furniture line of the page)
  if (!line.includes('报')) return null;
  const quoted = /《([^》]{2,12}报)》/u.exec(line);
  if (quoted && !/本报/.test(quoted[1])) return quoted[1];
  const text = line.replace(/\s+/g, ' ');
  for (const m of text.matchAll(PAPER_NAME)) {
    // Words before the name that are not part of it: 本报由…, 中共某某市委主管 …
    const name = m[1].replace(/^.*?(?:本报由|由|中共[\p{Script=Han}]{2,6}?(?:委|省委|市委)(?:主管主办)?)/u, '');
    if (name.length >= 3 && !/本报/.test(name)) return name;
  }
  return null;
}
