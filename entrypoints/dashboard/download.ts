/**
 * Saves text as a real file: a Blob behind an object URL, clicked through `<a download>`.
 * The URL is revoked later rather than at once: Chromium reads the blob after the click returns,
 * and revoking first can cancel a large download (FileSaver.js waits 40 s for the same reason).
 */
export function downloadText(filename: string, content: string | readonly string[], type: string): void {
  // Parts go into the Blob as they are: a 20 MB CSV is never joined into one string.
  downloadBlob(filename, new Blob(typeof content === 'string' ? [content] : [...content], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
