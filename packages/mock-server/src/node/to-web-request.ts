/**
 * node:http → web `Request`. The URL is the server's own origin plus the request target — never the `Host`
 * header — and the signal aborts when the client goes away, so stalls end early.
 */
import type { IncomingMessage } from 'node:http';

/** Outcome of reading a request. */
export type ReadRequest =
  | { readonly ok: true; readonly request: Request }
  | { readonly ok: false; readonly reason: 'too-large' | 'bad-request' };

/** Read `req` (body bounded by `maxBodyBytes`) into a web `Request` on `origin`. */
export async function toWebRequest(
  req: IncomingMessage,
  origin: string,
  maxBodyBytes: number,
  signal: AbortSignal,
): Promise<ReadRequest> {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return { ok: false, reason: 'bad-request' };
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBodyBytes) return { ok: false, reason: 'too-large' };
  const chunks: Buffer[] = [];
  let total = 0;
  if (declared === undefined && req.headers['transfer-encoding'] === undefined) {
    // Neither Content-Length nor Transfer-Encoding: the request has no body (RFC 9112 §6.3). Nothing to read.
    req.resume();
  } else {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBodyBytes) return { ok: false, reason: 'too-large' };
      chunks.push(chunk);
    }
  }
  const headers = new Headers();
  try {
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const method = req.method ?? 'GET';
    const hasBody = total > 0 && method !== 'GET' && method !== 'HEAD';
    const request = new Request(origin + target, {
      method,
      headers,
      signal,
      ...(hasBody ? { body: new Uint8Array(Buffer.concat(chunks, total)) } : {}),
    });
    return { ok: true, request };
  } catch {
    return { ok: false, reason: 'bad-request' };
  }
}
