// The boilerplate rules, one by one: what each takes out, and what it must leave.
import { describe, expect, it } from 'vitest';
import { LINE_RULES, lineRuleFor, removeBoilerplateElements, type Removal } from '../../lib/extract/rules';
import { hidingDeclaration, hiddenReason, visibleText } from '../../lib/extract/visible';
import { parseHtml } from './fixtures';

const URL = 'https://news.example.cn/a/1.html';

describe('line rules', () => {
  it.each([
    ['图集', 'gallery-label'],
    ['高清组图（12张）', 'gallery-label'],
    ['+1', 'like-count'],
    ['阅读剩余全文（）', 'read-more'],
    ['展开全文', 'read-more'],
    ['【1】【2】【3】【4】', 'pager'],
    ['上一页 1 2 3 下一页', 'pager'],
    ['点击进入“文艺星青年”>>', 'click-through'],
    ['关注公众号：文艺周末', 'follow-account'],
    ['扫码关注我们', 'follow-account'],
    ['特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。', 'platform-disclaimer'],
    ['本文为快传号作者原创，仅代表作者观点，不代表快资讯立场。', 'platform-disclaimer'],
    ['平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', 'platform-disclaimer'],
    ['发布于：北京市', 'platform-disclaimer'],
    ['阅读 3.2万', 'view-counter'],
    ['1.5万阅读', 'view-counter'],
    ['不喜欢 举报', 'action-buttons'],
    ['(责编：李昉、白宇)', 'editor-line'],
    ['责任编辑：张玉', 'editor-line'],
    ['2024-05-20 07:58 文艺周末 阅读(1.2万)', 'info-line'],
  ])('%s → %s', (line, rule) => {
    expect(lineRuleFor(line)?.name).toBe(rule);
  });

  it.each([
    '图集里收录了二十余幅珍贵照片，记录了这座城市的变迁。',
    '点击进入页面后，市民可以在线预约挂号。',
    '他说：“阅读全文之后，我有了新的认识。”',
    '《春天的约定》',
    '风从南方来',
    '记者了解到，今年全市新开通公交线路12条，阅读空间新增30处。',
    '2024年5月20日，市民在公园里散步，享受初夏的好天气。',
    '编辑部的同事们连夜赶稿，确保报纸按时付印。',
  ])('leaves prose alone: %s', (line) => {
    expect(lineRuleFor(line)).toBeNull();
  });

  it('every rule has a name and a reason', () => {
    for (const r of LINE_RULES) {
      expect(r.name).toMatch(/^[a-z-]+$/);
      expect(r.why.length).toBeGreaterThan(3);
    }
  });
});

describe('element rules', () => {
  const run = (body: string): { text: string; removed: Removal[] } => {
    const doc = parseHtml(`<html><body>${body}</body></html>`, URL);
    const removed: Removal[] = [];
    removeBoilerplateElements(doc.body, removed);
    return { text: visibleText(doc.body).replace(/\s+/g, ''), removed };
  };

  it('drops hidden text, and says how it was hidden', () => {
    const { text, removed } = run(
      `<style>.wm{font-size:0}</style><p>正文第一句。<span style="font-size:0">水印甲</span><span style="position:absolute;left:-9999px">水印乙</span><span style="color:transparent">水印丙</span><span class="wm">水印丁</span><span aria-hidden="true">水印戊</span><span style="display:none">水印己</span></p>`,
    );
    expect(text).toBe('正文第一句。');
    expect(removed.map((r) => r.rule)).toEqual(Array(6).fill('hidden-text'));
    expect(removed.map((r) => r.text)).toEqual(['水印甲', '水印乙', '水印丙', '水印丁', '水印戊', '水印己']);
  });

  it('drops comments, recommendation lists and button bars, not the article', () => {
    const { text, removed } = run(
      `<article><h1>标题</h1><p>正文。</p></article><div class="comment-list"><p>网友：好文章。</p></div><div><h3>猜你喜欢</h3><ul><li><a href="/1">另一篇文章的标题</a></li><li><a href="/2">又一篇文章的标题</a></li></ul></div><div class="bar"><span>不喜欢</span><span>举报</span></div>`,
    );
    expect(text).toBe('标题正文。');
    expect(removed.map((r) => r.rule)).toEqual(['comments', 'recommendation-list', 'action-buttons']);
  });

  it('reads the hiding declarations', () => {
    expect(hidingDeclaration('FONT-SIZE: 0px')).toBe('font-size:0');
    expect(hidingDeclaration('font-size: 0.9em')).toBeNull();
    expect(hidingDeclaration('text-indent:-9999px')).toBe('off-screen');
    expect(hidingDeclaration('color: rgba(0,0,0,0)')).toBe('color:transparent');
    expect(hidingDeclaration('color:#333; margin-left:-2px')).toBeNull();
    const doc = parseHtml('<p hidden>x</p>', URL);
    expect(hiddenReason(doc.querySelector('p')!)).toBe('hidden attribute');
  });

  it('visible text skips script, style, noscript and template', () => {
    const doc = parseHtml('<body><script>var a = "english code";</script><style>p{}</style><noscript>开启脚本</noscript><template>模板</template><p>中文正文</p></body>', URL);
    expect(visibleText(doc.body).trim()).toBe('中文正文');
  });
});
