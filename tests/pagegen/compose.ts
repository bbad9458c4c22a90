// Composes one page: picks source articles and gives each the head lines,
// byline form, crossheads, notes, captions and jump markers of a newspaper
// page, each with its answer. Layout (columns, drawing order) is html.ts's.

import type { Rng } from './rng';
import type { ArticleSpec, BlockSpec, PageSpec, Piece } from './spec';
import type { SourceArticle } from './source';
import { goldLine, goldParagraph } from './text-rules';
import {
  CITIES, COLUMN_LABELS, CROSSHEADS, KICKERS, PAPERS, PLACES, SCENES, SECTIONS, SUBTITLES, UNITS, WEEKDAYS, personName,
} from './pools';

export interface ComposeOptions {
  articles: [number, number];
  paragraphs: [number, number];
  /** Front page: masthead, short items, some continued on an inner page (下转). */
  front?: boolean;
  /** Commentary page: column labels on most pieces, signatures and author units. */
  commentary?: boolean;
  kicker?: number;
  subtitle?: number;
  column?: number;
  caption?: number;
  crosshead?: number;
  note?: number;
  /** Chance that an inner page's first article is continued from page 1 (上接). */
  continued?: number;
}

const piece = (printed: string, gold = goldLine(printed)): Piece => ({ printed, gold });

function pageDate(rng: Rng): { text: string; y: number; m: number; d: number } {
  const day = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 700) * 86400000);
  const y = day.getUTCFullYear(), m = day.getUTCMonth() + 1, d = day.getUTCDate();
  return { text: `${y}年${m}月${d}日 ${WEEKDAYS[day.getUTCDay()]}`, y, m, d };
}

function furniture(rng: Rng, o: ComposeOptions, paper: (typeof PAPERS)[number], date: ReturnType<typeof pageDate>, pageNo: number) {
  const name = () => personName(rng.pick, rng.chance);
  const top: string[] = [];
  const bottom: string[] = [];
  if (o.front) {
    top.push(paper.name, paper.latin, date.text);
    top.push(`第${rng.int(20000, 28000)}期 今日${rng.pick([8, 12, 16, 20])}版`);
    top.push(`国内统一连续出版物号 CN${rng.int(11, 65)}-${String(rng.int(1, 120)).padStart(4, '0')}`);
  } else {
    const section = o.commentary ? rng.pick(['评论', '理论']) : rng.pick(SECTIONS);
    const folio = rng.pick([`${section} ${pageNo}`, `第${pageNo}版 ${section}`, `${pageNo} ${section}`]);
    top.push(...rng.shuffle([date.text, folio, rng.chance(0.6) ? paper.name : `责任编辑：${name()}`]));
  }
  bottom.push(rng.pick([
    `责任编辑：${name()} 版式设计：${name()}`,
    `本版责编：${name()} ${name()}`,
    `审签：${name()} 编辑：${name()} 美编：${name()} 校读：${name()}`,
  ]));
  if (rng.chance(0.4)) bottom.push(`地址：${rng.pick(CITIES)}市${rng.pick(['建设路', '人民路', '解放大街'])}${rng.int(1, 300)}号 邮编：${rng.int(100000, 850000)} 电话：${rng.int(1000000, 9999999)}`);
  return { top, bottom };
}

type BylineKind = 'reporter' | 'reporters' | 'correspondent' | 'square' | 'box' | 'xinhua' | 'commentator' | 'lead' | 'signature' | 'author-unit' | 'none';

function bylineKinds(o: ComposeOptions): BylineKind[] {
  if (o.commentary) return ['commentator', 'square', 'box', 'signature', 'author-unit', 'reporter'];
  return ['reporter', 'reporters', 'correspondent', 'square', 'box', 'xinhua', 'lead', 'signature', 'none'];
}

