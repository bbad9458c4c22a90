// Opening the library beside the page. Chrome has sidePanel, Firefox has
// sidebarAction (WXT turns the sidepanel entrypoint into Firefox's
// sidebar_action); the code asks for the feature, not the browser name.
// Both only open from a user action (a click, a keyboard command), so the
// call must be made synchronously inside its handler: no await before it.

/** The keyboard command declared in wxt.config.ts (`commands`). */
export const OPEN_LIBRARY_COMMAND = 'open-library';

/** The parts of the two browsers' APIs this module uses. */
export interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the side panel (Chrome, needs the window) or the sidebar (Firefox). */
export function openLibraryPanel(apis: PanelApis, windowId: number | undefined): Promise<void> {
  if (apis.sidePanel?.open && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction?.open) return apis.sidebarAction.open();
  return Promise.reject(new Error(apis.sidePanel ? 'no window to open the side panel in' : 'this browser has no side panel'));
}

/** The background's commands.onCommand listener; ignores other commands. */
export function handleLibraryCommand(apis: PanelApis, command: string, tab?: { windowId?: number }): Promise<void> | undefined {
  if (command !== OPEN_LIBRARY_COMMAND) return undefined;
  return openLibraryPanel(apis, tab?.windowId).catch((error: unknown) => {
    console.warn('Jianbao: could not open the library panel', error);
  });
}
