// Saving a file from an extension page: a Blob URL clicked through <a download>.
// Needs no `downloads` permission; the browser saves or asks, as for any link.

/**
 * How long the Blob URL stays valid. The click only queues the download, so
 * revoking at once can cancel it; a minute covers a slow save dialog's start.
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(data: BlobPart, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `jianbao-2025-07-01.zip`: the local date, so files made the same day sort together. */
export function datedFileName(stem: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${extension}`;
}

/**
 * Copies text to the clipboard. The async Clipboard API needs a focused page;
 * when it refuses (an unfocused side panel), a selected textarea and
 * execCommand('copy') still work inside the click that asked for it.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand?.('copy') ?? false;
    area.remove();
    if (!ok) throw error;
  }
}
