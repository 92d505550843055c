/**
 * Saves a CSV document as a file through a Blob, an object URL and a temporary
 * `<a download>`: no navigation, no inline script, nothing a strict CSP refuses.
 */

/**
 * Starts the download of `csv` as `fileName`. A byte-order mark goes first so Excel reads
 * the file as UTF-8 (names with accents, RTL text). Call it from an event handler, never
 * during render (it touches `document`).
 */
export function downloadCsv(fileName: string, csv: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
