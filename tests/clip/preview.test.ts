import { describe, expect, it } from 'vitest';
import { articleToInput, draftToInput, initialEdits, leadParagraphs, paragraphCount, parseTags } from '../../lib/clip/preview';
import type { ClipArticle } from '../../lib/extract/types';

const article: ClipArticle = {
  column: null,
  kicker: '完善养老服务体系',
  title: '社区食堂飘出“家的味道”',
  subtitle: null,
  byline: '本报记者 赵婷',
  continuation: null,
  blocks: [
    { type: 'paragraph', text: '第一段。' },
    { type: 'heading', text: '小标题' },
    { type: 'paragraph', text: '第二段。' },
    { type: 'paragraph', text: '  ' },
    { type: 'paragraph', text: '第三段。' },
    { type: 'note', text: '（注释）' },
    { type: 'paragraph', text: '第四段。' },
  ],
  captions: ['图为食堂。'],
  url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30085426.html',
  source: '人民日报',
  date: '2025-07-01',
  page: '04版 要闻',
};

describe('leadParagraphs / paragraphCount', () => {
  it('shows the first three body paragraphs, skipping headings, notes and blank ones', () => {
    expect(leadParagraphs(article)).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(leadParagraphs(article, 1)).toEqual(['第一段。']);
    expect(paragraphCount(article)).toBe(4);
  });
});

describe('parseTags', () => {
  it('splits on ASCII and full-width commas, 、 and semicolons; trims and drops repeats', () => {
    expect(parseTags('养老，民生, 养老、 社区 服务 ;新闻；')).toEqual(['养老', '民生', '社区 服务', '新闻']);
    expect(parseTags('  ')).toEqual([]);
  });
});

describe('draftToInput', () => {
  it('takes the edited title and tags, and keeps everything else the extractor found', () => {
    const input = draftToInput(article, { title: '  社区食堂：\n家门口的热乎饭 ', tags: '养老，民生' });
    expect(input).toEqual({ ...article, title: '社区食堂： 家门口的热乎饭', tags: ['养老', '民生'] });
  });

  it('leaves tags undefined when none are typed, so an earlier clip’s tags stay', () => {
    expect(draftToInput(article, initialEdits(article)).tags).toBeUndefined();
  });

  it('saves an emptied title as no title', () => {
    expect(draftToInput(article, { title: '   ', tags: '' }).title).toBeNull();
  });

  it('drops a date the database would refuse', () => {
    expect(articleToInput({ ...article, date: '2025-02-30' }).date).toBeNull();
    expect(articleToInput(article).date).toBe('2025-07-01');
  });
});
