/**
 * The node:http adapter: serves a mock's `fetch` over real sockets for teams in any language, with limits on
 * body size, header and request time, and connection-reset faults turned into TCP resets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { toWebRequest } from './to-web-request.js';
import { writeWebResponse } from './write-web-response.js';

/** Anything with a web-standard `fetch`, such as a mock (whose `handle` is preferred: same answers, no MSW lookup). */
export interface FetchServable {
  fetch(request: Request): Promise<Response>;
  handle?(request: Request): Promise<Response>;
}

/** Options of {@link createMockServer}. */
export interface MockServerOptions {
  /** Port; `0` picks a free one. @default 4010 */
  readonly port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  readonly host?: string;
  /** The origin clients use (signed `htu` is checked against it). @default `http://<host>:<port>` */
  readonly publicOrigin?: string;
  /** Largest accepted body, bytes (413 beyond). @default 1048576 */
  readonly maxBodyBytes?: number;
  /** Time allowed to receive the request headers, ms. @default 10000 */
  readonly headersTimeoutMs?: number;
  /** Time allowed to receive the whole request, ms. @default 30000 */
  readonly requestTimeoutMs?: number;
  /** Largest header block, bytes. @default 16384 */
  readonly maxHeaderBytes?: number;
  /** How often header and request timeouts are checked, ms. @default 1000 */
  readonly timeoutCheckIntervalMs?: number;
}

/** A running HTTP mock. */
export interface MockServer {
  /** The origin it serves, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly server: Server;
  /** Stop accepting, let in-flight requests finish (at most `graceMs`), then close. */
  close(graceMs?: number): Promise<void>;
}

const problem = (status: number, type: string, code: string, title: string): string =>
  JSON.stringify({
    type: `https://zhongyuan-exchange.org/problems/${type}`,
    title,
    status,
    code,
    requestId: `req-${Date.now().toString(36)}`,
    instance: `urn:uuid:${crypto.randomUUID()}`,
  });

/**
 * Serve `mock` over HTTP.
 *
 * @example
 * const server = await createMockServer(mock, { port: 0 });
 * // … point any HTTP client at server.url …
 * await server.close();
 */
export async function createMockServer(mock: FetchServable, options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? 1_048_576;
  let origin = options.publicOrigin ?? '';
  const sockets = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    const read = await toWebRequest(req, origin, maxBody, controller.signal);
    if (!read.ok) {
      const tooLarge = read.reason === 'too-large';
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'application/problem+json', connection: 'close' });
      res.end(
        tooLarge
          ? problem(413, 'payload-too-large', 'PAYLOAD_TOO_LARGE', 'Request body too large')
          : problem(400, 'validation-failed', 'VALIDATION_FAILED', 'Request validation failed'),
      );
      return;
    }
    let response: Response;
    try {
      response = await (mock.handle !== undefined ? mock.handle(read.request) : mock.fetch(read.request));
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof TypeError && (error.cause as { code?: unknown } | undefined)?.code === 'ECONNRESET') {
        // A connection-reset fault: RST instead of an answer.
        req.socket.resetAndDestroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'application/problem+json' });
      res.end(problem(500, 'internal', 'INTERNAL', 'Internal error'));
      return;
    }
    if (controller.signal.aborted) return; // the client is gone
    await writeWebResponse(response, res);
  };

  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      maxHeaderSize: options.maxHeaderBytes ?? 16_384,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: options.timeoutCheckIntervalMs ?? 1_000,
    },
    (req, res) => {
      handle(req, res).catch(() => res.destroy());
    },
  );
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  if (origin === '') origin = `http://${shownHost}:${port}`;

  return {
    url: origin,
    server,
    close(graceMs = 5_000) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          for (const s of sockets) s.destroy();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
