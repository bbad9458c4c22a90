#!/usr/bin/env node
// Runs every check of the project, in order, and closes with one line, "N passed, N failed":
//   1. type check   `tsc --noEmit`, counted as one test
//   2. unit tests   `vitest run`, counted from vitest's JSON report (tests/sync serves WebDAV with
//                   rclone, installed with apt-get when missing)
//   3. build        `npm run build` (Chrome and Firefox); a failed build counts as one failed test
//   4. lint         `web-ext lint` on the Firefox build (scripts/lint-firefox.mjs), counted as one test
//   5. end-to-end   `vitest run -c vitest.e2e.config.ts` in headless Chromium (installed with
//                   apt-get when /usr/bin/chromium is missing), counted from its JSON report
//   6. journeys     `vitest run -c vitest.journeys.config.ts`, the same journeys once in Chromium and
//                   once in Firefox ESR (installed with apt-get when /usr/bin/firefox-esr is missing or older than 153)
// A step that crashes, times out or leaves no report counts as failed, never as passed, and
// the run exits 1 when anything failed. Child output is relayed as it comes and cut off when
// the child exits, so the total is always the last line printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_DIR = path.join(ROOT, '.tmp', 'test-results');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
const MINUTE = 60_000;

/** @type {{ name: string, passed: number, failed: number, skipped: number, note?: string }[]} */
const results = [];
/** The child running now, so a signal or timeout can end its whole process group. */
let current = null;

function log(message) {
  process.stdout.write(`\n[test-all] ${message}\n`);
}

/**
 * Runs a command in its own process group with stdin closed, relaying its output.
 * Resolves with its exit code (or null when it was killed); never rejects.
 */
function run(command, args, { timeoutMs, env = {} }) {
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    current = child;
    child.stdout.on('data', (chunk) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));

    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      log(`${command} ${args.join(' ')} timed out after ${timeoutMs / MINUTE} min; stopping it`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 5000).unref();
    }, timeoutMs);

    const finish = (code, error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current = null;
      // A grandchild left behind (a browser, a server) must not write past the total.
      killGroup('SIGKILL');
      child.stdout.destroy();
      child.stderr.destroy();
      if (error) log(`could not start ${command}: ${error.message}`);
      resolve({ code: timedOut ? null : code, timedOut });
    };
    child.on('error', (error) => finish(null, error));
    // 'close' waits for the output to drain; give it a moment after 'exit', no more.
    child.on('close', (code) => finish(code));
    child.on('exit', (code) => setTimeout(() => finish(code), 3000).unref());
  });
}

function describeExit({ code, timedOut }) {
  if (timedOut) return 'timed out';
  if (code === null) return 'crashed or could not start';
  return `exited with code ${code}`;
}

/** A step that is one test: passed when the command exits 0. */
async function runSingle(name, command, args, timeoutMs) {
  log(`${name}: ${command} ${args.join(' ')}`);
  const exit = await run(command, args, { timeoutMs });
  const ok = exit.code === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, note: ok ? undefined : describeExit(exit) });
  return ok;
}

/** The first line of a failure message, short enough for the summary. */
function firstLine(message) {
  const line = String(message ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * Counts a vitest JSON report. A file that failed with no failed test in it (import error, failed hook)
 * counts once. Failed tests are named (file › test: first line of the message) for the summary, since
 * CI may keep only the tail of the output.
 */
function countVitestReport(report) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for (const file of report.testResults ?? []) {
    const fileName = path.relative(ROOT, file.name ?? '');
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') {
        failedInFile++;
        failures.push(`${fileName} › ${test.fullName ?? test.title}: ${firstLine(test.failureMessages?.[0])}`);
      } else skipped++;
    }
    failed += failedInFile;
    if (file.status === 'failed' && failedInFile === 0) {
      failed++;
      failures.push(`${fileName}: ${firstLine(file.message)}`);
    }
  }
  return { passed, failed, skipped, failures };
}

