// A backup file that cannot be imported at all. Nothing has been written when it is thrown.

export type BackupErrorCode = 'not-json' | 'not-backup' | 'unsupported-version' | 'malformed';

const MESSAGES: Record<BackupErrorCode, { zh: string; en: string }> = {
  'not-json': {
    zh: '文件不是完整的剪报备份：内容不是 JSON，或者文件不完整（可能下载或复制时被截断）。没有导入任何内容。',
    en: 'This is not a complete Jianbao backup: the file is not JSON or is cut short. Nothing was imported.',
  },
  'not-backup': {
    zh: '这个文件不是剪报的备份文件。没有导入任何内容。',
    en: 'This file is not a Jianbao backup. Nothing was imported.',
  },
  'unsupported-version': {
    zh: '这个备份由更新版本的剪报生成，当前版本无法读取。请先更新扩展。没有导入任何内容。',
    en: 'This backup was made by a newer version of Jianbao and cannot be read here. Update the extension first. Nothing was imported.',
  },
  malformed: {
    zh: '备份文件已损坏（结构不完整）。没有导入任何内容。',
    en: 'The backup file is damaged (its structure is incomplete). Nothing was imported.',
  },
};

export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly code: BackupErrorCode;
  readonly message_zh: string;
  readonly message_en: string;

  constructor(code: BackupErrorCode, detail?: string, cause?: unknown) {
    const { zh, en } = MESSAGES[code];
    super(detail ? `${en} (${detail})` : en, { cause });
    this.code = code;
    this.message_zh = zh;
    this.message_en = en;
  }
}
