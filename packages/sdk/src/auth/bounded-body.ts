/**
 * Reading a body with a size bound: the verifier, the key registry's JWKS fetch and the mock all need the exact
 * bytes, and none may buffer an unbounded stream.
 */

/**
 * The bytes of `body`, or `undefined` when they exceed `maxBytes` (checked against a declared length first, then
 * while reading) or cannot be read. An empty body (`null`) is zero bytes.
 */
export async function readBoundedStream(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (declaredLength !== null && Number(declaredLength) > maxBytes) {
    // Not awaited: cancelling one branch of a tee'd body (a cloned request) settles only when the other branch is
    // read or cancelled too.
    body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (body === null) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The body of a web-standard request, bounded as {@link readBoundedStream} does. */
export function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  return readBoundedStream(request.body, request.headers.get('content-length'), maxBytes);
}
