// Unit tests of the extraction helpers: titles, dates, page labels, the
// Founder comment, body reading, and the adapter chain.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, extractArticle, isProbablyArticle } from '../../lib/extract';
import { founder } from '../../lib/extract/adapters/founder';
import { rmrbOld } from '../../lib/extract/adapters/rmrb-old';
import { collectBody } from '../../lib/extract/body';
import { isArticleByMetadata } from '../../lib/extract/meta';
import { dateFromUrl, normalizeDate } from '../../lib/extract/dates';
import { parseEnpProperty, readEnpProperty } from '../../lib/extract/enp-property';
import { formatPage, pageNumberFromUrl, parsePageLabels, parsePrintedIn } from '../../lib/extract/page';
import { splitSiteSuffix, stripSiteSuffix } from '../../lib/extract/title';
import type { SiteAdapter } from '../../lib/extract';
import { listFixtures, parseHtml } from './fixtures';

describe('stripSiteSuffix', () => {
  it.each([
    ['山货触网 销路更宽 - 人民网', '山货触网 销路更宽'],
    ['湿地保护修复成效显现_新华网', '湿地保护修复成效显现'],
    ['湿地保护修复成效显现-新华网', '湿地保护修复成效显现'],
    ['夏粮颗粒归仓--人民日报', '夏粮颗粒归仓'],
    ['山货触网 销路更宽--时政--人民网', '山货触网 销路更宽'],
    ['維港燈光匯演升級 | 港聞 | 香港日報', '維港燈光匯演升級'],
    ['Volunteers clear plastic from river | The Example Herald', 'Volunteers clear plastic from river'],
    ['COVID-19 cases fall - Reuters', 'COVID-19 cases fall'],
    ['人民网 - 山货触网 销路更宽', '山货触网 销路更宽'],
    // Not a site: a dash inside the headline stays.
    ['COVID-19 cases fall', 'COVID-19 cases fall'],
    ['古籍修复师——让纸寿千年延续', '古籍修复师——让纸寿千年延续'],
  ])('%s', (raw, title) => {
    expect(stripSiteSuffix(raw)).toBe(title);
  });

  it('uses a known site name and reports the site it cut', () => {
    expect(splitSiteSuffix('读书札记 | 老张的书房', '老张的书房')).toEqual({ title: '读书札记', site: '老张的书房' });
    expect(splitSiteSuffix('读书札记 | 老张的书房')).toEqual({ title: '读书札记 | 老张的书房', site: null });
  });
});

describe('dates', () => {
  it.each([
    ['2025-07-01T08:30:00+08:00', '2025-07-01'],
    ['2025年7月1日 星期二', '2025-07-01'],
    ['2025年07月01日05:51 | 来源：人民网', '2025-07-01'],
    [' 2025 07/01 10:31:15', '2025-07-01'],
    ['2025/7/1', '2025-07-01'],
    ['July 1, 2025', '2025-07-01'],
    ['1 July 2025', '2025-07-01'],
    ['no date here', null],
    ['2025-13-01', null],
  ])('normalizeDate(%s)', (s, d) => expect(normalizeDate(s)).toBe(d));

  it.each([
    ['http://paper.people.com.cn/rmrb/html/2021-07/01/nw.D110000renmrb_20210701_1-04.htm', '2021-07-01'],
    ['http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30085426.html', '2025-07-01'],
    ['http://politics.people.com.cn/n1/2025/0701/c1001-40512345.html', '2025-07-01'],
    ['https://www.news.cn/politics/20250701/3f2a9c/c.html', '2025-07-01'],
    ['https://blog.example/2025/07/01/post/', '2025-07-01'],
    ['https://www.example.com/about', null],
  ])('dateFromUrl(%s)', (u, d) => expect(dateFromUrl(u)).toBe(d));
});

