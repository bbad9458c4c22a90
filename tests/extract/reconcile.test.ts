// The named rules that settle the header fields.
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../lib/extract/evidence';
import { chooseByline, chooseSource, chooseTitle, isEditorByline, isPaperName, isSiteOrChannel, papersAsAuthors } from '../../lib/extract/reconcile';
import { tidyByline } from '../../lib/extract/text';
import { parseHtml } from './fixtures';

const URL = 'https://news.example.cn/a/1.html';

describe('editor-is-not-author', () => {
  it('refuses editor credits and names credited as editors', () => {
    expect(isEditorByline('责编：王佳', [])).toBe(true);
    expect(isEditorByline('（编辑：张三）', [])).toBe(true);
    expect(isEditorByline('王佳', ['王佳'])).toBe(true);
    expect(isEditorByline('本报记者 李韵', ['王佳'])).toBe(false);
    expect(chooseByline(['[责编：王佳]', '王佳', '本报记者 李韵'], ['王佳'])).toBe('本报记者 李韵');
  });
});

describe('names-keep-separators', () => {
  it('keeps the spaces between names and closes up a letter-spaced line', () => {
    expect(tidyByline('本报记者 王乐文 方敏')).toBe('本报记者 王乐文 方敏');
    expect(tidyByline('本报记者\u3000王乐文\u3000方敏')).toBe('本报记者 王乐文 方敏');
    expect(tidyByline('本 报 记 者')).toBe('本报记者');
  });

  it('reads names in separate elements apart', () => {
    const doc = parseHtml('<body><p class="author"><span>本报记者</span><span>王乐文</span><span>方敏</span></p></body>', URL);
    expect(readEvidence(doc).bylineElement).toBe('本报记者 王乐文 方敏');
  });
});

describe('paper-beats-site', () => {
  it('tells papers from sites and channels', () => {
    expect(isPaperName('光明日报')).toBe(true);
    expect(isPaperName('《光明日报》')).toBe(true);
    expect(isPaperName('人民日报海外版')).toBe(true);
    expect(isPaperName('光明网')).toBe(false);
    expect(isPaperName('文化频道')).toBe(false);
    expect(isSiteOrChannel('文化频道')).toBe(true);
    expect(isSiteOrChannel('新浪新闻客户端')).toBe(true);
  });

  it('takes the printed-in paper, else a paper among the names, else the first name', () => {
    expect(chooseSource({ source: '光明日报', date: '2024-05-20', pageNum: '03', page: '03版' }, ['光明网'])).toBe('光明日报');
    expect(chooseSource(null, ['文化频道', '光明网', '光明日报'])).toBe('光明日报');
    expect(chooseSource(null, [null, '书香城市', '网易'])).toBe('书香城市');
    expect(chooseSource(null, [])).toBeNull();
  });

  it('a paper given as the author is the source', () => {
    expect(papersAsAuthors(['星島日報', '本报记者 李韵'])).toEqual(['星島日報']);
    expect(chooseByline(['星島日報'], [])).toBeNull();
  });

  it('finds the paper named on the page, and the editors', () => {
    const doc = parseHtml(
      '<html><head><title>让文字活起来_文化频道_光明网</title></head><body><h1>让文字活起来</h1><span>来源：光明网-《光明日报》</span><p>正文。</p><p>《光明日报》（2024年05月20日 03版）</p><div>[责编：王佳]</div></body></html>',
      URL,
    );
    const ev = readEvidence(doc);
    expect(ev.printedIn).toMatchObject({ source: '光明日报', date: '2024-05-20', page: '03版' });
    expect(ev.sourceNames).toEqual(['光明网', '光明日报']);
    expect(ev.editors).toEqual(['王佳']);
    expect(ev.docTitle).toEqual({ title: '让文字活起来', site: '光明网' });
  });
});

describe('title-fallback', () => {
  const evidenceOf = (head: string, body: string) => readEvidence(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, URL));

  it('adapter, then og:title, then <title> without the site, then the largest heading', () => {
    expect(chooseTitle('站内标题', evidenceOf('<meta property="og:title" content="元数据标题">', ''))).toBe('站内标题');
    expect(chooseTitle(null, evidenceOf('<meta property="og:title" content="元数据标题 - 人民网"><title>文档标题_新华网</title>', ''))).toBe('元数据标题');
    expect(chooseTitle(null, evidenceOf('<title>文档标题_新华网</title>', '<h2>页面上的大标题</h2>'))).toBe('文档标题');
    expect(chooseTitle(null, evidenceOf('<title>新华网</title>', '<h2>页面上的大标题</h2>'))).toBe('页面上的大标题');
    expect(chooseTitle(null, evidenceOf('', ''))).toBeNull();
  });

  it('a label such as 图集 is no title', () => {
    expect(chooseTitle('图集', evidenceOf('<title>湿地保护修复成效显现_新华网</title>', ''))).toBe('湿地保护修复成效显现');
  });
});
