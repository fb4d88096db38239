// Abortable waiting: back-off sleeps and body reads end as soon as their deadline or signal says so.

/** Sleeps `ms`, or rejects with `signal.reason` as soon as the signal fires. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise((resolve) => setTimeout(resolve, ms));
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as unknown);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Rejection of {@link readBody} and {@link within} when their deadline passed. */
export const DEADLINE = Object.freeze({ reason: 'deadline' });

/** Rejection of {@link readBody} and {@link within} when the caller's signal fired; `cause` is the signal's reason. */
export class Aborted {
  constructor(readonly cause: unknown) {}
}

/**
 * Settles like `work`, unless `ms` pass first (rejects with {@link DEADLINE}) or `signal` fires (rejects with
 * {@link Aborted}). `work` itself cannot be stopped; its late result is ignored (and a late rejection handled).
 */
export function within<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted === true) {
    work.catch(() => undefined);
    return Promise.reject(new Aborted(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(new Aborted(signal?.reason));
    };
    const timer = setTimeout(() => {
      done();
      reject(DEADLINE);
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}

const decoder = new TextDecoder();

/**
 * Reads a response body as UTF-8 text within `ms`, or until `signal` fires. On either, the body stream is cancelled
 * through its own reader, which releases the connection for any `fetch` (a server that sends headers and then
 * stalls must not hang the call, nor keep the socket).
 */
export function readBody(response: Response, ms: number, signal: AbortSignal | undefined): Promise<string> {
  const body = response.body;
  if (body === null) return Promise.resolve('');
  if (signal?.aborted === true) {
    void body.cancel().catch(() => undefined);
    return Promise.reject(new Aborted(signal.reason));
  }
  const reader = body.getReader();
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const stop = (reason: unknown): void => {
      if (!finish()) return;
      reject(reason);
      void reader.cancel().catch(() => undefined);
    };
    const onAbort = (): void => stop(new Aborted(signal?.reason));
    const timer = setTimeout(() => stop(DEADLINE), Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
    const chunks: Uint8Array[] = [];
    let length = 0;
    const pump = (): void => {
      reader.read().then(({ done, value }) => {
        if (settled) return;
        if (!done) {
          chunks.push(value);
          length += value.byteLength;
          pump();
          return;
        }
        if (!finish()) return;
        if (chunks.length === 1) return resolve(decoder.decode(chunks[0]));
        const all = new Uint8Array(length);
        let offset = 0;
        for (const chunk of chunks) {
          all.set(chunk, offset);
          offset += chunk.byteLength;
        }
        resolve(decoder.decode(all));
      }, (error: unknown) => {
        if (finish()) reject(error);
      });
    };
    pump();
  });
}
