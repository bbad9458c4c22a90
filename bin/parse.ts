// Command line: npm run --silent parse -- FILE|- [--md]
// Prints the ParsedPage as JSON (or the articles as Markdown with --md).

import { readFileSync } from 'node:fs';
import { PARSE_WARNINGS, articleToMarkdown, parsePage, type ParseWarning } from '../lib/parse';

function main(argv: string[]): number {
  const md = argv.includes('--md');
  const files = argv.filter((a) => a !== '--md');
  if (files.length !== 1 || argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write('usage: npm run --silent parse -- FILE|- [--md]\n  FILE  raw newspaper text (- reads standard input)\n  --md  print Markdown instead of JSON\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8');
  } catch (e) {
    process.stderr.write(`parse: cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const page = parsePage(text);
  if (page.warning) process.stderr.write(`parse: ${PARSE_WARNINGS[page.warning as ParseWarning]?.en ?? page.warning}\n`);
  if (md) process.stdout.write(page.articles.map(articleToMarkdown).join('\n---\n\n'));
  else process.stdout.write(JSON.stringify(page, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
