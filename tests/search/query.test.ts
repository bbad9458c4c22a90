import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/search/query';

const texts = (q: string) => {
  const { include, exclude } = parseQuery(q);
  return { include: include.map((w) => w.text), exclude: exclude.map((w) => w.text) };
};

describe('parseQuery', () => {
  it('reads words separated by spaces as all required', () => {
    expect(texts('经济  发展　GDP')).toEqual({ include: ['经济', '发展', 'gdp'], exclude: [] });
  });

  it('reads a quoted phrase as one word, folded like the text', () => {
    expect(texts('"new  York" 中国')).toEqual({ include: ['new york', '中国'], exclude: [] });
    expect(parseQuery('"中国 人民"').include[0]).toEqual({ text: '中国人民', raw: '中国 人民', phrase: true });
  });

  it('accepts the quotes a Chinese input method types', () => {
    expect(texts('“臺灣 經濟” 「一带一路」 『共同富裕』 ＂ａｂ＂')).toEqual({ include: ['台湾经济', '一带一路', '共同富裕', 'ab'], exclude: [] });
  });

  it('reads -word and -"phrase" as exclusions, with a full-width minus too', () => {
    expect(texts('经济 -台湾 -"new york" －股市')).toEqual({ include: ['经济'], exclude: ['台湾', 'new york', '股市'] });
  });

  it('ignores a lone minus, empty quotes and repeated words', () => {
    expect(texts('经济 - "" 經濟 经济')).toEqual({ include: ['经济'], exclude: [] });
  });

  it('keeps a minus inside a word, and reads an unclosed quote to the end', () => {
    expect(texts('Wi-Fi "半句 话')).toEqual({ include: ['wi-fi', '半句话'], exclude: [] });
  });

  it('gives nothing for nothing', () => {
    expect(texts('  \u3000 ')).toEqual({ include: [], exclude: [] });
  });
});
