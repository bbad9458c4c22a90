// The page generator: every answer it writes must pass check-gold.mjs against
// the text it copied, pages are seeded, and the PDF path really reorders text
// the way a Founder PDF does. The PDF tests run where Chromium is installed.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { familyByName, FAMILIES } from './families';
import { checkGold } from './gold';
import { generatePage } from './page';
import { CHROMIUM, joinItems, PdfPrinter } from './pdf-text';
import { restorePrinted } from './radicals';
import { builtInArticles } from './source';
import { goldParagraph, letterSpaced } from './text-rules';
import { wrap } from './epaper';

const tmp = mkdtempSync(join(tmpdir(), 'pagegen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeAndCheck(name: string, raw: string, gold: unknown): string[] {
  const rawPath = join(tmp, `${name}.txt`), goldPath = join(tmp, `${name}.gold.json`);
  writeFileSync(rawPath, raw);
  writeFileSync(goldPath, JSON.stringify(gold));
  return checkGold(goldPath, rawPath);
}

describe('text rules', () => {
  it('removes spaces next to CJK in a paragraph but keeps them between Latin words', () => {
    expect(goldParagraph('余 名 成 员\n昂首 GDP 增长 LIAO YUAN')).toBe('余名成员昂首GDP增长LIAO YUAN');
  });
  it('letter-spaces CJK text and keeps Latin runs whole', () => {
    expect(letterSpaced('增长5.6%的GDP')).toBe('增 长 5.6% 的 GDP');
  });
  it('wraps at the width and never starts a line with closing punctuation', () => {
    const lines = wrap('一二三四五，六七八九十。', 5, false);
    expect(lines).toEqual(['一二三四五，', '六七八九十。']);
  });
});

describe('PDF copy', () => {
  it('breaks lines where pdf.js marks an end of line or the baseline moves', () => {
    const at = (y: number) => [1, 0, 0, 1, 0, y];
    const text = joinItems([
      { str: '第一行', hasEOL: false, transform: at(100) },
      { str: '接着', hasEOL: true, transform: at(100) },
      { str: '第二行', hasEOL: false, transform: at(86) },
      { str: '第三行', hasEOL: false, transform: at(72) },
    ]);
    expect(text).toBe('第一行接着\n第二行\n第三行\n');
  });
  it('gives back printed characters where the PDF named a glyph twin', () => {
    // ⽉ (Kangxi radical) shares 月's glyph in Noto CJK; ⸺ is the font's —— ligature.
    expect(restorePrinted('⽉亮⸺好', '月亮——好')).toBe('月亮——好');
    // A radical the page really printed stays.
    expect(restorePrinted('⽉', '⽉')).toBe('⽉');
  });
});

describe('e-paper families', () => {
  const sources = builtInArticles();
  for (const name of ['epaper-lines', 'epaper-blank']) {
    it(`${name}: every answer passes check-gold`, async () => {
      const family = familyByName(name)!;
      for (let n = 0; n < 4; n++) {
        const page = await generatePage(family, sources, 1000 + n, `${name}-${n}.txt`, null);
        expect(writeAndCheck(`${name}-${n}`, page.raw, page.gold)).toEqual([]);
        expect(page.gold.articles.length).toBeGreaterThanOrEqual(2);
      }
    });
  }
  it('the same seed gives the same page, another seed another page', async () => {
    const family = familyByName('epaper-blank')!;
    const a = await generatePage(family, sources, 7, 'a.txt', null);
    const b = await generatePage(family, sources, 7, 'a.txt', null);
    const c = await generatePage(family, sources, 8, 'a.txt', null);
    expect(b).toEqual(a);
    expect(c.raw).not.toBe(a.raw);
  });
  it('blank-line pages have a blank line after every line', async () => {
    const page = await generatePage(familyByName('epaper-blank')!, sources, 3, 'b.txt', null);
    const lines = page.raw.trimEnd().split('\n');
    for (let i = 1; i < lines.length; i += 2) expect(lines[i]).toBe('');
  });
});

describe.runIf(existsSync(CHROMIUM))('PDF families (Chromium + pdf.js)', () => {
  const printer = new PdfPrinter();
  afterAll(() => printer.close());
  const sources = builtInArticles();

  it('founder: answers pass check-gold, and heads come after all the bodies', async () => {
    const page = await generatePage(familyByName('founder')!, sources, 11, 'f.txt', printer);
    expect(writeAndCheck('founder', page.raw, page.gold)).toEqual([]);
    const flat = page.raw.replace(/\s+/g, '');
    const firstTitle = Math.min(...page.gold.articles.map((a) => flat.indexOf(a.title!.replace(/\s+/g, ''))));
    const lastBodyStart = Math.max(...page.gold.articles.map((a) => flat.indexOf(a.blocks[0].text.replace(/\s+/g, '').slice(0, 12))));
    expect(firstTitle).toBeGreaterThan(lastBodyStart);
  }, 120_000);

  it('classic: answers pass check-gold, and each head comes before its body', async () => {
    const page = await generatePage(familyByName('classic')!, sources, 12, 'c.txt', printer);
    expect(writeAndCheck('classic', page.raw, page.gold)).toEqual([]);
    const flat = page.raw.replace(/\s+/g, '');
    for (const a of page.gold.articles) {
      expect(flat.indexOf(a.title!.replace(/\s+/g, ''))).toBeLessThan(flat.indexOf(a.blocks[0].text.replace(/\s+/g, '').slice(0, 12)));
    }
  }, 120_000);
});

describe('committed sample (tests/fixtures/devset-sample)', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'devset-sample');
  const families = existsSync(dir) ? readdirSync(dir).filter((f) => FAMILIES.some((x) => x.name === f)) : [];
  it('holds pages of every family', () => {
    expect(families.sort()).toEqual(FAMILIES.map((f) => f.name).sort());
  });
  it('every sample answer passes check-gold', () => {
    for (const f of families) {
      for (const g of readdirSync(join(dir, f)).filter((x) => x.endsWith('.gold.json'))) {
        const goldPath = join(dir, f, g);
        expect(checkGold(goldPath, goldPath.replace(/\.gold\.json$/, '.txt')), `${f}/${g}`).toEqual([]);
        expect(JSON.parse(readFileSync(goldPath, 'utf8')).articles.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
