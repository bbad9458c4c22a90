// Extracts clean Chinese news articles (title + paragraphs, and the kicker or
// subtitle a headline carries) from local copies of public news archives into
// a corpus JSON for generate.ts --corpus.
//
//   npm run pages:corpus -- --from DIR[,DIR…] [--max N [--offset K]]
//                           [--exclude CORPUS[,CORPUS…]] [--out .tmp/pagegen-corpus.json]
//
// Each DIR is either a bare git directory (read at HEAD with `git show`) or a
// working directory. Two Markdown shapes are read:
//  - an RSS digest: `## N. Title`, `**来源：** 时政频道 … **语言：** zh`,
//    `### 正文`, paragraphs; items whose source names a Chinese newsroom
//    channel (人民网 时政频道) are kept;
//  - a broadcast transcript (新闻联播 文字稿): `## 详细新闻`, then per item
//    `### 【栏目】Title——subtitle` and its paragraphs as <p>…</p>; the
//    bracketed series label becomes the kicker (引题), the part after —— the
//    subtitle (副题), and the station's lead (央视网消息（新闻联播）：) is cut.
// Items that are not news articles (lists of briefs, name lists, agendas) and
// the sites' footer lines (licences, report hotlines, copyright) are dropped.
// --max N reads at most N files of each DIR, spread evenly over its files;
// --offset K reads the file K places after each of those, so a second corpus
// made with an offset below the spacing reads none of the first one's files.
// --exclude leaves out every article whose title or any paragraph is in the
// given corpus files, so a held-back set shares no article with a tuned one
// (a news item recurs in several days' archives).
// The output stays under .tmp/ (gitignored): fetched text is never committed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanParagraph, printable, type SourceArticle } from './source';

const KEEP_SOURCES = /时政频道|人民网|新华网|光明网/;
const FOOTER = /人民日报社概况|许可证|举报|Copyright|版权所有|版 权 所 有|ICP|京公网安备|责任编辑|^\S{1,6}丨|^(总监制|监制|主编|编辑|策划|统筹|记者|摄影|设计|制作)[丨|：:]|点击|扫码|二维码|↓/;

