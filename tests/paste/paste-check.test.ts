import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCjk } from '../../lib/parse/cjk';
import {
  MAX_SCAN_CHARS,
  MIN_CSV_LINE_SHARE,
  isCjkCode,
  isSpaceCode,
  looksLikeNewspaperText,
  measurePaste,
} from '../../lib/paste/paste-check';
import { ARTICLES, HALF_WIDTH_ARTICLE, NEGATIVES } from './fixtures';
import { letterSpace, rewrap } from './rewrap';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES_DIR = resolve(REPO_ROOT, 'tests/fixtures/eval');

const pageFiles = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('eval pages (raw text copied from newspaper PDFs and e-paper)', () => {
  it('finds the pages', () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pageFiles)('%s is detected', (file) => {
    const verdict = looksLikeNewspaperText(readFileSync(join(PAGES_DIR, file), 'utf8'));
    expect(verdict.wrapped, verdict.reason).toBe(true);
    expect(verdict.score).toBeGreaterThan(0);
  });

  it('detects the column pages by their hard wraps, the e-paper page by its furniture', () => {
    const reasons = Object.fromEntries(
      pageFiles.map((f) => [f.slice(0, 3), looksLikeNewspaperText(readFileSync(join(PAGES_DIR, f), 'utf8')).reason]),
    );
    expect(reasons['000']).toContain('hard-wrap');
    expect(reasons['000']).toContain('justify-spaces');
    expect(reasons['001']).toContain('hard-wrap');
    // 003 is one paragraph per line: only its masthead and footer give it away.
    expect(reasons['003']).toBe('furniture');
  });

  it('detects the first 40 lines of a column page on their own', () => {
    for (const f of pageFiles.filter((p) => !p.startsWith('003'))) {
      const head = readFileSync(join(PAGES_DIR, f), 'utf8').split('\n').slice(0, 80).join('\n');
      expect(looksLikeNewspaperText(head).wrapped, f).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- positives

interface Positive {
  name: string;
  text: string;
}

const positives: Positive[] = [];
ARTICLES.forEach((article, a) => {
  for (let width = 10; width <= 30; width++) {
    // Rotate the variants over the widths so every article meets every variant.
    const v = (width + a) % 4;
    const justifyEvery = v === 1 || v === 3 ? 3 : 0;
    const blankLines = v >= 2;
    positives.push({
      name: `article ${a}, width ${width}${justifyEvery ? ', justified' : ''}${blankLines ? ', blank lines' : ''}`,
      text: rewrap(article, { width, justifyEvery, blankLines }),
    });
  }
});
for (const width of [12, 16, 20, 24, 28]) {
  positives.push({
    name: `half-width commas, width ${width}`,
    text: rewrap(HALF_WIDTH_ARTICLE, { width }),
  });
}
positives.push(
  {
    name: 'title and byline above the column',
    text: rewrap(ARTICLES[0], { width: 16, head: ['抗旱保苗有底气', '——我市多措并举应对持续高温少雨天气', '本报记者 王强 李雪'] }),
  },
  {
    name: 'CRLF line ends',
    text: rewrap(ARTICLES[1], { width: 18, eol: '\r\n' }),
  },
  {
    name: 'CRLF line ends, blank lines, justified',
    text: rewrap(ARTICLES[2], { width: 14, eol: '\r\n', blankLines: true, justifyEvery: 2 }),
  },
  {
    name: 'every line letter-spaced',
    text: rewrap(ARTICLES[3], { width: 20, justifyEvery: 1 }),
  },
  {
    name: 'one paragraph, five lines',
    text: rewrap([ARTICLES[4][0]], { width: 22 }),
  },
  {
    // Wider than any column, so only the justification spaces tell.
    name: 'justification spaces only (one paragraph per line)',
    text: [...ARTICLES[5], ...ARTICLES[4]]
      .map((p, i) => (i < 2 ? letterSpace(p.slice(0, 30)) + p.slice(30) : p))
      .join('\n'),
  },
  {
    name: 'two articles, page furniture between them',
    text: [
      rewrap(ARTICLES[4], { width: 17 }),
      '2025年10月27日 星期一',
      '责任编辑：张明 美编：李红 校对：王刚',
      rewrap(ARTICLES[5], { width: 17 }),
    ].join('\n'),
  },
  {
    name: 'e-paper: one paragraph per line with masthead and footer',
    text: [
      '辽源日报',
      '2021年10月22日 星期五',
      '总第8381期 今日4版',
      '国内统一刊号:CN22-0010',
      ...ARTICLES[0],
      ...ARTICLES[1],
      '中共辽源市委主管主办 辽源日报社出版',
    ].join('\n'),
  },
);

describe('rewrapped Chinese text is detected', () => {
  it('has at least 20 positive samples', () => {
    expect(positives.length).toBeGreaterThanOrEqual(20);
  });

  it.each(positives.map((p) => [p.name, p.text] as const))('%s', (_name, text) => {
    const verdict = looksLikeNewspaperText(text);
    expect(verdict.wrapped, `${verdict.reason}\n${text}`).toBe(true);
  });
});

// ---------------------------------------------------------------- negatives

describe('everyday pastes are not detected', () => {
  it('has at least 50 negative samples', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(NEGATIVES.map((n) => [n.name, n.text] as const))('%s', (_name, text) => {
    const verdict = looksLikeNewspaperText(text);
    expect(verdict.wrapped, verdict.reason).toBe(false);
  });

  it('rejects the empty string and whitespace', () => {
    expect(looksLikeNewspaperText('')).toEqual({ wrapped: false, reason: 'too-short' });
    expect(looksLikeNewspaperText(' \n\n\t \n').wrapped).toBe(false);
  });

  it('rejects a column that is too short to judge (< 4 lines)', () => {
    const text = rewrap([ARTICLES[0][0]], { width: 30 }).split('\n').slice(0, 3).join('\n');
    expect(looksLikeNewspaperText(text)).toMatchObject({ wrapped: false, reason: 'too-short' });
  });

  it('rejects a rewrapped article once it is put in a tab table', () => {
    const text = rewrap(ARTICLES[0], { width: 16 })
      .split('\n')
      .map((l, i) => `${i + 1}\t${l}`)
      .join('\n');
    expect(looksLikeNewspaperText(text)).toMatchObject({ wrapped: false, reason: 'table' });
  });

  it('does not take one-paragraph-per-line Chinese for a column, however many paragraphs', () => {
    const text = ARTICLES.flat().join('\n');
    expect(looksLikeNewspaperText(text)).toMatchObject({ wrapped: false, reason: 'no-signal' });
  });
});

// ---------------------------------------------------------------- mechanics

describe('mechanics', () => {
  it('classifies characters as lib/parse/cjk.ts does (BMP sweep)', () => {
    const space = new RegExp('[ \\t\\u00a0\\u3000\\u2002-\\u200b]', 'u');
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || c === 0x0d) continue; // surrogates; \r is a space here
      const ch = String.fromCharCode(c);
      const want = space.test(ch) ? 'space' : isCjk(ch) ? 'cjk' : 'other';
      const got = isSpaceCode(c) ? 'space' : isCjkCode(c) ? 'cjk' : 'other';
      if (want !== got) mismatches.push(`U+${c.toString(16)} ${want}/${got}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads at most MAX_SCAN_CHARS of a long paste', () => {
    const column = rewrap(ARTICLES.flat(), { width: 16 });
    let long = column;
    while (long.length < 3 * MAX_SCAN_CHARS) long += '\n' + column;
    expect(measurePaste(long).scanned).toBe(MAX_SCAN_CHARS);
    expect(looksLikeNewspaperText(long).wrapped).toBe(true);
    // A column after 20 KB of code is out of sight: the head decides.
    const code = NEGATIVES.find((n) => n.name === 'js: function')!.text;
    let prefix = '';
    while (prefix.length < MAX_SCAN_CHARS) prefix += code + '\n';
    expect(looksLikeNewspaperText(prefix + column).wrapped).toBe(false);
  });

  it('finds the column width', () => {
    for (const width of [10, 16, 23, 30]) {
      const s = measurePaste(rewrap(ARTICLES.flat(), { width }));
      expect(Math.abs(s.bandCenter - width)).toBeLessThanOrEqual(1);
    }
  });

  it('counts letter-spaced lines but not clause gaps or name lists', () => {
    expect(measurePaste('余 名 成 员 昂 首 挺 胸 ，意 气 风 发').justifiedLines).toBe(1);
    expect(measurePaste('群 众 反 映 的“ 问 题 清 单 ”变 成“ 履 职 清').justifiedLines).toBe(1);
    expect(measurePaste('服务越到位 群众越满意').justifiedLines).toBe(0);
    expect(measurePaste('（胡方玉 宋海珊 李四）').justifiedLines).toBe(0);
    expect(measurePaste('本报记者 夏景明 摄').justifiedLines).toBe(0);
    expect(measurePaste('高 3 米、宽 7 米').justifiedLines).toBe(0);
  });

  it('does not take prose with half-width commas for CSV', () => {
    const s = measurePaste(rewrap(HALF_WIDTH_ARTICLE, { width: 16 }));
    expect(s.sameCommaLines).toBeLessThan(s.lines * MIN_CSV_LINE_SHARE);
  });

  it('counts clock-time lines and label lines', () => {
    const s = measurePaste('张伟 10:32\n好的，收到\n编辑：侯小龙\n2025年7月1日\n版本 3:5\n记者 王茵');
    expect(s.timestampLines).toBe(1);
    expect(s.labelLines).toBe(1);
  });

  it('keeps a column with a few label lines (interview) but not a dialogue', () => {
    const column = rewrap(ARTICLES.flat(), { width: 18 }).split('\n');
    for (let i = 0; i < column.length; i += 12) column[i] = `记者：${column[i]}`;
    expect(looksLikeNewspaperText(column.join('\n')).wrapped).toBe(true);
    const dialogue = column.map((l, i) => `${i % 2 ? '张伟' : '李娜'}：${l}`).join('\n');
    expect(looksLikeNewspaperText(dialogue)).toMatchObject({ wrapped: false, reason: 'labels' });
  });

  // Documented in lib/paste/paste-check.ts: nothing cheap tells these apart from a
  // column. If a rule ever fixes it, flip the expectation.
  it('known blind spot: bare chat messages of one length, one with a 。', () => {
    const text = NEGATIVES.find((n) => n.name.startsWith('chat: bare messages'))!.text.replace('有点长', '有点长。');
    expect(looksLikeNewspaperText(text).wrapped).toBe(true);
  });

  it('gives a score in 0..1 for detected text', () => {
    for (const p of positives) {
      const { score } = looksLikeNewspaperText(p.text);
      expect(score, p.name).toBeGreaterThan(0);
      expect(score, p.name).toBeLessThanOrEqual(1);
    }
  });
});
