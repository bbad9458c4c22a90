// Two Chromium profiles, each with the built extension, syncing through a real
// WebDAV server (`rclone serve webdav` on 127.0.0.1, tests/sync/dav-server.ts)
// from the side panel's own settings and buttons: add on A, the clippings
// appear on B; edits on both sides; a delete; a conflict shown in both
// libraries; both libraries equal after, and equal to the folder.
//
// What is real and what is not: the side panel, its clicks (Playwright's
// clicks are trusted input, so `permissions.request` runs inside a real user
// gesture), the sync code running in the extension page, Chromium's fetch to
// the server, and rclone. Not real: the browser's permission prompt. Headless
// Chromium shows it where nobody can press Allow, so the request never
// settles (tried: no switch accepts it). The profiles therefore load a copy of
// the build whose manifest moves `http://127.0.0.1/*` from
// optional_host_permissions to host_permissions (granted at install); the
// click's `permissions.request` then resolves at once, as after an Allow.
// Everything else in that copy is the build as shipped.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate, type Language } from '@/lib/i18n';
import { PASS, USER, rcloneAvailable, startDav, type DavServer } from '../sync/dav-server';
import { EVAL_PAGES_DIR, EXTENSION_DIR, launchExtension, openSidePanel, readClippings, type ExtensionSession } from './helpers';
import { copyExtension, waitForLibrary } from './library-fixtures';

declare const chrome: (typeof import('wxt/browser'))['browser'];
type Asked = { jianbaoAsked?: unknown[] };

if (!rcloneAvailable()) throw new Error('rclone is not installed: apt-get install rclone (npm test installs it)');

const PAGE = '003_0078cb0db730c42f.txt';
const SERVER_ORIGIN = 'http://127.0.0.1/*';
const CONFLICT_TAG = '同步冲突';
const FOLDER = '剪报';

interface Stored {
  id: number;
  title: string | null;
  note: string;
  tags: string[];
  blocks: { type: string; text: string }[];
  source: string | null;
  date: string | null;
  page: string | null;
  createdAt: number;
  updatedAt: number;
}

interface Profile {
  name: string;
  session: ExtensionSession;
  page: Page;
  errors: string[];
}

/** The build with the server's origin granted at install (see the head of this file). */
function grantedCopy(): { dir: string; remove(): void } {
  const copy = copyExtension(EXTENSION_DIR);
  const file = path.join(copy.dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  if (!manifest.optional_host_permissions?.includes(SERVER_ORIGIN)) throw new Error(`the build does not list ${SERVER_ORIGIN} as optional`);
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter((o) => o !== SERVER_ORIGIN);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), SERVER_ORIGIN];
  writeFileSync(file, JSON.stringify(manifest));
  return copy;
}

/** Every Markdown file under the server's folder (the clippings; .jianbao/ left out). */
function filesOnServer(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('.')) walk(full);
      } else if (name.endsWith('.md')) out.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** A library as both devices must agree on it: every field sync carries, local ids left out. */
const comparable = (list: Stored[]) =>
  list
    .map(({ id: _id, ...c }) => ({ ...c, tags: [...c.tags].sort() }))
    .sort((a, b) => `${a.title}|${a.createdAt}|${a.note}`.localeCompare(`${b.title}|${b.createdAt}|${b.note}`));

