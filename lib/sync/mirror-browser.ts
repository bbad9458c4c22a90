// The mirror in the browser: the picked folder's handle is kept in the sync
// database; writing needs the person's permission for it, which the browser
// may ask again after a restart (requestPermission needs a click).
import { mirrorFolder, mirrorLibrary, type MirrorDirectory, type MirrorReport } from './mirror';
import { setMeta, syncDb } from './state';

type Permissioned = MirrorDirectory & {
  queryPermission?(d: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(d: { mode: 'readwrite' }): Promise<PermissionState>;
};

/** Opens the browser's folder picker (call from a click) and keeps the folder. */
export async function pickMirrorFolder(): Promise<MirrorDirectory> {
  const picker = (globalThis as unknown as { showDirectoryPicker(o: object): Promise<MirrorDirectory> }).showDirectoryPicker;
  const dir = await picker({ id: 'jianbao-mirror', mode: 'readwrite' });
  await setMeta(syncDb(), 'mirrorFolder', dir);
  return dir;
}

export async function forgetMirrorFolder(): Promise<void> {
  const sdb = syncDb();
  await setMeta(sdb, 'mirrorFolder', null);
  await sdb.mirror.clear();
}

export const currentMirrorFolder = () => mirrorFolder(syncDb());

/**
 * Writes the mirror if a folder is set and writing is allowed; with `ask`
 * (inside a click) the browser may ask the person. Null when nothing ran.
 */
export async function runMirror(ask: boolean, onProgress?: (done: number, total: number) => void): Promise<MirrorReport | null> {
  const dir = (await currentMirrorFolder()) as Permissioned | null | undefined;
  if (!dir) return null;
  let state = (await dir.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (state !== 'granted' && ask) state = (await dir.requestPermission?.({ mode: 'readwrite' })) ?? state;
  if (state !== 'granted') return null;
  return navigator.locks.request('jianbao-mirror', () => mirrorLibrary(dir, syncDb(), onProgress));
}
