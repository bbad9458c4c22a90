import { describe, expect, it } from 'vitest';
import { beijingDate, bylineAuthors, citation, formatAuthors, pageNumber } from '../../lib/export';
import type { CitationFields } from '../../lib/export';

const base: CitationFields = {
  title: '锻造民族复兴的中流砥柱',
  byline: '钟华论',
  source: '人民日报',
  date: '2025-07-01',
  page: '4版 要闻',
  url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30081234.html',
  createdAt: Date.UTC(2025, 6, 1, 20, 30), // 2025-07-02 04:30 in Beijing
};

describe('citation', () => {
  it('cites a printed article as [N] with date and page, without the e-paper url', () => {
    expect(citation(base)).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
  });

  it('omits an unknown author', () => {
    expect(citation({ ...base, byline: null })).toBe('锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
    expect(citation({ ...base, byline: '本报记者' })).toBe('锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
  });

  it('leaves out a missing date or page', () => {
    expect(citation({ ...base, date: null })).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报(4).');
    expect(citation({ ...base, page: null, url: null })).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01.');
  });

  it('uses [N/OL] with access date and url for a paper article without a page', () => {
    expect(citation({ ...base, page: null, url: 'https://www.people.com.cn/a.html' })).toBe(
      '钟华论. 锻造民族复兴的中流砥柱[N/OL]. 人民日报, 2025-07-01[2025-07-02]. https://www.people.com.cn/a.html.',
    );
  });

  it('uses [EB/OL] for a web page without a paper name', () => {
    expect(citation({ ...base, source: null, page: null, url: 'https://example.cn/a' })).toBe(
      '钟华论. 锻造民族复兴的中流砥柱[EB/OL]. (2025-07-01)[2025-07-02]. https://example.cn/a.',
    );
    expect(citation({ ...base, source: null, page: null, date: null, url: 'https://example.cn/a' })).toBe(
      '钟华论. 锻造民族复兴的中流砥柱[EB/OL]. [2025-07-02]. https://example.cn/a.',
    );
  });

  it('degrades to title and what is known when there is no paper and no url', () => {
    expect(citation({ ...base, source: null, url: null })).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 2025-07-01(4).');
    expect(citation({ ...base, source: null, url: null, date: null, page: null, byline: null })).toBe('锻造民族复兴的中流砥柱[N].');
  });

  it('writes （无标题） for a missing title, tidies spaces, strips book-title marks from the paper', () => {
    expect(citation({ ...base, title: null })).toBe('钟华论. （无标题）[N]. 人民日报, 2025-07-01(4).');
    expect(citation({ ...base, title: ' 守正创新\u3000 奋勇前进 ', source: '《光明日报》' })).toBe(
      '钟华论. 守正创新 奋勇前进[N]. 光明日报, 2025-07-01(4).',
    );
  });

  it('keeps an editorial voice as the author', () => {
    expect(citation({ ...base, byline: '《人民日报》评论员' })).toBe('《人民日报》评论员. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
  });
});

describe('bylineAuthors', () => {
  it('strips role words', () => {
    expect(bylineAuthors('本报记者 包松娅')).toEqual(['包松娅']);
    expect(bylineAuthors('本报记者\u3000王浩\u3000刘温馨')).toEqual(['王浩', '刘温馨']);
    expect(bylineAuthors('本报记者 赵兵 本报通讯员 王一鸣')).toEqual(['赵兵', '王一鸣']);
    expect(bylineAuthors('本报记者张三、通讯员李四')).toEqual(['张三', '李四']);
    expect(bylineAuthors('本报驻巴西记者 陈海峰')).toEqual(['陈海峰']);
    expect(bylineAuthors('新华社特约记者 王平 实习生 刘洋')).toEqual(['王平', '刘洋']);
  });

  it('keeps institutional editorial bylines whole', () => {
    expect(bylineAuthors('《人民日报》评论员')).toEqual(['《人民日报》评论员']);
    expect(bylineAuthors('本报评论员')).toEqual(['本报评论员']);
    expect(bylineAuthors('新华社评论员')).toEqual(['新华社评论员']);
    expect(bylineAuthors('光明日报特约评论员')).toEqual(['光明日报特约评论员']);
  });

  it('keeps pen names and names with a middle dot', () => {
    expect(bylineAuthors('任仲平')).toEqual(['任仲平']);
    expect(bylineAuthors('阿卜杜拉·阿齐兹')).toEqual(['阿卜杜拉·阿齐兹']);
  });

  it('reads names from a dateline and drops descriptors and credits', () => {
    expect(bylineAuthors('新华社北京6月30日电（记者 张三、李四）')).toEqual(['张三', '李四']);
    expect(bylineAuthors('本报北京6月30日电  (记者王昊男)')).toEqual(['王昊男']);
    expect(bylineAuthors('张三（作者为中国人民大学教授）')).toEqual(['张三']);
    expect(bylineAuthors('文/张三 图/李四')).toEqual(['张三']);
    expect(bylineAuthors('作者：王五')).toEqual(['王五']);
    expect(bylineAuthors('本报记者 张三 李四摄')).toEqual(['张三']);
  });

  it('splits Latin names on commas, not spaces', () => {
    expect(bylineAuthors('John Smith, Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
  });

  it('de-duplicates and handles empty input', () => {
    expect(bylineAuthors('张三 张三')).toEqual(['张三']);
    expect(bylineAuthors('')).toEqual([]);
    expect(bylineAuthors(null)).toEqual([]);
  });
});

describe('formatAuthors', () => {
  it('joins up to three with ", " and shortens more to three and ", 等"', () => {
    expect(formatAuthors(['甲'])).toBe('甲');
    expect(formatAuthors(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(formatAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(citation({ ...base, byline: '本报记者 王浩 刘温馨 李明 赵亮' })).toBe(
      '王浩, 刘温馨, 李明, 等. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).',
    );
  });
});

describe('pageNumber', () => {
  it.each([
    ['4版 要闻', '4'], ['第4版', '4'], ['第04版：要闻', '4'], ['04', '4'], ['12版 国际', '12'], ['要闻 第5版', '5'],
    ['A04', 'A04'], ['a04版', 'A04'], ['第B12版', 'B12'], ['Ａ０４', 'A04'], ['第四版', '4'], ['第十二版', '12'], ['二十版', '20'],
  ])('%s -> %s', (page, expected) => {
    expect(pageNumber(page)).toBe(expected);
  });

  it('gives null when there is no page number', () => {
    expect(pageNumber('要闻')).toBeNull();
    expect(pageNumber(null)).toBeNull();
    expect(pageNumber('')).toBeNull();
  });
});

describe('beijingDate', () => {
  it('formats the date in Beijing time', () => {
    expect(beijingDate(Date.UTC(2025, 0, 31, 15, 59))).toBe('2025-01-31');
    expect(beijingDate(Date.UTC(2025, 0, 31, 16, 0))).toBe('2025-02-01');
  });
});
