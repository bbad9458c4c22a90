// Command line: npm run --silent parse -- FILE|- [--md | --explain]
// Prints the ParsedPage as JSON, the articles as Markdown with --md, or with
// --explain each raw line with the role the parser gave it and the rule why.

import { readFileSync } from 'node:fs';
import { PARSE_WARNINGS, articleToMarkdown, parsePage, parsePageExplained, type ParseWarning } from '../lib/parse';
import { explainPage } from '../lib/parse/explain';

const USAGE = `usage: npm run --silent parse -- FILE|- [--md | --explain]
  FILE       raw newspaper text (- reads standard input)
  --md       print Markdown instead of JSON
  --explain  print each line with its role and the reason, then the page's decisions
`;

function main(argv: string[]): number {
  const md = argv.includes('--md');
  const explain = argv.includes('--explain');
  const files = argv.filter((a) => a !== '--md' && a !== '--explain');
  if (files.length !== 1 || argv.includes('--help') || argv.includes('-h') || (md && explain)) {
    process.stderr.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8');
  } catch (e) {
    process.stderr.write(`parse: cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  if (explain) {
    const result = parsePageExplained(text);
    process.stdout.write(explainPage(result));
    return 0;
  }
  const page = parsePage(text);
  if (page.warning) process.stderr.write(`parse: ${PARSE_WARNINGS[page.warning as ParseWarning]?.en ?? page.warning}\n`);
  if (md) process.stdout.write(page.articles.map(articleToMarkdown).join('\n---\n\n'));
  else process.stdout.write(JSON.stringify(page, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
