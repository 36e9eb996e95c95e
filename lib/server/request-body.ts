// Request bodies read with a ceiling, whatever Content-Length claims, so a large body is refused with a 413
// instead of being held in memory.

export async function readText(request: Request, maxBytes: number): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  if (!(await readChunks(request, maxBytes, (chunk) => void chunks.push(chunk)))) return null;
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Hands the body to `onChunk` as it arrives, so a reader (the import's) never needs all of it at once; `onChunk`
 * returns false to stop early. False when the body is larger than maxBytes (whatever Content-Length claims).
 */
export async function readChunks(
  request: Request,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => boolean | void,
): Promise<boolean> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return false;
  if (!request.body) return true;
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return false;
    }
    if (onChunk(value) === false) {
      await reader.cancel();
      return true;
    }
  }
}
