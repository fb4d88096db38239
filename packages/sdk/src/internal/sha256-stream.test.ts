import { describe, expect, it } from 'vitest';
import { Sha256 } from './sha256-stream.js';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('incremental SHA-256', () => {
  it('agrees with WebCrypto for any split of the input', async () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4099]) {
      const data = Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 0xff);
      const expected = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
      for (const piece of [1, 3, 64, 100, size + 1]) {
        const h = new Sha256();
        for (let i = 0; i < size; i += piece) h.update(data.subarray(i, i + piece));
        expect(hex(h.digest()), `size ${size} piece ${piece}`).toBe(expected);
      }
    }
  });
});
