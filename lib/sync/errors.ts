// Why a sync stopped, as a code the interface turns into words (lib/i18n.ts).
export type SyncErrorCode =
  | 'offline'     // no answer from the server: no network, server down, connection cut
  | 'auth'        // 401/403: wrong user or app password, or no access to the folder
  | 'full'        // 507: the server has no room
  | 'not-found'   // 404/409 on the folder's parent: wrong server URL or path
  | 'server'      // any other answer the sync cannot go on after
  | 'settings'    // the settings are incomplete or malformed
  | 'busy';       // another sync is running

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);

function networkFailure(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown; name?: unknown; type?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
    if (e.name === 'TypeError' || e.name === 'AbortError' || e.name === 'TimeoutError' || e.name === 'FetchError' || e.type === 'system') return true;
  }
  return false;
}

/** The SyncError for a failed request (the webdav library puts the HTTP status on `status`). */
export function toSyncError(err: unknown, what: string): SyncError {
  if (err instanceof SyncError) return err;
  const status = (err as { status?: unknown } | null)?.status;
  const detail = err instanceof Error ? err.message : String(err);
  if (typeof status === 'number') {
    if (status === 401 || status === 403) return new SyncError('auth', `${what}: ${status}`, status, { cause: err });
    if (status === 507) return new SyncError('full', `${what}: 507 Insufficient Storage`, status, { cause: err });
    if (status === 404 || status === 409) return new SyncError('not-found', `${what}: ${status}`, status, { cause: err });
    return new SyncError('server', `${what}: ${status} ${detail}`, status, { cause: err });
  }
  if (networkFailure(err)) return new SyncError('offline', `${what}: ${detail}`, undefined, { cause: err });
  return new SyncError('server', `${what}: ${detail}`, undefined, { cause: err });
}