/** A vitest suite, counted from its JSON report; anything the report cannot vouch for is a failure. */
async function runVitest(name, extraArgs, timeoutMs, env = {}) {
  const reportFile = path.join(REPORT_DIR, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(reportFile, { force: true });
  const args = ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
  log(`${name}: vitest ${args.join(' ')}`);
  const exit = await run(path.join(BIN, 'vitest'), args, { timeoutMs, env });

  let counts;
  const notes = [];
  try {
    counts = countVitestReport(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch (error) {
    counts = { passed: 0, failed: 1, skipped: 0, failures: [] };
    notes.push(`no readable report (${error.code ?? error.message})`);
  }
  if (exit.code !== 0 && counts.failed === 0) {
    // Unhandled errors, a timeout, a crash: the report looks clean but the run was not.
    counts.failed = 1;
    notes.push(describeExit(exit));
  } else if (exit.timedOut) {
    notes.push('timed out');
  }
  results.push({ name, ...counts, note: notes.join('; ') || undefined });
}

/** Makes sure `node_modules` and WXT's generated types are there (a fresh clone run without `npm ci`). */
async function ensureInstalled() {
  if (!existsSync(path.join(BIN, 'vitest'))) {
    log('node_modules is missing: running npm ci');
    if ((await run('npm', ['ci'], { timeoutMs: 10 * MINUTE })).code !== 0) return false;
  }
  if (!existsSync(path.join(ROOT, '.wxt', 'tsconfig.json'))) {
    log('.wxt is missing: running wxt prepare');
    if ((await run(path.join(BIN, 'wxt'), ['prepare'], { timeoutMs: 5 * MINUTE })).code !== 0) return false;
  }
  return true;
}

/**
 * Installs a Debian package when the browser the tests need is missing; true when it is there.
 * `override` is the environment variable that points at another binary (then nothing is installed).
 */
async function ensureBrowser({ binary, pkg, override, minMajor = 0 }) {
  if (process.env[override]) return existsSync(process.env[override]);
  // (an older one installed is upgraded: a machine whose package lists were never updated
  // holds Firefox ESR 140, where the add-on, made for 153, does not install)
  if (existsSync(binary) && (minMajor === 0 || majorVersion(binary) >= minMajor)) return true;
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  if (!asRoot && !existsSync('/usr/bin/sudo')) {
    log(`${binary} is missing and this user cannot install it: run apt-get install ${pkg} as root, or set ${override}`);
    return false;
  }
  log(`${binary} is ${existsSync(binary) ? `older than ${minMajor}` : 'missing'}: installing ${pkg} with apt-get`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    return run(command, rest, { timeoutMs: 10 * MINUTE, env });
  };
  if ((await aptGet('update')).code !== 0) return false;
  if ((await aptGet('install', '-y', pkg)).code !== 0) return false;
  return existsSync(binary) && (minMajor === 0 || majorVersion(binary) >= minMajor);
}

/** The major version a browser binary prints (`Mozilla Firefox 153.8.0esr` -> 153), 0 if none. */
function majorVersion(binary) {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const m = /(\d+)\.\d+/.exec(out.stdout ?? '');
  return m ? Number(m[1]) : 0;
}

const ensureChromium = () => ensureBrowser({ binary: DEFAULT_CHROMIUM, pkg: 'chromium', override: 'CHROMIUM_PATH' });
// (the add-on's strict_min_version, wxt.config.ts)
const ensureFirefox = () => ensureBrowser({ binary: DEFAULT_FIREFOX, pkg: 'firefox-esr', override: 'FIREFOX_PATH', minMajor: 153 });
// The sync tests (tests/sync) serve WebDAV with Debian's rclone; the same install path as the browsers.
const ensureRclone = () => ensureBrowser({ binary: '/usr/bin/rclone', pkg: 'rclone', override: 'RCLONE_PATH' });

function printSummary() {
  const totals = results.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const width = Math.max(...results.map((r) => r.name.length), 5);
  const lines = ['', '[test-all] summary'];
  for (const r of results) {
    const status = r.failed ? 'FAIL' : 'ok  ';
    const extra = [r.skipped ? `skipped ${r.skipped}` : '', r.note ?? ''].filter(Boolean).join('; ');
    lines.push(`  ${status} ${r.name.padEnd(width)}  passed ${r.passed}, failed ${r.failed}${extra ? ` (${extra})` : ''}`);
    for (const failure of r.failures ?? []) lines.push(`       ✗ ${failure}`);
  }
  lines.push(`${totals.passed} passed, ${totals.failed} failed`, '');
  process.stdout.write(lines.join('\n'));
  return totals.failed === 0 && results.length > 0 ? 0 : 1;
}

function finish() {
  const code = printSummary();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) {
      try {
        process.kill(-current.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    results.push({ name: 'interrupted', passed: 0, failed: 1, skipped: 0, note: signal });
    finish();
  });
}

async function main() {
  mkdirSync(REPORT_DIR, { recursive: true });
  if (!(await ensureInstalled())) {
    results.push({ name: 'install', passed: 0, failed: 1, skipped: 0, note: 'npm ci or wxt prepare failed; nothing else ran' });
    return;
  }

  await runSingle('typecheck', path.join(BIN, 'tsc'), ['--noEmit', '-p', 'tsconfig.json'], 5 * MINUTE);
  // The unit tests include tests/sync, and the e2e tests tests/e2e/sync.e2e.ts: both need rclone; without it they fail and say so.
  await ensureRclone();
  await runVitest('unit', [], 10 * MINUTE);

  log('build: npm run build (Chrome and Firefox)');
  const build = await run('npm', ['run', 'build'], { timeoutMs: 10 * MINUTE });
  if (build.code !== 0) {
    results.push({ name: 'build', passed: 0, failed: 1, skipped: 0, note: `${describeExit(build)}; end-to-end tests not run` });
    return;
  }
  await runSingle('web-ext lint (Firefox)', 'node', [path.join(ROOT, 'scripts', 'lint-firefox.mjs')], 3 * MINUTE);
  if (!(await ensureChromium())) {
    results.push({ name: 'e2e', passed: 0, failed: 1, skipped: 0, note: 'no Chromium to run the end-to-end tests in' });
  } else {
    await runVitest('e2e', ['-c', 'vitest.e2e.config.ts'], 10 * MINUTE);
    await runVitest('journeys (chromium)', ['-c', 'vitest.journeys.config.ts'], 5 * MINUTE, { JIANBAO_BROWSER: 'chromium' });
  }
  if (!(await ensureFirefox())) {
    results.push({ name: 'journeys (firefox)', passed: 0, failed: 1, skipped: 0, note: 'no Firefox ESR to run the journeys in' });
  } else {
    await runVitest('journeys (firefox)', ['-c', 'vitest.journeys.config.ts'], 5 * MINUTE, { JIANBAO_BROWSER: 'firefox' });
  }
}

main()
  .catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    results.push({ name: 'test-all', passed: 0, failed: 1, skipped: 0, note: 'the harness itself crashed' });
  })
  .finally(finish);
