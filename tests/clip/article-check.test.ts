// @vitest-environment happy-dom
// The every-page check (lib/clip/article-check.ts) must answer as lib/extract's
// isProbablyArticle does, without loading the extractor. These tests are what
// keeps the two in sync.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, isProbablyArticle } from '../../lib/extract';
import { isReaderable } from '../../lib/extract/readable';
import { GENERIC_ADAPTER_NAMES, isProbablyArticleLight, isReaderableLight, SITE_ADAPTERS } from '../../lib/clip/article-check';
import { listFixtures, parseHtml } from '../extract/fixtures';

const fixtures = listFixtures();
const LOCAL = 'http://127.0.0.1:8080/page.html';

describe('isProbablyArticleLight', () => {
  it('checks every adapter of the registry, in its order', () => {
    expect([...SITE_ADAPTERS.map((a) => a.name), ...GENERIC_ADAPTER_NAMES]).toEqual(ADAPTERS.map((a) => a.name));
  });

  it('checks each site with its adapter’s own canExtract', () => {
    SITE_ADAPTERS.forEach((check, i) => expect(check.canExtract, check.name).toBe(ADAPTERS[i].canExtract));
  });

  it.each(fixtures)('answers as the fixture expects: $name', ({ url, html, expected }) => {
    expect(isProbablyArticleLight(parseHtml(html, url), url)).toBe(expected.isProbablyArticle);
  });

  it.each(fixtures)('agrees with isProbablyArticle at the page’s own address and at another: $name', ({ url, html }) => {
    for (const at of [url, LOCAL]) {
      const doc = parseHtml(html, at);
      expect(isProbablyArticleLight(doc, at), at).toBe(isProbablyArticle(doc, at));
    }
  });

  it('leaves the page unchanged', () => {
    for (const { url, html } of fixtures) {
      const doc = parseHtml(html, url);
      const before = doc.documentElement.outerHTML;
      isProbablyArticleLight(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('says no to an empty page and to a page with no body', () => {
    expect(isProbablyArticleLight(parseHtml('', LOCAL), LOCAL)).toBe(false);
    expect(isProbablyArticleLight(parseHtml('<title>只有标题</title>', LOCAL), LOCAL)).toBe(false);
  });
});

describe('isReaderableLight', () => {
  // Readability scores each paragraph over the threshold by sqrt(length − threshold)
  // and needs the sum to pass the minimum score; pages around both sizes must agree.
  const page = (lang: string, paragraphs: number, length: number, char: string) =>
    `<html lang="${lang}"><body><article>${Array.from({ length: paragraphs }, () => `<p>${char.repeat(length)}</p>`).join('')}</article></body></html>`;

  it.each([
    ['zh', 1, 49], ['zh', 1, 60], ['zh', 2, 60], ['zh', 3, 70], ['zh', 4, 90], ['zh', 6, 120],
    ['en', 1, 139], ['en', 1, 200], ['en', 2, 240], ['en', 4, 400],
    ['', 3, 80], ['', 6, 150],
  ])('agrees with isReaderable: lang "%s", %i paragraph(s) of %i characters', (lang, paragraphs, length) => {
    for (const char of ['中', 'a ']) {
      const doc = parseHtml(page(lang, paragraphs, length, char), LOCAL);
      expect(isReaderableLight(doc)).toBe(isReaderable(doc));
    }
  });

  it('reads the thresholds for Chinese text: four ordinary news paragraphs are an article, one short one is not', () => {
    expect(isReaderableLight(parseHtml(page('zh-CN', 4, 90, '字'), LOCAL))).toBe(true);
    expect(isReaderableLight(parseHtml(page('zh-CN', 1, 55, '字'), LOCAL))).toBe(false);
  });
});
