// Storage failures as one typed error with a message the UI can show as is.
// Dexie wraps the browser's error (AbortError.inner, BulkError.failures,
// OpenFailedError.inner), so the cause is searched for through the chain.

export type StorageErrorCode = 'quota' | 'blocked' | 'version' | 'closed' | 'unavailable' | 'unknown';

const MESSAGES: Record<StorageErrorCode, { zh: string; en: string }> = {
  quota: {
    zh: '存储空间不足，本次操作没有保存任何内容。请删除一些旧剪报或释放磁盘空间后重试。',
    en: 'Out of storage space; nothing was saved. Delete some old clippings or free disk space and try again.',
  },
  blocked: {
    zh: '数据库需要升级，但另一个打开的剪报页面占用着它。请关闭其他剪报页面后重试。',
    en: 'The database upgrade is blocked by another open Jianbao page. Close the other Jianbao pages and try again.',
  },
  version: {
    zh: '数据库版本与当前页面的剪报不一致（扩展可能已在别处更新）。请重新加载此页面或更新扩展后重试。',
    en: 'The database version does not match this page\'s version of Jianbao (it may have been updated elsewhere). Reload this page or update the extension and try again.',
  },
  closed: {
    zh: '数据库已关闭，本次操作没有完成。请重新打开剪报后重试。',
    en: 'The database was closed; the operation was not completed. Reopen Jianbao and try again.',
  },
  unavailable: {
    zh: '浏览器不允许使用本地数据库（例如在隐私浏览模式下），剪报无法保存。',
    en: 'The browser does not allow a local database here (private browsing?); clippings cannot be saved.',
  },
  unknown: {
    zh: '数据库出错，本次操作没有完成，数据未被改动。',
    en: 'Database error; the operation was not completed and nothing was changed.',
  },
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly message_zh: string;
  readonly message_en: string;

  constructor(code: StorageErrorCode, cause?: unknown) {
    const { zh, en } = MESSAGES[code];
    const detail = cause instanceof Error ? ` (${cause.name}: ${cause.message})` : '';
    super(en + detail, { cause });
    this.code = code;
    this.message_zh = zh;
    this.message_en = en;
  }
}

const CODE_BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  DatabaseClosedError: 'closed',
  VersionError: 'version',
  VersionChangeError: 'version',
  UpgradeError: 'version',
  SchemaError: 'version',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
};

/** Names of errors that come from IndexedDB or Dexie but need no special message. */
const OTHER_STORAGE_NAMES = new Set([
  'OpenFailedError', 'AbortError', 'BulkError', 'ModifyError', 'ConstraintError', 'DataError',
  'DataCloneError', 'InvalidStateError', 'InvalidAccessError', 'InvalidTableError', 'NotFoundError',
  'ReadOnlyError', 'TimeoutError', 'TransactionInactiveError', 'UnknownError', 'InternalError',
  'PrematureCommitError', 'SubTransactionError', 'NoSuchDatabaseError',
]);

function causes(err: unknown): unknown[] {
  const seen: unknown[] = [];
  const walk = (e: unknown) => {
    if (!e || typeof e !== 'object' || seen.includes(e) || seen.length > 20) return;
    seen.push(e);
    const o = e as { inner?: unknown; cause?: unknown; failures?: unknown };
    walk(o.inner);
    walk(o.cause);
    if (Array.isArray(o.failures)) o.failures.forEach(walk);
  };
  walk(err);
  return seen;
}

/**
 * The StorageError for a storage failure, or undefined when `err` is not one
 * (a TypeError from a bug should surface as itself).
 */
export function toStorageError(err: unknown): StorageError | undefined {
  if (err instanceof StorageError) return err;
  const chain = causes(err);
  const names = chain.map((e) => (e as { name?: unknown }).name).filter((n): n is string => typeof n === 'string');
  // The most specific cause wins: a quota error inside an AbortError is a quota error.
  for (const code of ['quota', 'blocked', 'version', 'unavailable', 'closed'] as const) {
    if (names.some((n) => CODE_BY_NAME[n] === code)) return new StorageError(code, err);
  }
  if (names.some((n) => OTHER_STORAGE_NAMES.has(n))) return new StorageError('unknown', err);
  return undefined;
}
