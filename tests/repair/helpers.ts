import type { Article, Block, ParsedPage } from '@/lib/parse/types';

export const para = (text: string): Block => ({ type: 'paragraph', text });

export function article(fields: Partial<Article> & { text?: string[] }): Article {
  const { text = [], ...rest } = fields;
  return { column: null, kicker: null, title: null, subtitle: null, byline: null, continuation: null, blocks: text.map(para), captions: [], ...rest };
}

export const page = (...articles: Article[]): ParsedPage => ({ furniture: [], articles, page: { source: null, date: null, pageName: null } });

/** A page whose heads were printed after their bodies, parsed with every head one article too low. */
export function headsAfterBodies(): ParsedPage {
  return page(
    article({ text: ['甲文第一段。', '甲文第二段。'] }),
    article({ title: '甲标题', byline: '本报记者 甲', text: ['乙文第一段。'] }),
    article({ kicker: '乙引题', title: '乙标题', text: ['丙文第一段。', '丙文第二段。'] }),
    article({ title: '丙标题', subtitle: '——丙副题' }),
  );
}

export const titles = (p: ParsedPage) => p.articles.map((a) => a.title);
export const firstBlocks = (p: ParsedPage) => p.articles.map((a) => a.blocks[0]?.text ?? null);
