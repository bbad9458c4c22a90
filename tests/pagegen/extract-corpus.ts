// Extracts clean Chinese news articles (title + paragraphs) from a local copy
// of a public news archive into a corpus JSON for generate.ts --corpus.
//
//   npm run pages:corpus -- --from DIR [--out .tmp/pagegen-corpus.json]
//
// DIR is either a bare git directory (read at HEAD with `git show`) or a
// working directory. It reads the archive's Markdown files laid out as
//   ## N. Title
//   **来源：** 时政频道 …  **语言：** zh
//   ### 正文
//   paragraph / blank line / paragraph …
// and keeps items whose source names a Chinese newsroom channel (人民网 时政频道);
// the site's footer lines (licences, report hotlines, copyright) are dropped.
// The output stays under .tmp/ (gitignored): fetched text is never committed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanParagraph, printable, type SourceArticle } from './source';

const KEEP_SOURCES = /时政频道|人民网|新华网|光明网/;
const FOOTER = /人民日报社概况|许可证|举报|Copyright|版权所有|版 权 所 有|ICP|京公网安备|责任编辑|^\S{1,6}丨|^(总监制|监制|主编|编辑|策划|统筹|记者|摄影|设计|制作)[丨|：:]|点击|扫码|二维码|↓/;

function listMarkdown(dir: string): { name: string; read: () => string }[] {
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

function main(argv: string[]): number {
  const arg = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const from = arg('--from');
  const outPath = arg('--out') ?? '.tmp/pagegen-corpus.json';
  if (!from) { process.stderr.write('usage: npm run pages:corpus -- --from DIR [--out FILE]\n'); return 2; }
  if (!existsSync(from)) { process.stderr.write(`pages:corpus: ${from} does not exist\n`); return 1; }
  const seen = new Set<string>();
  const articles: SourceArticle[] = [];
  for (const f of listMarkdown(from)) {
    for (const a of articlesOfMarkdown(f.read())) {
      const key = a.title + a.paragraphs[0].slice(0, 20);
      if (seen.has(key)) continue;
      seen.add(key);
      articles.push({ ...a, id: `c${articles.length}` });
    }
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify({ from, articles }, null, 1));
  const chars = articles.reduce((s, a) => s + a.paragraphs.join('').length, 0);
  process.stdout.write(`pages:corpus: ${articles.length} articles, ${chars} characters → ${outPath}\n`);
  return 0;
}

if (process.argv[1] && /extract-corpus\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
