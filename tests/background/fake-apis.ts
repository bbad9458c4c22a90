// The extension APIs WXT's fakeBrowser leaves unimplemented (contextMenus,
// commands, scripting, runtime.getManifest, sidePanel), filled in with small
// in-memory stand-ins. Call installFakeApis() after fakeBrowser.reset().
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeEvent<Args extends unknown[]> {
  addListener(listener: (...args: Args) => unknown): void;
  removeListener(listener: (...args: Args) => unknown): void;
  hasListener(listener: (...args: Args) => unknown): boolean;
  /** Calls every listener, as the browser would; resolves to what they returned. */
  trigger(...args: Args): Promise<unknown[]>;
}

export function fakeEvent<Args extends unknown[]>(): FakeEvent<Args> {
  const listeners: ((...args: Args) => unknown)[] = [];
  return {
    addListener: (l) => void listeners.push(l),
    removeListener: (l) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l) => listeners.includes(l),
    trigger: (...args) => Promise.all(listeners.map((l) => l(...args))),
  };
}

export function installFakeApis() {
  const apis = {
    contextMenus: {
      create: vi.fn((_props: { id: string; title: string; contexts: string[] }) => _props.id),
      removeAll: vi.fn(async () => {}),
      onClicked: fakeEvent<[info: Record<string, unknown>, tab?: Record<string, unknown>]>(),
    },
    commands: { onCommand: fakeEvent<[command: string, tab?: Record<string, unknown>]>() },
    scripting: { executeScript: vi.fn() },
    sidePanel: { open: vi.fn(async (_options: { windowId: number }) => {}) },
    getManifest: vi.fn(() => ({ action: { default_title: '剪报 Jianbao' } })),
    // The person answers Allow (tests change it with mockResolvedValueOnce).
    permissions: { request: vi.fn(async (_p: { permissions?: string[]; origins?: string[] }) => true) },
  };
  const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(fake.contextMenus, apis.contextMenus);
  Object.assign(fake.commands, apis.commands);
  Object.assign(fake.scripting, apis.scripting);
  Object.assign(fake.sidePanel, apis.sidePanel);
  fake.runtime.getManifest = apis.getManifest;
  fake.permissions.request = apis.permissions.request;
  return apis;
}

/** Delivers a message to the background's listeners as from `sender`, resolving to the reply it sends back. */
export function deliver(message: unknown, sender: Record<string, unknown> = {}): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve).then((results: unknown[]) => {
      if (!results.includes(true)) resolve(undefined);
    });
  });
}
