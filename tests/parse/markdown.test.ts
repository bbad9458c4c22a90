import { describe, expect, it } from 'vitest';
import { articleToMarkdown, cleanArticleBlocks, parsePage } from '../../lib/parse';
import type { Article } from '../../lib/parse';

const article: Article = {
  column: '理论学苑',
  kicker: '牢记嘱托 感恩奋进',
  title: '坚定不移推动高质量发展',
  subtitle: '——写在建党104周年之际',
  byline: '本报评论员',
  continuation: '上接1版',
  blocks: [
    { type: 'paragraph', text: '发展是第一要务。' },
    { type: 'heading', text: '（一）' },
    { type: 'paragraph', text: '1. 这一行以数字和点开头，# 不是标题，*也不是强调*。' },
    { type: 'note', text: '（新华社北京6月30日电）' },
  ],
  captions: ['图为市民参加活动。本报记者张三摄'],
};

describe('articleToMarkdown', () => {
  it('writes the head, headings as ##, notes and captions', () => {
    const md = articleToMarkdown(article);
    expect(md).toBe(
      [
        '〔理论学苑〕',
        '牢记嘱托 感恩奋进',
        '# 坚定不移推动高质量发展',
        '——写在建党104周年之际',
        '*本报评论员*',
        '（上接1版）',
        '发展是第一要务。',
        '## （一）',
        '1\\. 这一行以数字和点开头，# 不是标题，\\*也不是强调\\*。',
        '（新华社北京6月30日电）',
        '> 图：图为市民参加活动。本报记者张三摄',
      ].join('\n\n') + '\n',
    );
  });

  it('names an untitled article', () => {
    expect(articleToMarkdown({ ...article, title: null, column: null, kicker: null, subtitle: null, byline: null, continuation: null, captions: [] })).toMatch(/^# （无标题）\n/);
  });

  it('round-trips what the parser found on a pasted page', () => {
    const page = parsePage('锻造民族复兴的中流砥柱\n■钟华论\n百余年来，中国共产党团结带领中国人民，\n书写了中华民族几千年历史上最恢宏的史诗。\n');
    const md = articleToMarkdown(page.articles[0]);
    expect(md).toContain('# 锻造民族复兴的中流砥柱');
    expect(md).toContain('*钟华论*');
    expect(md).toContain('百余年来，中国共产党团结带领中国人民，书写了中华民族几千年历史上最恢宏的史诗。');
  });
});

describe('cleanArticleBlocks (web pages)', () => {
  it('removes justification spaces, takes out jump markers, notes, captions and bylines', () => {
    const out = cleanArticleBlocks([
      '本报记者 包松娅',
      '（上接第1版） 各 地 共 产 党 早 期 组 织 的 50 余 名 成 员',
      { type: 'heading', text: '项目背景' },
      '图为朱虹一行了解相关情况。本报记者 夏景明 摄',
      '市领导参加相关活动。(转自《人民日报》)',
    ]);
    expect(out.byline).toBe('本报记者 包松娅');
    expect(out.continuation).toBe('上接第1版');
    expect(out.captions).toEqual(['图为朱虹一行了解相关情况。本报记者夏景明摄']);
    expect(out.blocks).toEqual([
      { type: 'paragraph', text: '各地共产党早期组织的50余名成员' },
      { type: 'heading', text: '项目背景' },
      { type: 'paragraph', text: '市领导参加相关活动。' },
      { type: 'note', text: '(转自《人民日报》)' },
    ]);
  });

  it('reads the reporter from a news lead', () => {
    expect(cleanArticleBlocks(['本报讯（记者 王茵）10月20日，督导组到我市调研。']).byline).toBe('记者 王茵');
  });
});
