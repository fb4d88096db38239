/**
 * Web `Response` → node:http. A complete body goes out in one write together with the headers (no small-packet
 * delays); a body stream that breaks mid-way (the truncated-body fault) is streamed and the socket destroyed
 * after the bytes already sent, so the client sees a body shorter than its `Content-Length`.
 */
import type { ServerResponse } from 'node:http';
import { completeBodyOf } from '../core/answers.js';

/** Write `response` to `res`. */
export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (response.body === null) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (response.headers.get('x-mock-truncated') === null) {
    const known = completeBodyOf(response);
    let body: Buffer;
    try {
      body = known !== undefined ? Buffer.from(known) : Buffer.from(await response.arrayBuffer());
    } catch {
      res.destroy();
      return;
    }
    headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch {
    // Flush what was written, then cut the connection.
    res.socket?.end();
    res.destroy();
  }
}
