/** The file name the API gives (`Content-Disposition: attachment; filename="…"`), else `fallback`. */
export function attachmentName(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/**
 * Reads a response's body as a Blob of `type`; `onProgress` hears the fraction received (0 to 1)
 * when the API says how long the file is, and 1 at the end.
 */
export async function readWithProgress(
  response: Response,
  type: string,
  onProgress?: (fraction: number) => void,
): Promise<Blob> {
  const total = Number(response.headers.get('content-length')) || 0;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total > 0) onProgress?.(Math.min(received / total, 1));
  }
  onProgress?.(1);
  return new Blob(chunks, { type });
}

/** Hands a file to the browser as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
