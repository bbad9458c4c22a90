#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the Firefox
// build (.output/firefox-mv3; `npm run build:firefox` first). Prints every
// message it gives; exits 1 on any error or notice, and on any warning that is
// not one of the few accepted below, each in third-party code we bundle and
// matched by the code around it, so a new warning in our own code fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, '.output', 'firefox-mv3');

/** Warnings in bundled libraries: the code, the file, and what the code around the spot (400 characters either side) must contain. */
const ACCEPTED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extract\.js$/,
    near: /this\._charThreshold|this\._isSingleImage/,
    why: '@mozilla/readability moves markup about inside the detached copy of the page it reads (lib/extract/readable.ts): its cached first try, images out of <noscript>',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w-]+\.js$/,
    near: /dangerouslySetInnerHTML/,
    why: 'react-dom: the dangerouslySetInnerHTML prop, which no component of ours uses',
  },
];

if (!existsSync(path.join(BUILD, 'manifest.json'))) {
  console.error(`No Firefox build in ${BUILD}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const webExt = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', BUILD, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}

/** The built code around the reported spot, 400 characters either side. */
function around({ file, line, column }) {
  if (!file || !line) return '';
  const text = readFileSync(path.join(BUILD, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, (column ?? 0) - 400), (column ?? 0) + 400);
}

let failed = 0;
console.log(`web-ext lint ${BUILD}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) {
    const where = `${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}`;
    const accepted = kind === 'warnings' && ACCEPTED.find((a) => a.code === m.code && a.file.test(m.file ?? '') && a.near.test(around(m)));
    if (accepted) {
      console.log(`  accepted ${m.code} ${where}: ${accepted.why}`);
    } else {
      failed++;
      console.log(`  ${kind.slice(0, -1).toUpperCase()} ${m.code} ${where}: ${m.message}`);
    }
  }
}
console.log(failed ? `web-ext lint: ${failed} message(s) to fix` : 'web-ext lint: clean (no errors, notices or warnings but the accepted ones)');
process.exit(failed ? 1 : 0);