describe('sync between two browsers through a WebDAV server', () => {
  let dav: DavServer;
  let build: { dir: string; remove(): void };
  let a: Profile;
  let b: Profile;
  let lang: Language;

  const stored = (p: Profile) => readClippings<Stored>(p.session, p.page);
  const titles = (p: Profile) => p.page.getByTestId('clip-title').allInnerTexts();
  const status = (p: Profile) =>
    p.page.evaluate(async () => (await chrome.storage.local.get('syncStatus')).syncStatus as { running: unknown; lastSyncAt: number | null; error: { code: string; message: string } | null; lastReport: { pulled: number; pushed: number; conflicts: number } | null } | undefined);

  /** Presses a button that syncs and waits for that sync to finish; resolves to its report. */
  async function syncBy(p: Profile, testId: 'sync-now' | 'sync-save') {
    const before = (await status(p))?.lastSyncAt ?? 0;
    await p.page.getByTestId(testId).click();
    await expect
      .poll(async () => {
        const s = await status(p);
        if (s?.error) throw new Error(`${p.name}: sync failed: ${s.error.code} ${s.error.message}`);
        return !!s && s.running === null && (s.lastSyncAt ?? 0) > before;
      }, { timeout: 30_000 })
      .toBe(true);
    return (await status(p))!.lastReport!;
  }

  async function setUp(p: Profile) {
    await p.page.locator('[data-testid="sync-settings"] summary').click();
    await p.page.getByTestId('sync-enabled').check();
    await p.page.getByTestId('sync-url').fill(dav.url);
    await p.page.getByTestId('sync-user').fill(USER);
    await p.page.getByTestId('sync-password').fill(PASS);
    await p.page.getByTestId('sync-folder').fill(FOLDER);
    const report = await syncBy(p, 'sync-save');
    // The timer is set at the chosen interval (alarms), first a minute after saving. It is
    // cleared here so that the steps below run in the order written, not also at the timer's.
    expect(await p.page.evaluate(async () => (await chrome.alarms.get('jianbao-sync'))?.periodInMinutes)).toBe(15);
    await p.page.evaluate(() => chrome.alarms.clear('jianbao-sync'));
    return report;
  }

  async function openClip(p: Profile, title: string) {
    await p.page.getByTestId('clip-title').filter({ hasText: title }).first().click();
    await expect.poll(() => p.page.getByTestId('edit-title').inputValue()).toBe(title);
  }

  async function editNote(p: Profile, title: string, note: string) {
    await openClip(p, title);
    await p.page.getByTestId('edit-note').fill(note);
    await p.page.getByTestId('edit-note').press('Enter');
    await expect.poll(async () => (await stored(p)).find((c) => c.title === title && !c.tags.includes(CONFLICT_TAG))?.note).toBe(note);
  }

  async function profile(name: string): Promise<Profile> {
    const session = await launchExtension({ extensionDir: build.dir });
    // Every permissions.request an extension page makes is recorded (and passed on unchanged).
    await session.context.addInitScript(() => {
      const api = typeof chrome === 'undefined' ? undefined : chrome.permissions;
      if (!api) return;
      const request = api.request.bind(api);
      const asked: unknown[] = [];
      (globalThis as Asked).jianbaoAsked = asked;
      api.request = ((p: Parameters<typeof request>[0]) => {
        asked.push(p);
        return request(p);
      }) as typeof api.request;
    });
    const { page, errors } = await openSidePanel(session);
    // Tall enough for the open sync section and the list together (sticky bars cover what is scrolled under them).
    await page.setViewportSize({ width: 1100, height: 2400 });
    await waitForLibrary(page);
    return { name, session, page, errors };
  }

  beforeAll(async () => {
    dav = await startDav();
    build = grantedCopy();
    [a, b] = await Promise.all([profile('A'), profile('B')]);
    lang = pickLanguage(await a.page.evaluate(() => navigator.language));
  });

  afterAll(async () => {
    await Promise.all([a?.session.close(), b?.session.close()]);
    build?.remove();
    await dav?.stop();
  });

  it('adds on A, syncs from the settings, and the clippings appear on B', async () => {
    // A saves five articles of a pasted newspaper page (the side panel's paste section).
    const section = a.page.getByTestId('paste-section');
    await section.locator('summary').click();
    await section.getByTestId('paste-input').fill(readFileSync(path.join(EVAL_PAGES_DIR, PAGE), 'utf8'));
    await section.getByTestId('paste-parse').click();
    await expect.poll(() => section.getByTestId('parsed-article').count()).toBe(5);
    await section.getByTestId('save-parsed').click();
    await expect.poll(async () => (await stored(a)).length).toBe(5);
    await section.locator('summary').click();

    const up = await setUp(a);
    expect(up.pushed).toBe(5);
    // It asked for this server's origin and nothing else, from the click.
    expect(await a.page.evaluate(() => (globalThis as Asked).jianbaoAsked)).toEqual([{ origins: [SERVER_ORIGIN] }]);
    expect(await a.page.evaluate((o) => chrome.permissions.contains({ origins: [o] }), SERVER_ORIGIN)).toBe(true);
    expect(filesOnServer(path.join(dav.dir, FOLDER))).toHaveLength(5);
    await expect.poll(() => a.page.getByTestId('sync-last').innerText()).toContain(lang === 'zh' ? '上传 5 篇' : '5 uploaded');

    const down = await setUp(b);
    expect(down.pulled).toBe(5);
    const fromA = (await stored(a)).map((c) => c.title).sort();
    await expect.poll(async () => (await titles(b)).sort()).toEqual(fromA);
    expect(comparable(await stored(b))).toEqual(comparable(await stored(a)));
  });

  it('carries edits made on both sides, and a delete', async () => {
    const [first, second, third] = (await stored(a)).map((c) => c.title!).sort();
    await editNote(a, first, '甲设备的笔记');
    await editNote(b, second, '乙设备的笔记');
    await syncBy(a, 'sync-now');
    await syncBy(b, 'sync-now');
    await syncBy(a, 'sync-now');
    for (const p of [a, b]) {
      const list = await stored(p);
      expect(list.find((c) => c.title === first)?.note).toBe('甲设备的笔记');
      expect(list.find((c) => c.title === second)?.note).toBe('乙设备的笔记');
    }

    await openClip(b, third);
    await b.page.getByTestId('delete-clip').click();
    await expect.poll(async () => (await stored(b)).length).toBe(4);
    expect((await syncBy(b, 'sync-now'))).toMatchObject({ pushed: 0 });
    await syncBy(a, 'sync-now');
    await expect.poll(titles.bind(null, a)).not.toContain(third);
    expect((await stored(a)).map((c) => c.title)).not.toContain(third);
    expect(filesOnServer(path.join(dav.dir, FOLDER))).toHaveLength(4);
    expect(comparable(await stored(b))).toEqual(comparable(await stored(a)));
  });

  it('keeps both versions of a note changed on both sides, and shows the conflict in both libraries', async () => {
    const [title] = (await stored(a)).map((c) => c.title!).sort();
    await editNote(a, title, '甲：引用时注明版次。');
    await editNote(b, title, '乙：第二段的数据要再核对。');
    await syncBy(a, 'sync-now');
    const merged = await syncBy(b, 'sync-now');
    expect(merged.conflicts).toBe(1);
    await syncBy(a, 'sync-now');

    for (const p of [a, b]) {
      const list = await stored(p);
      expect(list).toHaveLength(5);
      const versions = list.filter((c) => c.title === title);
      // The later edit (B's) is the clipping; A's is kept as the conflict copy.
      expect(versions.map((c) => [c.note, c.tags.includes(CONFLICT_TAG)]).sort()).toEqual([
        ['乙：第二段的数据要再核对。', false],
        ['甲：引用时注明版次。', true],
      ]);
      // The library says so, and "Show conflicts" filters to the copy.
      await expect.poll(() => p.page.getByTestId('sync-conflicts').innerText()).toContain(translate(lang, 'syncConflictsOne'));
      await p.page.getByTestId('sync-show-conflicts').click();
      await expect.poll(() => titles(p)).toEqual([title]);
      await expect.poll(() => p.page.getByTestId('filter-tag').inputValue()).toBe(CONFLICT_TAG);
      await openClip(p, title);
      // (both versions share the title, so the reader may still show the other one for a moment)
      await expect.poll(() => p.page.getByTestId('edit-note').inputValue()).toBe('甲：引用时注明版次。');
    }
    expect(comparable(await stored(b))).toEqual(comparable(await stored(a)));
    expect(filesOnServer(path.join(dav.dir, FOLDER))).toHaveLength(5);
  });

  it('ends with both libraries equal after a quiet sync, and no page errors', async () => {
    const idleA = await syncBy(a, 'sync-now');
    const idleB = await syncBy(b, 'sync-now');
    expect([idleA.pulled, idleA.pushed, idleB.pulled, idleB.pushed]).toEqual([0, 0, 0, 0]);
    const [la, lb] = [await stored(a), await stored(b)];
    expect(la).toHaveLength(5);
    expect(comparable(lb)).toEqual(comparable(la));
    // The first sync's PROPFIND of a folder not made yet is answered 404 (then made); Chromium logs that.
    const real = (errors: string[]) => errors.filter((e) => !e.includes('status of 404 (Not Found)'));
    // (the message names the errors: CI keeps only the first line of a failure)
    expect(real(a.errors), `page errors in A: ${real(a.errors).join(' | ')}`).toEqual([]);
    expect(real(b.errors), `page errors in B: ${real(b.errors).join(' | ')}`).toEqual([]);
  });
});
