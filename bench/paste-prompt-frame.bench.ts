// What the frame that shows the paste prompt costs beside a big field, and
// whether another way of showing it would cost less:
// `npm run bench:paste-prompt-frame` (plain Chromium, no extension needed).
//
// bench:paste-long-tasks found the prompt's frame at 1 MB as long as any
// small change the page makes itself (66-288 ms). This bench takes that frame
// apart: tests/fixtures/paste/editor.html with newspaper text put in its
// textarea or its editor (one <p> a line, as an editor's own paste makes
// them), the caret at the end and the mouse over the field (as after a
// paste), then, once all is quiet, one change is traced (CDP Tracing,
// devtools.timeline) and the task that renders it printed: its length and its
// Layout, PrePaint, HitTest (the mouse's hover, tested again after any
// layout), Paint and Commit. The changes:
//   page        the page adds a one-line note of its own (no extension)
//   prompt      the prompt as the content script shows it: a host element on
//               <html>, position absolute, a manual popover (top layer), a
//               closed shadow root with the card
//   fixed       the same host, position fixed, not in the top layer
//   contain     the prompt with `contain: strict` and a fixed size
//   content     the host (contain: strict, fixed size) already shown and
//               empty; only its shadow root's content is added
//   composited  as content, the host on a layer of its own (will-change)
//   opacity     the host already there with its content, composited, at
//               opacity 0; only its opacity goes to 1
//   reveal      as opacity, the host at the window's top left corner; it is
//               moved into place by a transform as its opacity goes to 1
//               (placed without a layout: the prompt added before the paste
//               lands, while its place under the field is not known yet)
//   visibility  as opacity, also hidden by visibility (no clicks meanwhile)
//   pointer     as opacity, also pointer-events none meanwhile
//   raise       as opacity, but the hidden host is not in the top layer (a
//               fixed element); showPopover() and opacity 1 show it
// --size N (characters, default 1000000), --runs N (default 2),
// --fields textarea,editor, --changes page,prompt,… ; the worst of the runs.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, EVAL_PAGES_DIR, serveFixtures } from '../tests/e2e/helpers';
import { stopTrace, type TraceEvent } from './trace-tasks';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZE = Number(arg('size', '1000000'));
const RUNS = Number(arg('runs', '2'));
const FIELDS = arg('fields', 'textarea,editor').split(',');
const CHANGES = arg('changes', 'page,prompt,fixed,contain,content,composited,opacity,visibility,pointer,reveal,raise').split(',');
const PARTS = ['Layout', 'PrePaint', 'HitTest', 'Paint', 'Commit'];

const base = readdirSync(EVAL_PAGES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(EVAL_PAGES_DIR, f), 'utf8').replace(/\r\n?/g, '\n'))
  .join('\n');
const text = base.repeat(Math.ceil(SIZE / base.length)).slice(0, SIZE);

/**
 * In the page: __host(change) makes the prompt's host as that change wants it
 * (before the trace for content, composited and opacity), __show(change) makes
 * the change. A string: tsx would wrap a function in helpers the page lacks.
 */
const SETUP = `(() => {
  let host, root;
  const card = () => {
    const d = document.createElement('div');
    d.style.cssText = 'box-sizing:border-box;max-width:360px;padding:8px;font:13px/1.5 system-ui;background:#fff;border:1px solid #d0d7de;border-radius:8px';
    const p = document.createElement('p');
    p.textContent = '这段文字像是从报纸 PDF 复制的。';
    d.append(p);
    for (const label of ['清理', '存为剪报', '此网站不再提示']) {
      const b = document.createElement('button');
      b.textContent = label;
      d.append(b);
    }
    root.append(d);
  };
  window.__host = (change) => {
    host = document.createElement('jianbao-paste-prompt');
    const style = { all: 'initial', position: change === 'fixed' ? 'fixed' : 'absolute', 'z-index': '2147483647', top: '300px', left: '20px' };
    if (!['prompt', 'fixed'].includes(change)) Object.assign(style, { contain: 'strict', width: '360px', height: '80px' });
    if (change === 'composited' || change === 'opacity') style['will-change'] = change === 'opacity' ? 'opacity' : 'transform';
    if (change === 'reveal') Object.assign(style, { 'will-change': 'transform, opacity', top: '0', left: '0' });
    if (change === 'raise') Object.assign(style, { 'will-change': 'opacity', position: 'fixed' });
    if (change === 'visibility' || change === 'pointer') style['will-change'] = 'opacity';
    if (change === 'visibility') style.visibility = 'hidden';
    if (change === 'pointer') style['pointer-events'] = 'none';
    if (['opacity', 'visibility', 'pointer', 'reveal', 'raise'].includes(change)) style.opacity = '0';
    for (const [name, value] of Object.entries(style)) host.style.setProperty(name, value, 'important');
    root = host.attachShadow({ mode: 'closed' });
    if (['opacity', 'visibility', 'pointer', 'reveal', 'raise'].includes(change)) card();
    if (change !== 'fixed') host.popover = 'manual';
    document.documentElement.append(host);
    if (change !== 'fixed' && change !== 'raise') host.showPopover();
  };
  window.__show = (change) => {
    console.timeStamp('change');
    if (change === 'page') {
      const note = document.createElement('div');
      note.textContent = '已保存草稿';
      note.style.cssText = 'position:absolute;top:4px;right:4px;z-index:10;background:#ffd';
      document.body.append(note);
    } else if (change === 'opacity') host.style.setProperty('opacity', '1', 'important');
    else if (change === 'visibility' || change === 'pointer') {
      host.style.setProperty(change === 'visibility' ? 'visibility' : 'pointer-events', change === 'visibility' ? 'visible' : 'auto', 'important');
      host.style.setProperty('opacity', '1', 'important');
    }
    else if (change === 'raise') {
      host.showPopover();
      host.style.setProperty('opacity', '1', 'important');
    } else if (change === 'reveal') {
      host.style.setProperty('transform', 'translate(20px, 300px)', 'important');
      host.style.setProperty('opacity', '1', 'important');
    }
    else if (['content', 'composited'].includes(change)) card();
    else { window.__host(change); card(); }
  };
})();`;

