/**
 * node:http adapter for the request verifier: turns an `IncomingMessage` into a web-standard `Request` whose
 * URL is built from a configured external origin (never the `Host` header) and whose body is read with a cap.
 * This is the only folder of the SDK meant for Node; it is typed structurally (see {@link IncomingMessageLike})
 * so the SDK still compiles without Node's type definitions, and any `node:http` `IncomingMessage` fits.
 *
 * @module
 */

/** The parts of a `node:http` `IncomingMessage` the adapter reads. */
export interface IncomingMessageLike extends AsyncIterable<Uint8Array> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Flat `[name, value, name, value, …]` list, as received. */
  readonly rawHeaders: readonly string[];
  readonly headers: { readonly [name: string]: string | readonly string[] | undefined };
  /** Discard the rest of the body. */
  resume(): unknown;
}

/** Options of {@link toWebRequest}. */
export interface ToWebRequestOptions {
  /** The service's external origin, e.g. `https://exchange.zhongyuan.example`. */
  readonly externalBaseUrl: string | URL;
  /**
   * Largest body read, in bytes; a larger body rejects with {@link BodyTooLargeError}.
   * @default 1048576
   */
  readonly maxBodyBytes?: number;
}

/** The request body exceeded `maxBodyBytes`. Answer 413. */
export class BodyTooLargeError extends Error {
  /** Stable error code. */
  readonly code = 'ERR_BODY_TOO_LARGE' as const;
  constructor() {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Read `message` (headers and at most `maxBodyBytes` of body) into a web `Request`.
 *
 * @example
 * http.createServer(async (req, res) => {
 *   const request = await toWebRequest(req, { externalBaseUrl: 'https://exchange.zhongyuan.example' });
 *   const result = await verifyRequest(request, policy);
 * });
 */
export async function toWebRequest(message: IncomingMessageLike, options: ToWebRequestOptions): Promise<Request> {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const declared = message.headers['content-length'];
  if (typeof declared === 'string' && Number(declared) > maxBodyBytes) {
    message.resume();
    throw new BodyTooLargeError();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of message) {
    total += chunk.length;
    if (total > maxBodyBytes) {
      message.resume();
      throw new BodyTooLargeError();
    }
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) {
    headers.append(message.rawHeaders[i]!, message.rawHeaders[i + 1]!);
  }
  const method = (message.method ?? 'GET').toUpperCase();
  const url = new URL(message.url ?? '/', new URL(options.externalBaseUrl).origin);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (hasBody) {
    body = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      body.set(c, offset);
      offset += c.length;
    }
  }
  return new Request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
}
