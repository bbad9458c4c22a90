// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, ParsedPage } from '@/lib/parse';
import { t } from '@/lib/i18n';
import { PastePanel, readPaste, summarizeArticle } from '@/components/paste-panel';

// The panel is tested against a parser stand-in, so these tests fix the UI's behaviour, not the parser's.
const parsePage = vi.hoisted(() => vi.fn<(text: string) => ParsedPage>());
vi.mock('@/lib/parse', () => ({ parsePage }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function article(fields: Partial<Article>): Article {
  return { column: null, kicker: null, title: null, subtitle: null, byline: null, continuation: null, blocks: [], captions: [], ...fields };
}

function page(articles: Article[]): ParsedPage {
  return { furniture: [], articles, page: { source: null, date: null, pageName: null } };
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });

describe('summarizeArticle', () => {
  it('shows the title and the first line of the text', () => {
    const summary = summarizeArticle(article({ title: '标题', blocks: [paragraph('第一段\n续行'), paragraph('第二段')] }));
    expect(summary).toEqual({ heading: '标题', lead: '第一段' });
  });

  it('shows the first line in place of a missing title, and the next line under it', () => {
    const summary = summarizeArticle(article({ blocks: [paragraph('  '), paragraph('第一段'), paragraph('第二段')] }));
    expect(summary).toEqual({ heading: '第一段', lead: '第二段' });
  });

  it('says untitled when there is no text at all', () => {
    expect(summarizeArticle(article({}))).toEqual({ heading: t('untitled'), lead: null });
  });
});

describe('readPaste', () => {
  // Braces matter: a function returned from beforeEach is run as a teardown.
  beforeEach(() => {
    parsePage.mockReset();
  });

  it('does not parse blank text', () => {
    expect(readPaste(' \n\t')).toEqual({ status: t('statusEmpty'), articles: [] });
    expect(parsePage).not.toHaveBeenCalled();
  });

  it('says how many articles it found', () => {
    parsePage.mockReturnValue(page([article({ title: '甲' }), article({ title: '乙' })]));
    const result = readPaste('报纸文字');
    expect(result.status).toBe(t('statusFound', { n: 2 }));
    expect(result.articles).toHaveLength(2);
  });

  it('says so when the parser finds no article', () => {
    parsePage.mockReturnValue({ ...page([]), warning: 'no article' });
    expect(readPaste('版权所有')).toEqual({ status: t('statusNoArticles'), articles: [] });
  });

  it('turns a parser exception into a status message', () => {
    parsePage.mockImplementation(() => {
      throw new Error('boom');
    });
    expect(readPaste('文字')).toEqual({ status: t('statusError', { message: 'boom' }), articles: [] });
  });
});

describe('PastePanel', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    parsePage.mockReset();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<PastePanel />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  function paste(text: string) {
    const input = byTestId('paste-input')[0] as HTMLTextAreaElement;
    // Set the value the way the browser does, so React's onChange sees it.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(input, text);
    act(() => input.dispatchEvent(new Event('input', { bubbles: true })));
  }

  // Parsing is asynchronous (large pastes go to a worker): wait for it to settle.
  const clickParse = () => act(async () => byTestId('paste-parse')[0].click());

  it('starts with a hint in the status line, which is announced politely', () => {
    const [status] = byTestId('status');
    expect(status.textContent).toBe(t('statusReady'));
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('lists one item per parsed article, with its title (or first line) and first sentence', async () => {
    parsePage.mockReturnValue(page([article({ title: '头条', blocks: [paragraph('正文第一段')] }), article({ blocks: [paragraph('无题第一行'), paragraph('第二行')] })]));
    paste('整版文字');
    await clickParse();

    expect(parsePage).toHaveBeenCalledWith('整版文字');
    expect(byTestId('parsed-article')).toHaveLength(2);
    expect(byTestId('parsed-article-title').map((el) => el.textContent)).toEqual(['头条', '无题第一行']);
    expect(byTestId('parsed-article-lead').map((el) => el.textContent)).toEqual(['正文第一段', '无题第一行']);
    expect(byTestId('status')[0].textContent).toBe(t('statusFound', { n: 2 }));
  });

  it('clears the list and explains when the paste is empty', async () => {
    parsePage.mockReturnValue(page([article({ title: '头条' })]));
    paste('整版文字');
    await clickParse();
    paste('   ');
    await clickParse();

    expect(byTestId('parsed-article')).toHaveLength(0);
    expect(byTestId('status')[0].textContent).toBe(t('statusEmpty'));
  });
});
