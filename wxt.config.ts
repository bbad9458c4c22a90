import path from 'node:path';
import { defineConfig } from 'wxt';

/**
 * `wxt build --mode bench` (into .output/chrome-mv3-bench) adds the search
 * benchmark's page, bench/search.html; every other build leaves bench/ out.
 */
const BENCH_MODE = 'bench';

/**
 * Firefox only (Chrome has no use for it). The id keeps the add-on's storage
 * and its moz-extension:// UUID across updates; the minimum is the Firefox the
 * end-to-end journeys run in (153 ESR; data_collection_permissions needs 140).
 * Nothing leaves the browser: the clippings stay in the add-on's IndexedDB.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'jianbao@jianbao.dev',
    strict_min_version: '153.0',
    data_collection_permissions: { required: ['none'] },
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The benchmark's build keeps source maps beside its files (not referenced from them) for bench:search-profile.
  vite: (env) => (env.mode === BENCH_MODE ? { build: { sourcemap: 'hidden' } } : {}),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode !== BENCH_MODE) return;
      entrypoints.push({
        type: 'unlisted-page',
        name: 'bench-search',
        inputPath: path.resolve(wxt.config.root, 'bench/search.html'),
        outputDir: wxt.config.outDir,
        options: {},
        skipped: false,
      });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Why each is needed: README.md, Permissions. No host_permissions: clipping runs under activeTab.
    // alarms: sync on a timer (lib/background/sync-alarm.ts).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    // clipboardRead: only for "Paste cleaned text" (menu, Alt+Shift+V), which reads the clipboard itself;
    // asked for at its first use (lib/background/paste.ts askClipboardRead), not at install.
    optional_permissions: ['clipboardRead'],
    // Sync asks for its WebDAV server's origin alone, when the person saves the sync settings
    // (components/sync-settings.tsx); these patterns only say which origins it may ask for.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Opens the library (side panel; Firefox: sidebar). Handled in background.ts via lib/library/side-panel.ts.
    commands: {
      'open-library': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdOpenLibrary__' },
      // Clips the page straight to the database, no popup (lib/background/commands.ts).
      'clip-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdClipPage__' },
      // Pastes the clipboard cleaned into the focused field (lib/background/paste.ts, lib/paste/clipboard.ts).
      'paste-cleaned': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_cmdPasteCleaned__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
