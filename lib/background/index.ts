// The background (service worker in Chrome, event page in Firefox): every
// listener registered synchronously when it starts, as MV3 requires, each
// handing over to lib/. entrypoints/background.ts calls startBackground().
import { browser } from 'wxt/browser';
import { createMessageListener } from '../messages';
import { forgetTab, setupBadge } from './badge';
import { browserServices, type ClipServices } from './clip';
import { onCommand } from './commands';
import { createHandlers } from './handlers';
import { createMenus, onMenuClicked } from './menus';
import { setupSyncAlarm } from './sync-alarm';

export function startBackground(services: ClipServices = browserServices): void {
  browser.runtime.onMessage.addListener(createMessageListener(createHandlers(services)));
  // These return their promise: the browser ignores it, tests can wait for it.
  browser.runtime.onInstalled.addListener(() => createMenus().catch(logError));
  browser.runtime.onStartup.addListener(() => createMenus().catch(logError));
  browser.contextMenus.onClicked.addListener((info, tab) => onMenuClicked(info, tab, services)?.catch(logError));
  browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab, services)?.catch(logError));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  void setupBadge();
  setupSyncAlarm();
}

function logError(error: unknown): void {
  console.error('Jianbao:', error);
}