describe('page labels', () => {
  it('reads the page number from e-paper file names', () => {
    expect(pageNumberFromUrl('http://x/nw.D110000renmrb_20210701_1-04.htm')).toBe('04');
    expect(pageNumberFromUrl('http://x/nw.D110000jcrb_20250701_2-A04.htm')).toBe('A04');
    expect(pageNumberFromUrl('http://x/layout/202507/01/node_05.html')).toBe('05');
    expect(pageNumberFromUrl('http://x/content_30085426.html')).toBeNull();
  });

  it('formats 版次 and 版名', () => {
    expect(formatPage('4', '要闻')).toBe('04版 要闻');
    expect(formatPage('A4', '城事')).toBe('A04版 城事');
    expect(formatPage('04', null)).toBe('04版');
    expect(formatPage(null, '要闻')).toBe('要闻');
    expect(formatPage(null, null)).toBeNull();
  });

  it('parses page labels and printed-in lines', () => {
    expect(parsePageLabels('第04版：要闻')).toEqual([{ num: '04', name: '要闻' }]);
    expect(parsePageLabels('第01版：要闻 第02版：评论')).toEqual([
      { num: '01', name: '要闻' },
      { num: '02', name: '评论' },
    ]);
    expect(parsePageLabels('A04：城事')).toEqual([{ num: 'A04', name: '城事' }]);
    expect(parsePrintedIn('《 人民日报 》（ 2025年07月01日 第 04 版）')).toEqual({ source: '人民日报', date: '2025-07-01', pageNum: '04', page: '04版' });
    expect(parsePrintedIn('《 人民日报 》（ 2025年07月01日 04 版）')?.page).toBe('04版');
  });
});

describe('enpproperty comment', () => {
  it('reads tags, decodes entities and skips empty fields', () => {
    const fields = parseEnpProperty(
      'enpproperty <articleid>1</articleid><date>2025-07-01</date><author></author><title>让&ldquo;纸寿千年&rdquo;延续 &amp; 更多</title><subtitle>&#8212;&#x2014;副题</subtitle>/enpproperty',
    );
    expect(fields).toEqual({ articleid: '1', date: '2025-07-01', title: '让“纸寿千年”延续 & 更多', subtitle: '——副题' });
  });

  it('finds the comment in a document', () => {
    const doc = parseHtml('<html><body><!-- other --><!--enpproperty <title>标题</title>/enpproperty--><p>x</p></body></html>', 'https://e.example/');
    expect(readEnpProperty(doc)).toEqual({ title: '标题' });
    expect(readEnpProperty(parseHtml('<p>x</p>', 'https://e.example/'))).toBeNull();
  });
});

