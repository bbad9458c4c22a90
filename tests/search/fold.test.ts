import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap, simplifyChar } from '@/lib/searchable/fold';
import { TRAD_SIMP_GROUPS } from '@/lib/searchable/trad-simp-table';

describe('foldText', () => {
  it('folds full-width forms to half-width and upper case to lower (NFKC, then case)', () => {
    expect(foldText('ＧＤＰ增长５．２％')).toBe('gdp增长5.2%');
    expect(foldText('iPhone ＡＢＣ')).toBe('iphone abc');
    expect(foldText('㍿ ① ﬁ')).toBe('株式会社1 fi'); // the space by 社 is CJK spacing
  });

  it('folds traditional characters to simplified, and leaves simplified ones alone', () => {
    expect(foldText('臺灣經濟發展')).toBe('台湾经济发展');
    expect(foldText('台湾经济发展')).toBe('台湾经济发展');
    // Several traditional forms of one simplified character, and variant spellings.
    expect(foldText('頭髮 發展 裏 裡 爲 為')).toBe('头发发展里里为为');
  });

  it('drops a space that touches a CJK character, and keeps one between Latin words', () => {
    expect(foldText('服务越到位 群众越满意')).toBe('服务越到位群众越满意');
    expect(foldText('余 名 成 员')).toBe('余名成员');
    expect(foldText('2025 年 GDP')).toBe('2025年gdp');
    expect(foldText('  New \t York\n')).toBe('new york');
    expect(foldText('中国\u3000人民')).toBe('中国人民');
  });

  it('drops zero-width and control characters', () => {
    expect(foldText('人\u200b民\ufeff日\u00ad报\u0007')).toBe('人民日报');
  });

  it('composes a letter with its combining mark before folding', () => {
    expect(foldText('Cafe\u0301')).toBe(foldText('Café'));
  });

  it('folds a text longer than its scratch buffer (4,096 units) whole, the first time too: as its pieces, marks, spaces and wide forms throughout', () => {
    const piece = '中國 人民Cafe\u0301 ＡＢ\u200b發展，e\u0301中\u0301\t 經濟。';
    expect(foldText(piece)).toBe('中国人民café ab发展,é中\u0301经济。');
    expect(foldText(piece.repeat(800))).toBe(foldText(piece).repeat(800));
    const long = piece.repeat(800);
    const { text, starts, ends } = foldWithMap(long);
    expect(text).toBe(foldText(long));
    // Past the first 4,096 units, each folded unit comes from what folds to it (a kept space from white space).
    for (let i = 4000; i < 4300; i++) {
      const origin = long.slice(starts[i], ends[i]);
      expect(text[i] === ' ' ? /^\s+$/.test(origin) : foldText(origin).includes(text[i])).toBe(true);
    }
  });

  it('is idempotent', () => {
    for (const s of ['臺灣 ＧＤＰ 增長', 'Ａ  b\u3000中 文', '乾隆 後來 著名']) expect(foldText(foldText(s))).toBe(foldText(s));
  });
});

describe('the traditional → simplified table', () => {
  const entries = TRAD_SIMP_GROUPS.flatMap((g) => g.split(' '));

  it('is a few thousand pairs of single main-block characters', () => {
    const pairs = entries.reduce((n, e) => n + Array.from(e).length - 1, 0);
    expect(pairs).toBeGreaterThan(1500);
    expect(pairs).toBeLessThan(2500);
    for (const e of entries) for (const ch of e) expect(ch.codePointAt(0)).toBeGreaterThanOrEqual(0x4e00), expect(ch.codePointAt(0)).toBeLessThanOrEqual(0x9fff);
  });

  it('never folds a simplified character again, so folding is stable', () => {
    for (const e of entries) expect(simplifyChar(e.codePointAt(0)!)).toBe(e.codePointAt(0));
  });

  it('folds every traditional form to its simplified head', () => {
    for (const e of entries) for (const t of Array.from(e).slice(1)) expect(foldText(t)).toBe(e[0]);
  });
});

describe('foldWithMap', () => {
  it('says where each folded character came from', () => {
    const text = 'Ａ 臺 灣\u200b㍿';
    const { text: folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('a台湾株式会社');
    expect(folded).toBe(foldText(text));
    const origin = (i: number) => text.slice(starts[i], ends[i]);
    expect([...folded].map((_, i) => origin(i))).toEqual(['Ａ', '臺', '灣', '㍿', '㍿', '㍿', '㍿']);
  });

  it('maps a kept space to the white space it stands for', () => {
    const { text, starts, ends } = foldWithMap('ab \t cd');
    expect(text).toBe('ab cd');
    expect([starts[2], ends[2]]).toEqual([2, 5]);
  });
});
