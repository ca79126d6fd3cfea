/**
 * Saves text as a real file: a Blob behind an object URL, clicked through `<a download>`.
 * The URL is revoked later rather than at once: Chromium reads the blob after the click returns,
 * and revoking first can cancel a large download (FileSaver.js waits 40 s for the same reason).
 */
export function downloadText(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
