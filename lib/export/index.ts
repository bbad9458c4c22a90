// Public API of the export module: Markdown, citations, file names, zip, backup.
export { clippingToMarkdown } from './clipping-markdown';
export { escapeMarkdown, escapeMarkdownLine } from '../markdown/escape';
export { citation, pageNumber, beijingDate, type CitationFields } from './citation';
export { bylineAuthors, formatAuthors } from './byline-authors';
export { safeFileName, MAX_FILE_NAME_BYTES } from './file-name';
export { exportZip, type SkippedClipping } from './zip';
export {
  makeBackup, importBackup, pageCheckpoints, BACKUP_FORMAT_NAME, BACKUP_FORMAT_VERSION,
  type BackupFile, type ImportCheckpoints, type ImportOptions, type ImportProgress, type ImportResult,
} from './backup';
export { BackupError, type BackupErrorCode } from './backup-error';
export { checkBackupRecord, type RecordCheck } from './backup-record';
export { makeQuarantineExport, QUARANTINE_FORMAT_NAME } from './quarantine-file';