/** The field filled as after a paste: the text in, the caret at its end, scrolled there. */
function fill([field, value]: readonly [string, string]) {
  if (field === 'textarea') {
    const area = document.getElementById('body') as HTMLTextAreaElement;
    area.value = value;
    area.focus();
    area.setSelectionRange(value.length, value.length);
    area.scrollTop = area.scrollHeight;
  } else {
    const editor = document.getElementById('editor')!;
    editor.replaceChildren(
      ...value.split('\n').map((line) => {
        const p = document.createElement('p');
        p.append(line || document.createElement('br'));
        return p;
      }),
    );
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(editor.lastChild!);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    (editor.lastChild as HTMLElement).scrollIntoView();
  }
}

interface Frame {
  ms: number;
  parts: Map<string, number>;
}

/** The longest task within 400 ms after the mark that lays out, paints or commits: the change's frame. */
function frameOf(events: TraceEvent[]): Frame | null {
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'change');
  if (!mark) return null;
  const on = (e: TraceEvent) => e.pid === mark.pid && e.tid === mark.tid;
  const rendering = events.filter((e) => on(e) && e.ph === 'X' && PARTS.includes(e.name));
  const frames = events
    .filter((e) => on(e) && e.ph === 'X' && e.name === 'RunTask' && e.ts > mark.ts && e.ts < mark.ts + 400_000)
    .filter((t) => rendering.some((r) => r.ts >= t.ts && r.ts < t.ts + (t.dur ?? 0)));
  const frame = frames.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!frame) return null;
  const parts = new Map<string, number>();
  for (const r of rendering) if (r.ts >= frame.ts && r.ts < frame.ts + frame.dur!) parts.set(r.name, (parts.get(r.name) ?? 0) + r.dur! / 1000);
  return { ms: frame.dur! / 1000, parts };
}

async function main() {
  const server = await serveFixtures();
  const browser = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`the frame of one change beside ${SIZE.toLocaleString('en')} characters, Chromium (${cpus().length} CPUs, load average ${load()})`);
  console.log(`ms, the worst of ${RUNS} runs (the parts of that run)\n`);
  console.log(['field', 'change', 'frame', ...PARTS].join(' | '));
  console.log(['field', 'change', 'frame', ...PARTS].map(() => '---').join(' | '));
  for (const field of FIELDS) {
    for (const change of CHANGES) {
      let worst: Frame | null = null;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.goto(server.url('paste/editor.html'));
        await page.evaluate(SETUP);
        await page.mouse.move(300, 250);
        await page.click(field === 'textarea' ? '#body' : '#editor');
        await page.evaluate(fill, [field, text] as const);
        if (['content', 'composited', 'opacity', 'visibility', 'pointer', 'reveal', 'raise'].includes(change)) await page.evaluate((c) => (window as unknown as { __host: (c: string) => void }).__host(c), change);
        await page.waitForTimeout(2500);
        const cdp = await browser.newCDPSession(page);
        await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
        await page.evaluate((c) => (window as unknown as { __show: (c: string) => void }).__show(c), change);
        await page.waitForTimeout(800);
        const frame = frameOf(await stopTrace(cdp));
        await cdp.detach();
        await page.close();
        if (frame && (!worst || frame.ms > worst.ms)) worst = frame;
      }
      const f1 = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
      const shown = worst as Frame | null;
      console.log([field, change, f1(shown?.ms), ...PARTS.map((p) => f1(shown?.parts.get(p)))].join(' | '));
    }
  }
  console.log(`\nload average at the end ${load()}`);
  await browser.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
