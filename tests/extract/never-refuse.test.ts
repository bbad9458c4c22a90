// @vitest-environment happy-dom
// The promises of issue 13: an article page is never refused, every clipping
// has a title, and `npm run extract` prints the record that would be saved.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { FIXTURE_DIR, listFixtures, parseHtml } from './fixtures';

const articles = listFixtures().filter((f) => f.expected.ok);

describe('never refuses an article page', () => {
  it.each(articles)('$name: extracted, with a title', ({ url, html }) => {
    const result = extractArticle(parseHtml(html, url), url);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.title).toBeTruthy();
  });

  // The page shapes that were refused: script text first, no lang, no <p>.
  const script = `<script>${'var config = {"channel":"news","enable":true};\n'.repeat(300)}</script>`;
  const para = (i: number) => `第${i}段：受冷暖空气共同影响，未来三天南方地区将有一次较强降雨过程，部分地区有大到暴雨，请公众注意防范。`;
  it.each([
    ['script before the text, no lang', `<html><head><title>降雨_新浪新闻</title></head><body>${script}<div id="artibody">${[1, 2, 3, 4].map((i) => `<p>${para(i)}</p>`).join('')}</div></body></html>`],
    ['text in spans with <br>, no <p>', `<html lang="zh-CN"><head><title>降雨_腾讯新闻</title></head><body><h1>降雨</h1><div><section>${[1, 2, 3, 4].map((i) => `<span>${para(i)}</span><br><br>`).join('')}</section></div></body></html>`],
    ['text in <td>s, lang="en"', `<html lang="en"><head><title>降雨</title></head><body><table><tr><td>${[1, 2, 3, 4, 5].map((i) => `${para(i)}<br>`).join('')}</td></tr></table></body></html>`],
  ])('%s', (_, html) => {
    const url = 'https://news.example.cn/a/2024/0520/1.html';
    const result = extractArticle(parseHtml(html, url), url);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.blocks.map((b) => b.text).join('')).toContain('第3段');
  });
});

describe('npm run extract', () => {
  it('prints the record that would be saved, and how it was read', () => {
    const file = join(FIXTURE_DIR, 'gmw--editor-and-paper.html');
    const out = execFileSync('npx', ['tsx', 'bin/extract.ts', file, '--url', 'https://culture.gmw.cn/2024-05/20/content_37334567.htm'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json).toMatchObject({ title: '让书写在古籍里的文字活起来', byline: '本报记者 李韵', source: '光明日报', date: '2024-05-20', page: '03版' });
    expect(json.extraction.removed.map((r: { rule: string }) => r.rule)).toContain('recommendation-list');
    expect(json.extraction.needsTitle).toBe(false);
  }, 60_000);

  it('says what is wrong with its arguments', () => {
    let error: { status?: number; stderr?: string } = {};
    try {
      execFileSync('npx', ['tsx', 'bin/extract.ts', 'page.html', '--url', 'not-an-address'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(2);
    expect(error.stderr).toMatch(/not an absolute address/);
  }, 60_000);
});
