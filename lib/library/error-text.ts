// The text the status bar shows for a failure, in the interface language.
// StorageError and BackupError carry their own Chinese and English messages.
import { StorageError, toStorageError } from '../db';
import { BackupError } from '../export';
import { getUiLanguage, translate, type Language } from '../i18n';

export function errorText(error: unknown, lang: Language = getUiLanguage()): string {
  const known = error instanceof BackupError ? error : toStorageError(error);
  if (known instanceof BackupError || known instanceof StorageError) return lang === 'zh' ? known.message_zh : known.message_en;
  const message = error instanceof Error ? error.message : String(error);
  return translate(lang, 'errorGeneric', { message });
}
