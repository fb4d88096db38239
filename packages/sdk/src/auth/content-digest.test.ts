import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeContentDigest } from '@zhongyuan/sdk/auth';

describe('computeContentDigest', () => {
  it('equals sha-256=:base64(SHA-256(body)): for any body, across the sync/WebCrypto boundary (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 8000, maxLength: 9000 })), async (body) => {
        const expected = `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
        expect(await computeContentDigest(body)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('handles every padding length around block boundaries', async () => {
    for (let n = 0; n < 200; n++) {
      const body = new Uint8Array(n).fill(n);
      expect(await computeContentDigest(body)).toBe(`sha-256=:${createHash('sha256').update(body).digest('base64')}:`);
    }
  });

  it('digests an absent body as empty (RFC 9530 example value)', async () => {
    expect(await computeContentDigest(undefined)).toBe('sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:');
  });
});