function composeArticle(src: SourceArticle, rng: Rng, o: ComposeOptions, date: ReturnType<typeof pageDate>, jump: 'start' | 'end' | null): ArticleSpec {
  const name = () => personName(rng.pick, rng.chance);
  const n = Math.min(src.paragraphs.length, rng.int(o.paragraphs[0], o.paragraphs[1]));
  const start = jump === 'start' ? rng.int(1, Math.max(1, src.paragraphs.length - n)) : 0;
  let paras = src.paragraphs.slice(start, start + n);
  if (!paras.length) paras = src.paragraphs.slice(0, n);
  const blocks: BlockSpec[] = paras.map((p) => ({ type: 'paragraph', printed: p, gold: goldParagraph(p) }));

  // Crossheads between paragraphs of a long article.
  if (blocks.length >= 5 && rng.chance(o.crosshead ?? 0.25)) {
    const style = rng.pick(['number', 'square', 'plain'] as const);
    const heads = rng.shuffle(CROSSHEADS.slice()).slice(0, Math.min(3, Math.floor(blocks.length / 2)));
    const nums = ['一', '二', '三', '四'];
    const at = heads.map((_, i) => Math.round(((i + 1) * blocks.length) / (heads.length + 1)) + i);
    heads.forEach((h, i) => {
      const printed = style === 'number' ? `（${nums[i]}）` : style === 'square' ? `■ ${h}` : h;
      const gold = style === 'square' ? h : printed;
      blocks.splice(at[i], 0, { type: 'heading', printed, gold });
    });
  }

  let byline: ArticleSpec['byline'] = null;
  const kind = rng.pick(bylineKinds(o));
  const place = () => rng.pick(['head', 'head', 'body-top'] as const);
  const sp = () => (rng.chance(0.3) ? '  ' : ' ');
  switch (kind) {
    case 'reporter': { const p = `本报记者${sp()}${name()}`; byline = { ...piece(p), place: place() }; break; }
    case 'reporters': { const p = `本报记者${sp()}${name()}${sp()}${name()}`; byline = { ...piece(p), place: place() }; break; }
    case 'correspondent': { const p = `本报记者 ${name()} 通讯员 ${name()}`; byline = { ...piece(p), place: place() }; break; }
    case 'xinhua': { const p = `新华社记者 ${name()}`; byline = { ...piece(p), place: place() }; break; }
    case 'square': { const nm = name(); byline = { printed: rng.chance(0.5) ? `■${nm}` : `■ ${nm}`, gold: nm, place: place() }; break; }
    case 'box': { const nm = name(); byline = { printed: `□ ${nm}`, gold: nm, place: place() }; break; }
    case 'commentator': { const p = rng.pick(['本报评论员', '本报特约评论员', `${rng.pick(['钟', '任', '石'])}${rng.pick(['华', '平', '仲'])}${rng.pick(['论', '文'])}`]); byline = { ...piece(p), place: 'head' }; break; }
    case 'lead': {
      // 本报讯（记者 X）: the byline is in the lead paragraph; the gold keeps it there.
      const lead = rng.pick([`本报讯（记者${name()}）`, `本报${rng.pick(CITIES)}${date.m}月${date.d}日电（记者${name()}）`, `本报讯（记者 ${name()} 通讯员 ${name()}）`]);
      blocks[0] = { type: 'paragraph', printed: lead + blocks[0].printed, gold: goldParagraph(lead + blocks[0].printed) };
      break;
    }
    case 'signature': { const p = `（${name()} ${name()}）`; blocks.push({ type: 'note', ...piece(p) }); break; }
    case 'author-unit': {
      byline = { ...piece(name()), place: 'head' };
      blocks.push({ type: 'note', ...piece(`（作者单位：${rng.pick(UNITS)}）`) });
      break;
    }
    case 'none': break;
  }
  if (kind === 'xinhua' || (kind !== 'signature' && kind !== 'author-unit' && rng.chance((o.note ?? 0.2) / 2))) {
    blocks.push({ type: 'note', ...piece(`（新华社${rng.pick(CITIES)}${date.m}月${date.d}日电）`) });
  }

  let jumpPiece: ArticleSpec['jump'] = null;
  if (jump === 'start') {
    const p = rng.pick(['（上接第1版）', '（上接1版）', '（上接第一版）']);
    jumpPiece = { printed: p, gold: p.replace(/[（）\s]/g, ''), at: 'start' };
  } else if (jump === 'end') {
    // The item breaks off mid-paragraph and goes on inside the paper.
    const last = blocks.findLastIndex((b) => b.type === 'paragraph');
    while (blocks.length > last + 1) blocks.pop();
    const cut = Math.max(10, Math.floor(blocks[last].printed.length * 0.6));
    const printed = blocks[last].printed.slice(0, cut);
    blocks[last] = { type: 'paragraph', printed, gold: goldParagraph(printed) };
    const p = rng.pick(['（下转第2版）', '（下转第二版）', `（下转第${rng.int(2, 8)}版）`]);
    jumpPiece = { printed: p, gold: p.replace(/[（）\s]/g, ''), at: 'end' };
  }

  const captions: Piece[] = [];
  if (rng.chance(o.caption ?? 0.25)) {
    const credit = rng.pick([`本报记者 ${name()}摄`, `新华社记者 ${name()} 摄`, `（${name()} 摄）`, `记者 ${name()} 摄`, `${name()}摄（人民视觉）`]);
    const text = `${date.m}月${rng.int(1, 28)}日，${rng.pick(CITIES)}${rng.pick(PLACES)}，${rng.pick(SCENES)}。${credit}`;
    captions.push({ printed: text, gold: goldLine(text) });
  }

  const title = src.title;
  const lines = title.length >= 12 && rng.chance(0.35) ? splitTitle(title, rng) : [title];
  // A head line the source prints with its title (引题, 副题) is used most of the
  // time; a source without one gets a pooled one at the family's rate.
  const headLine = (own: string | undefined, rate: number, pool: readonly string[]): Piece | null => {
    if (own) return rng.chance(Math.max(rate, 0.7)) ? piece(own) : null;
    return rng.chance(rate) ? piece(rng.pick(pool)) : null;
  };
  return {
    column: rng.chance(o.commentary ? 0.8 : (o.column ?? 0.15)) ? piece(rng.pick(COLUMN_LABELS)) : null,
    kicker: headLine(src.kicker, o.kicker ?? 0.25, KICKERS),
    title: { printed: title, gold: goldLine(title), lines },
    subtitle: headLine(src.subtitle, o.subtitle ?? 0.2, SUBTITLES),
    byline,
    jump: jumpPiece,
    blocks,
    captions,
  };
}

/** A long title broken over two printed lines, at a clause space when it has one. */
function splitTitle(title: string, rng: Rng): string[] {
  const sp = title.indexOf(' ');
  if (sp > 0) return [title.slice(0, sp), title.slice(sp + 1)];
  const at = Math.floor(title.length / 2) + rng.int(-1, 1);
  return [title.slice(0, at), title.slice(at)];
}

export function composePage(sources: SourceArticle[], rng: Rng, o: ComposeOptions): PageSpec {
  const paper = rng.pick(PAPERS);
  const date = pageDate(rng);
  const pageNo = o.front ? 1 : rng.int(2, 16);
  const { top, bottom } = furniture(rng, o, paper, date, pageNo);
  const count = rng.int(o.articles[0], o.articles[1]);
  const order = rng.shuffle(sources.map((_, i) => i));
  const articles: ArticleSpec[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[order[i % order.length]];
    let jump: 'start' | 'end' | null = null;
    if (o.front && i > 0 && rng.chance(0.35)) jump = 'end';
    else if (!o.front && i === 0 && rng.chance(o.continued ?? 0.2)) jump = 'start';
    articles.push(composeArticle(src, rng, o, date, jump));
  }
  return { paper: paper.name, top, bottom, articles };
}
