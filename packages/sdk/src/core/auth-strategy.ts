/**
 * The seam between the runtime and request signing: the runtime serialises a request body once, then, for
 * every attempt, asks the {@link AuthStrategy} to add its headers before sending exactly those bytes.
 *
 * @module
 */

/** A request about to be sent, as the auth strategy sees it. */
export interface OutgoingRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The absolute target URL, query included. */
  readonly url: URL;
  /** Headers of this attempt; the strategy adds to them (e.g. `Authorization`, `Content-Digest`). */
  readonly headers: Headers;
  /** The exact body bytes that will be sent, or `undefined` when there is no body or it is streamed. */
  readonly body: Uint8Array | undefined;
  /**
   * For a streamed body (an NDJSON upload, `body` undefined): the RFC 9530 `Content-Digest` of the exact bytes the
   * stream will carry, computed before sending. A strategy that binds the body commits to this value.
   */
  readonly contentDigest?: string;
  /** The operation being called. */
  readonly operationId: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/**
 * Adds credentials to each attempt. Called once per attempt, so a retry is re-signed with a fresh token.
 */
export interface AuthStrategy {
  /** Add credential headers to `request.headers`. Must not change the body. */
  apply(request: OutgoingRequest): Promise<void>;
}
