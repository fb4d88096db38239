/**
 * RFC 9530 `Content-Digest` values over the exact body bytes.
 */
import { encodeBase64 } from './base64url.js';
import { toBufferSource } from './bytes.js';
import { Sha256 } from '../internal/sha256-stream.js';

/** Bodies up to this size are hashed synchronously; larger ones through WebCrypto. */
const SYNC_DIGEST_LIMIT = 8192;

/**
 * The RFC 9530 `Content-Digest` field value `sha-256=:<base64>:` of `body` (an absent body digests as empty).
 *
 * @example
 * await computeContentDigest(new Uint8Array()) // 'sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:'
 */
export async function computeContentDigest(body: Uint8Array | undefined): Promise<string> {
  const bytes = body ?? new Uint8Array();
  const digest =
    bytes.length <= SYNC_DIGEST_LIMIT
      ? new Sha256().update(bytes).digest()
      : new Uint8Array(await crypto.subtle.digest('SHA-256', toBufferSource(bytes)));
  return formatContentDigest(digest);
}

/** The `Content-Digest` field value `sha-256=:<base64>:` of a finished SHA-256 digest. */
export function formatContentDigest(digest: Uint8Array): string {
  return `sha-256=:${encodeBase64(digest)}:`;
}