function listMarkdown(dir: string): { name: string; read: () => string }[] {
  return listAllMarkdown(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function listAllMarkdown(dir: string): { name: string; read: () => string }[] {
  const bare = existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'));
  if (bare) {
    const names = execFileSync('git', ['-C', dir, 'ls-tree', '-r', '--name-only', 'HEAD'], { encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('\n').filter((n) => n.endsWith('.md'));
    return names.map((name) => ({ name, read: () => execFileSync('git', ['-C', dir, 'show', `HEAD:${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 }) }));
  }
  const out: { name: string; read: () => string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (e.startsWith('.')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.md')) out.push({ name: p, read: () => readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Articles of one archive Markdown file. */
export function articlesOfMarkdown(md: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  const items = md.split(/^## \d+\. /m).slice(1);
  for (const item of items) {
    const title = item.slice(0, item.indexOf('\n')).trim();
    const source = /\*\*来源：\*\*\s*(.*)/.exec(item)?.[1] ?? '';
    if (!KEEP_SOURCES.test(source) || !/\*\*语言：\*\*\s*zh/.test(item)) continue;
    const body = /### 正文\n([\s\S]*?)(?=\n### |\n<|$)/.exec(item)?.[1] ?? '';
    const paragraphs: string[] = [];
    for (const line of body.split('\n')) {
      if (FOOTER.test(line)) continue;
      const p = cleanParagraph(line);
      if (p && p.length >= 20) paragraphs.push(p);
    }
    const t = title.replace(/\s+/g, ' ');
    if (t.length >= 6 && t.length <= 40 && printable(t) && paragraphs.length >= 3) out.push({ id: '', title: t, paragraphs });
  }
  return out;
}

/** An item is a list, not an article: numbered briefs, name lists, agendas. */
function isList(paragraphs: string[]): boolean {
  const numbered = paragraphs.filter((p) => /^(（?[一二三四五六七八九十\d]+[）、.．]|——)/.test(p)).length;
  const short = paragraphs.filter((p) => p.length < 30 || !/[。！？”]$/.test(p)).length;
  return numbered > paragraphs.length / 3 || short > paragraphs.length / 2;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decodeEntities = (s: string) => s.replace(/&(nbsp|lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]);

const STATION_LEAD = /^(央视网消息|本台消息|总台记者)?\s*（新闻联播）[：:]\s*/;
const NOT_ARTICLE = /快讯|联播快讯|名单|议程|日程|公报|全文|一览|简讯|图说|^\d/;

/** Articles of one broadcast transcript (新闻联播 文字稿): `### Title` and <p> paragraphs. */
export function articlesOfBroadcast(md: string): SourceArticle[] {
  const at = md.indexOf('## 详细新闻');
  if (at < 0) return [];
  const out: SourceArticle[] = [];
  for (const item of md.slice(at).split(/^### /m).slice(1)) {
    const head = item.slice(0, item.indexOf('\n')).trim();
    let title = head, kicker: string | undefined, subtitle: string | undefined;
    const label = /^【([^】]{2,40})】\s*/.exec(title);
    if (label) { kicker = label[1].replace(/\s+/g, ' '); title = title.slice(label[0].length); }
    // Title——subtitle, unless the dash stands inside a quotation or a bracket.
    const dash = title.indexOf('——');
    const before = title.slice(0, dash);
    const open = (a: string, b: string) => before.split(a).length !== before.split(b).length;
    if (dash >= 6 && title.length - dash - 2 >= 6 && !open('“', '”') && !open('《', '》') && !open('【', '】')) {
      subtitle = title.slice(dash);
      title = before;
    }
    if (/[【】]/.test(title)) continue;
    title = title.replace(/\s+/g, ' ').trim();
    if (NOT_ARTICLE.test(title) || /快评|快讯/.test(kicker ?? '')) continue;
    const paragraphs: string[] = [];
    for (const raw of item.split(/<\/p>|\n/)) {
      const text = decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(STATION_LEAD, '');
      if (/查看原文|^\[/.test(text.trim()) || FOOTER.test(text)) continue;
      const p = cleanParagraph(text);
      // The transcript often repeats its headline as the first line of the text.
      const squeeze = (x: string) => x.replace(/\s+/g, '');
      if (p && p.length >= 20 && squeeze(p) !== squeeze(head) && squeeze(p) !== squeeze(title)) paragraphs.push(p);
    }
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    if (title.length < 6 || title.length > 40 || !printable(title) || paragraphs.length < 3 || chars < 400 || isList(paragraphs)) continue;
    const article: SourceArticle = { id: '', title, paragraphs };
    if (kicker && printable(kicker)) article.kicker = kicker;
    if (subtitle && printable(subtitle)) article.subtitle = subtitle;
    out.push(article);
  }
  return out;
}

/** At most n of the items, spread evenly over them (every item when n is absent),
 *  each pick moved `offset` places on. An offset below the spacing (items / n,
 *  rounded down) picks none of the items offset 0 picks; a larger one is refused. */
export function spread<T>(items: T[], n: number | undefined, offset = 0): T[] {
  if (!n || items.length <= n) {
    if (offset) throw new Error(`--offset ${offset} needs more than ${n ?? 'all'} files to choose from (there are ${items.length})`);
    return items;
  }
  const spacing = Math.floor(items.length / n);
  if (offset >= spacing) throw new Error(`--offset ${offset} must be below the spacing ${spacing} of ${n} files out of ${items.length}`);
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n) + offset]);
}

const bare = (s: string) => s.replace(/\s+/g, '');

/** A test for articles that share their title or a paragraph with one of `corpora`. */
export function sharedWith(corpora: SourceArticle[][]): (a: SourceArticle) => boolean {
  const titles = new Set<string>(), paragraphs = new Set<string>();
  for (const a of corpora.flat()) {
    titles.add(bare(a.title));
    for (const p of a.paragraphs) paragraphs.add(bare(p));
  }
  return (a) => titles.has(bare(a.title)) || a.paragraphs.some((p) => paragraphs.has(bare(p)));
}

function main(argv: string[]): number {
  const arg = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const from = arg('--from')?.split(',').filter(Boolean) ?? [];
  const max = arg('--max') === undefined ? undefined : Number(arg('--max'));
  const offset = arg('--offset') === undefined ? 0 : Number(arg('--offset'));
  const exclude = arg('--exclude')?.split(',').filter(Boolean) ?? [];
  const outPath = arg('--out') ?? '.tmp/pagegen-corpus.json';
  if (!from.length || (max !== undefined && !(Number.isInteger(max) && max > 0)) || !(Number.isInteger(offset) && offset >= 0) || (offset && max === undefined)) {
    process.stderr.write('usage: npm run pages:corpus -- --from DIR[,DIR…] [--max N [--offset K]] [--exclude CORPUS[,CORPUS…]] [--out FILE]\n');
    return 2;
  }
  const missing = [...from, ...exclude].filter((d) => !existsSync(d));
  if (missing.length) { process.stderr.write(`pages:corpus: ${missing.join(', ')} does not exist\n`); return 1; }
  let shared: (a: SourceArticle) => boolean;
  try {
    shared = sharedWith(exclude.map((c) => (JSON.parse(readFileSync(c, 'utf8')) as { articles: SourceArticle[] }).articles));
  } catch (e) {
    process.stderr.write(`pages:corpus: cannot read --exclude ${exclude.join(',')}: ${(e as Error).message}\n`);
    return 1;
  }
  const seen = new Set<string>();
  const articles: SourceArticle[] = [];
  let excluded = 0;
  for (const dir of from) {
    let found = 0, files;
    try {
      files = spread(listMarkdown(dir), max, offset);
    } catch (e) {
      process.stderr.write(`pages:corpus: ${dir}: ${(e as Error).message}\n`);
      return 2;
    }
    for (const f of files) {
      const md = f.read();
      for (const a of [...articlesOfMarkdown(md), ...articlesOfBroadcast(md)]) {
        const key = a.title + a.paragraphs[0].slice(0, 20);
        if (seen.has(key)) continue;
        seen.add(key);
        if (shared(a)) { excluded++; continue; }
        articles.push({ ...a, id: `c${articles.length}` });
        found++;
      }
    }
    process.stdout.write(`pages:corpus: ${found} articles from ${dir}\n`);
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify({ from, articles }, null, 1));
  const chars = articles.reduce((s, a) => s + a.paragraphs.join('').length, 0);
  const heads = articles.filter((a) => a.kicker || a.subtitle).length;
  if (exclude.length) process.stdout.write(`pages:corpus: ${excluded} articles left out as shared with ${exclude.join(', ')}\n`);
  process.stdout.write(`pages:corpus: ${articles.length} articles (${heads} with their own kicker or subtitle), ${chars} characters → ${outPath}\n`);
  return 0;
}

if (process.argv[1] && /extract-corpus\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
