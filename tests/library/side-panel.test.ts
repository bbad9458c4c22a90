import { describe, expect, it, vi } from 'vitest';
import { handleLibraryCommand, openLibraryPanel, OPEN_LIBRARY_COMMAND } from '../../lib/library/side-panel';

describe('openLibraryPanel', () => {
  it('opens Chrome’s side panel for the window', async () => {
    const open = vi.fn(async () => undefined);
    await openLibraryPanel({ sidePanel: { open } }, 7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('opens Firefox’s sidebar, which needs no window', async () => {
    const open = vi.fn(async () => undefined);
    await openLibraryPanel({ sidebarAction: { open } }, undefined);
    expect(open).toHaveBeenCalledOnce();
  });

  it('calls the browser synchronously, inside the user action that asked', () => {
    const open = vi.fn(async () => undefined);
    void openLibraryPanel({ sidePanel: { open } }, 1);
    expect(open).toHaveBeenCalledOnce();
  });

  it('fails with a reason when there is no panel to open', async () => {
    await expect(openLibraryPanel({}, 1)).rejects.toThrow(/no side panel/);
    await expect(openLibraryPanel({ sidePanel: { open: async () => undefined } }, undefined)).rejects.toThrow(/no window/);
  });
});

describe('handleLibraryCommand', () => {
  it('opens the panel in the window of the tab the shortcut was pressed in', async () => {
    const open = vi.fn(async () => undefined);
    await handleLibraryCommand({ sidePanel: { open } }, OPEN_LIBRARY_COMMAND, { windowId: 3 });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('ignores other commands', () => {
    const open = vi.fn(async () => undefined);
    expect(handleLibraryCommand({ sidePanel: { open } }, 'something-else', { windowId: 3 })).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });

  it('logs a refusal instead of leaving an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(handleLibraryCommand({}, OPEN_LIBRARY_COMMAND)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

it('uses the command name declared in the manifest', async () => {
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8')).toContain(`'${OPEN_LIBRARY_COMMAND}':`);
});
