// @vitest-environment happy-dom
// Extraction of the fixture pages in tests/fixtures/extract. Assertions listed
// in a fixture's `needsParser` test the shared cleaning (cleanArticleBlocks in
// lib/parse), not the extractor; their names carry "[needs parser]".
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../lib/extract';
import type { ClipArticle } from '../../lib/extract';
import { listFixtures, parseHtml } from './fixtures';

const fixtures = listFixtures();

/** Every string the article holds, for the leak checks. */
function allText(a: ClipArticle): string[] {
  return [a.column, a.kicker, a.title, a.subtitle, a.byline, a.continuation, a.source, a.date, a.page, ...a.captions, ...a.blocks.map((b) => b.text)].filter(
    (s): s is string => s !== null,
  );
}

describe.each(fixtures)('$name', ({ name, url, html, expected }) => {
  const needs: Record<string, string | undefined> = expected.needsParser ?? {};
  const tag = (group: string) => (needs[group] ? `${group} [needs parser: ${needs[group]}]` : group);

  it(`isProbablyArticle is ${expected.isProbablyArticle}`, () => {
    expect(isProbablyArticle(parseHtml(html, url), url)).toBe(expected.isProbablyArticle);
  });

  it('leaves the document unchanged', () => {
    const doc = parseHtml(html, url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  const result = extractArticle(parseHtml(html, url), url);

  if (!expected.ok) {
    it(`fails with ${expected.reason}`, () => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe(expected.reason);
    });
    return;
  }

  const want = expected.article!;
  const got = (): ClipArticle => {
    if (!result.ok) throw new Error(`${name}: ${result.reason}: ${result.message}`);
    return result.article;
  };

  it(`is extracted via ${expected.via}`, () => {
    expect(result.ok && result.via).toBe(expected.via);
  });

  it('header and page fields', () => {
    const a = got();
    expect({ column: a.column, kicker: a.kicker, title: a.title, subtitle: a.subtitle, source: a.source, date: a.date, page: a.page, url: a.url }).toEqual({
      column: want.column,
      kicker: want.kicker,
      title: want.title,
      subtitle: want.subtitle,
      source: want.source,
      date: want.date,
      page: want.page,
      url,
    });
  });

  it(tag('byline'), () => expect(got().byline).toBe(want.byline));
  it(tag('continuation'), () => expect(got().continuation).toBe(want.continuation));
  it(tag('blocks'), () => expect(got().blocks).toEqual(want.blocks));
  it(tag('captions'), () => expect(got().captions).toEqual(want.captions));

  it('holds plain text only, without scripts, ads or share bars', () => {
    for (const s of allText(got())) {
      expect(s).not.toMatch(/LEAK|<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i);
      expect(s).toBe(s.trim());
    }
  });
});