describe('collectBody', () => {
  const body = (html: string) => collectBody(parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://e.example/').querySelector('#b')!);

  it('splits <br> lines and keeps inline text together', () => {
    expect(body('&nbsp;&nbsp;第一段<a href="#">链接</a>文字。<br>&nbsp;&nbsp;第二段。')).toEqual([
      { kind: 'paragraph', text: '第一段链接文字。' },
      { kind: 'paragraph', text: '第二段。' },
    ]);
  });

  it('finds headings: h2/h3 and <strong>-only paragraphs, not bold words in a sentence', () => {
    expect(body('<h3>小标题</h3><p><strong>加粗小标题</strong></p><p>正文里有<strong>加粗</strong>的词。</p>')).toEqual([
      { kind: 'heading', text: '小标题' },
      { kind: 'heading', text: '加粗小标题' },
      { kind: 'paragraph', text: '正文里有加粗的词。' },
    ]);
  });

  it('finds a bold line between <br>s (Founder pages) as a heading', () => {
    expect(body('<founder-content>　　导语。<br><b>一、小标题</b><br>　　正文。</founder-content>')).toEqual([
      { kind: 'paragraph', text: '导语。' },
      { kind: 'heading', text: '一、小标题' },
      { kind: 'paragraph', text: '正文。' },
    ]);
  });

  it('finds captions: figcaption, a centered line under a photo, a line ending in 摄, text beside an image', () => {
    expect(
      body(
        '<figure><img src="a.jpg"><figcaption>图一说明</figcaption></figure>' +
          '<p align="center"><img src="b.jpg"></p><p style="text-align:center">图二说明</p>' +
          '<p style="text-align:center">居中但不在图下的正文。</p>' +
          '<p>夜幕下的江畔。 通讯员 陈晨摄</p>' +
          '<p><img src="c.jpg"><br>图三说明</p>',
      ),
    ).toEqual([
      { kind: 'caption', text: '图一说明' },
      { kind: 'caption', text: '图二说明' },
      { kind: 'paragraph', text: '居中但不在图下的正文。' },
      { kind: 'caption', text: '夜幕下的江畔。 通讯员 陈晨摄' },
      { kind: 'caption', text: '图三说明' },
    ]);
  });

  it('leaves out scripts, styles, ads, share bars and hidden text', () => {
    expect(
      body(
        '<p>正文。</p><script>var x = 1;</script><style>p{}</style><div class="ad-box">广告</div><div class="share">分享到</div>' +
          '<div style="display: none">隐藏</div><div id="articleEdit">【责任编辑】</div><p hidden>隐藏</p><div class="TRS_Editor"><p>编辑器里的正文。</p></div>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: '正文。' },
      { kind: 'paragraph', text: '编辑器里的正文。' },
    ]);
  });
});

describe('adapter chain', () => {
  const fixtures = Object.fromEntries(listFixtures().map((f) => [f.name, f]));

  it('tries the rmrb adapter before the Founder one, which also accepts rmrb pages', () => {
    const { html, url } = fixtures['rmrb-old--yaowen'];
    const doc = parseHtml(html, url);
    expect(founder.canExtract(doc, url)).toBe(true);
    expect(rmrbOld.canExtract(doc, url)).toBe(true);
    expect(ADAPTERS.indexOf(rmrbOld)).toBeLessThan(ADAPTERS.indexOf(founder));
  });

  it('hands the page on when an adapter finds no body or throws', () => {
    const { html, url } = fixtures['rmrb-new--shequ'];
    const nothing: SiteAdapter = { name: 'nothing', canExtract: () => true, extract: () => null };
    const broken: SiteAdapter = { name: 'broken', canExtract: () => true, extract: () => { throw new Error('boom'); } };
    const r = extractArticle(parseHtml(html, url), url, [nothing, broken, ...ADAPTERS]);
    expect(r.ok && r.via).toBe('rmrb-new');
  });

  it('reports empty, error and not-article', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>', 'https://e.example/');
    const empty: SiteAdapter = { name: 'empty', canExtract: () => true, extract: () => ({ title: 't', body: [] }) };
    const broken: SiteAdapter = { name: 'broken', canExtract: () => true, extract: () => { throw new Error('boom'); } };
    expect(extractArticle(doc, 'https://e.example/', [empty])).toMatchObject({ ok: false, reason: 'empty' });
    expect(extractArticle(doc, 'https://e.example/', [broken])).toMatchObject({ ok: false, reason: 'error' });
    expect(extractArticle(doc, 'https://e.example/')).toMatchObject({ ok: false, reason: 'not-article' });
    expect(isProbablyArticle(doc, 'https://e.example/')).toBe(false);
  });

  it('never throws from isProbablyArticle', () => {
    const broken: SiteAdapter = { name: 'broken', canExtract: () => { throw new Error('boom'); }, extract: () => null };
    expect(isProbablyArticle(parseHtml('<p>x</p>', 'https://e.example/'), 'https://e.example/', [broken])).toBe(false);
  });
});

describe('isArticleByMetadata', () => {
  const page = (head: string) => parseHtml(`<html><head>${head}</head><body><p>正文</p></body></html>`, 'https://example.com/a');

  it('takes og:type article in any case, with spaces around, and as name= or itemprop=', () => {
    for (const meta of ['<meta property="og:type" content="article">', '<meta property="og:type" content=" Article ">', '<meta name="og:type" content="ARTICLE">', '<meta itemprop="og:type" content="article">']) {
      expect(isArticleByMetadata(page(meta)), meta).toBe(true);
    }
  });

  it('not another og:type, or none; a JSON-LD NewsArticle counts without one', () => {
    for (const meta of ['<meta property="og:type" content="website">', '<meta property="og:type" content="articles">', '<meta property="og:title" content="article">', '']) {
      expect(isArticleByMetadata(page(meta)), meta).toBe(false);
    }
    expect(isArticleByMetadata(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"标题"}</script>'))).toBe(true);
  });
});
