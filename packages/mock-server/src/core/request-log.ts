/**
 * The recent-request log (最近请求日志), served at `/__mock/requests`. It never holds bodies, tokens,
 * `Authorization` headers or query values; control characters in logged fields are escaped.
 */

/** One logged request. */
export interface RequestLogEntry {
  /** Virtual time of arrival (RFC 3339). */
  readonly at: string;
  readonly method: string;
  /** Path with query values replaced by `…`. */
  readonly path: string;
  readonly operationId: string | undefined;
  readonly status: number | 'reset';
  /** The calling client's identity (not personal data: an agency). */
  readonly client: string | undefined;
  readonly requestId: string;
  /** Problem code or fault name, when there was one. */
  readonly outcome: string | undefined;
  /** Real time spent, in ms. */
  readonly durationMs: number;
}

/** A bounded ring of entries. */
export interface RequestLog {
  add(entry: RequestLogEntry): void;
  /** Newest last. */
  list(): readonly RequestLogEntry[];
  clear(): void;
}

/** Escape CR, LF and other control characters so a logged field cannot forge lines. */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The path of `url` with every query value redacted. */
export function redactedPath(url: URL): string {
  const names = [...url.searchParams.keys()].map((k) => `${encodeURIComponent(k)}=…`);
  return escapeControl(url.pathname + (names.length > 0 ? `?${names.join('&')}` : ''));
}

/** Create a log keeping the last `capacity` entries. */
export function createRequestLog(capacity: number): RequestLog {
  let entries: RequestLogEntry[] = [];
  return {
    add(entry) {
      entries.push(entry);
      if (entries.length > capacity) entries = entries.slice(-capacity);
    },
    list: () => entries.slice(),
    clear: () => {
      entries = [];
    },
  };
}
