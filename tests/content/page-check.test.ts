// @vitest-environment happy-dom
// The every-page content script's report to the background.
import { describe, expect, it, vi } from 'vitest';
import { reportArticleCheck } from '../../lib/content/page-check';
import { listFixtures, parseHtml } from '../extract/fixtures';

const fixtures = listFixtures();
const article = fixtures.find((f) => f.expected.isProbablyArticle)!;
const notArticle = fixtures.find((f) => !f.expected.isProbablyArticle)!;

describe('reportArticleCheck', () => {
  it('sends the page check’s answer to the background', async () => {
    const send = vi.fn(async () => undefined);
    expect(await reportArticleCheck(parseHtml(article.html, article.url), article.url, send)).toBe(true);
    expect(await reportArticleCheck(parseHtml(notArticle.html, notArticle.url), notArticle.url, send)).toBe(false);
    expect(send.mock.calls).toEqual([[{ type: 'page-checked', isArticle: true }], [{ type: 'page-checked', isArticle: false }]]);
  });

  it('does not fail the page when the background cannot be reached', async () => {
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    await expect(reportArticleCheck(parseHtml(article.html, article.url), article.url, send)).resolves.toBe(true);
  });
});
