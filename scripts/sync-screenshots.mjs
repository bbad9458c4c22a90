#!/usr/bin/env node
// `npm run screenshots:sync` (tsx): pictures of the sync section of the side
// panel and of a conflict in the library, from the built extension in
// Chromium, in Chinese and English:
//   docs/screenshots/sync-settings-{zh,en}.png   the settings, after a sync
//   docs/screenshots/sync-conflict-{zh,en}.png   a clipping and its conflict copy in the list
// The library and the status line are seeded (a headless browser cannot grant
// the host permission a live sync needs; tests/sync runs the real thing).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR, ROOT } from '../tests/e2e/helpers.ts';
import { sampleClippings, seedClippings, waitForLibrary } from '../tests/e2e/library-fixtures.ts';

const OUT_DIR = path.join(ROOT, 'docs', 'screenshots');
const CONFLICT_TAG = '同步冲突';

async function shoot(locale, suffix) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    colorScheme: 'light',
    viewport: { width: 400, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, `--lang=${locale}`, '--no-sandbox', '--no-first-run', '--hide-scrollbars'],
  });
  try {
    const isOurs = (w) => w.url().startsWith('chrome-extension://');
    const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    await waitForLibrary(panel);
    const [main] = sampleClippings();
    const now = Date.now();
    const yours = { ...main, note: '乙设备：第二段的数据要再核对。', updatedAt: now - 60_000 };
    const copy = { ...main, note: '甲设备：引用时注明版次。', tags: [...main.tags, CONFLICT_TAG], updatedAt: now - 30_000, createdAt: main.createdAt + 1 };
    await seedClippings(panel, [...sampleClippings().slice(1, 4), yours, copy]);
    await panel.evaluate(async (at) => {
      await chrome.storage.local.set({
        syncSettings: { enabled: true, url: 'https://dav.jianguoyun.com/dav/', username: 'reader@example.com', password: 'abcd-efgh-ijkl', folder: '剪报', intervalMinutes: 15 },
        syncStatus: { running: null, lastSyncAt: at, error: null, lastReport: { pulled: 3, pushed: 2, deletedLocal: 0, deletedRemote: 1, conflicts: 1, damaged: [], requests: 9, ms: 640 } },
      });
    }, now);
    await panel.reload();
    await panel.getByTestId('clip-item').first().waitFor();
    await panel.evaluate(() => document.fonts.ready);
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: path.join(OUT_DIR, `sync-conflict-${suffix}.png`) });
    await panel.locator('[data-testid="sync-settings"] summary').click();
    await panel.getByTestId('sync-last').waitFor();
    // Tall enough for the list and the open section together.
    await panel.setViewportSize({ width: 400, height: 1350 });
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: path.join(OUT_DIR, `sync-settings-${suffix}.png`) });
    console.log(`  docs/screenshots/sync-{settings,conflict}-${suffix}.png`);
  } finally {
    await context.close();
  }
}

mkdirSync(OUT_DIR, { recursive: true });
await shoot('zh-CN', 'zh');
await shoot('en-US', 'en');
