// Sync settings, checked: the server's address, the account, the folder,
// and the one host permission they need (the server's origin, nothing more).
/** The folder as a clean relative path: no leading or trailing slash, no empty or dot segments. */
export function cleanFolder(folder: string): string {
  return folder.split(/[\\/]+/).map((s) => s.trim()).filter((s) => s && s !== '.' && s !== '..').join('/');
}

export interface SyncSettings {
  enabled: boolean;
  /** WebDAV address, e.g. https://dav.jianguoyun.com/dav/ */
  url: string;
  username: string;
  /** An app password (坚果云: 账户信息 → 安全选项 → 第三方应用管理). */
  password: string;
  folder: string;
  /** Minutes between automatic syncs. */
  intervalMinutes: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  enabled: false,
  url: '',
  username: '',
  password: '',
  folder: '剪报',
  intervalMinutes: 15,
};

export type SettingsProblem = 'url' | 'username' | 'password' | 'folder';

/** What is wrong with the settings, first problem first; empty when they can be used. */
export function settingsProblems(s: SyncSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!serverOrigin(s.url)) problems.push('url');
  if (!s.username.trim()) problems.push('username');
  if (!s.password) problems.push('password');
  if (!cleanFolder(s.folder)) problems.push('folder');
  return problems;
}

/**
 * The server's origin as a permission pattern (https://dav.jianguoyun.com/*),
 * or null for an address that is not http(s). Plain http is accepted only for
 * this machine (a server on localhost): a password must not cross a network
 * in the clear.
 */
export function serverOrigin(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) return null;
  if (u.username || u.password) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** Reads a stored value, filling what is missing from the defaults. */
export function toSyncSettings(value: unknown): SyncSettings {
  const v = (value ?? {}) as Partial<Record<keyof SyncSettings, unknown>>;
  const str = (x: unknown, d: string) => (typeof x === 'string' ? x : d);
  const n = typeof v.intervalMinutes === 'number' && v.intervalMinutes >= 1 ? Math.round(v.intervalMinutes) : DEFAULT_SYNC_SETTINGS.intervalMinutes;
  return {
    enabled: v.enabled === true,
    url: str(v.url, DEFAULT_SYNC_SETTINGS.url),
    username: str(v.username, ''),
    password: str(v.password, ''),
    folder: str(v.folder, DEFAULT_SYNC_SETTINGS.folder),
    intervalMinutes: n,
  };
}
