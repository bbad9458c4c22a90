// Command line: npm run --silent extract -- FILE.html --url URL [--no-pages]
// Prints the clipping as JSON: the record the extension would save, and how
// it was read (`extraction`: the adapter, what the boilerplate rules removed,
// the pages joined). The DOM is happy-dom, as in the unit tests. Other pages
// of a multi-page article are looked for beside FILE: any .html file in its
// folder (or its pages/ folder) whose first line is <!-- url: ADDRESS -->;
// nothing is fetched from the network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Window } from 'happy-dom';
import { articleToInput } from '../lib/clip/preview';
import { extractArticle, type ExtractResult } from '../lib/extract';
import { extractArticlePages } from '../lib/extract/pager';

const USAGE = 'usage: npm run --silent extract -- FILE.html --url URL [--no-pages]\n  FILE.html  a saved web page (- reads standard input)\n  --url      the address the page was saved from\n  --no-pages do not join the other pages of a multi-page article\n';

/** A document as the browser would have it at `url`. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** url → HTML of the saved pages beside `file` that name their address in a leading <!-- url: … --> comment. */
function localPages(file: string): Map<string, string> {
  const pages = new Map<string, string>();
  const dir = dirname(file);
  for (const folder of [dir, join(dir, 'pages')]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (!/\.html?$/i.test(name)) continue;
      const html = readFileSync(join(folder, name), 'utf8');
      const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      if (url && !pages.has(url)) pages.set(url, html);
    }
  }
  return pages;
}

/** The JSON the command prints for a result. */
export function clippingJson(result: ExtractResult): unknown {
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  const record = articleToInput(result.article);
  return {
    ...record,
    extraction: {
      via: result.via,
      // The extension asks before saving a clipping without a title.
      needsTitle: !record.title,
      pages: result.pages ?? { total: 1, joined: 1, failed: [] },
      removed: result.removed ?? [],
    },
  };
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const url = take('--url');
  const noPages = args.includes('--no-pages');
  const files = args.filter((a) => a !== '--no-pages');
  if (files.length !== 1 || !url || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    new URL(url);
  } catch {
    process.stderr.write(`extract: --url ${url} is not an absolute address (e.g. https://www.example.cn/a/1.html)\n`);
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8');
  } catch (e) {
    process.stderr.write(`extract: cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const doc = parseHtml(html, url);
  let result: ExtractResult;
  if (noPages || files[0] === '-') result = extractArticle(doc, url);
  else {
    const pages = localPages(files[0]);
    result = await extractArticlePages(doc, url, async (u) => {
      const other = pages.get(u);
      return other === undefined ? null : parseHtml(other, u);
    });
  }
  process.stdout.write(JSON.stringify(clippingJson(result), null, 2) + '\n');
  if (!result.ok) {
    process.stderr.write(`extract: ${result.message}\n`);
    return 1;
  }
  if (!result.article.title) process.stderr.write('extract: no title found; the extension asks before saving this clipping\n');
  if (result.pages?.failed.length) process.stderr.write(`extract: only ${result.pages.joined} of ${result.pages.total} pages joined; missing: ${result.pages.failed.join(' ')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`extract: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
